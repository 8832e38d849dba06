import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * Replaces the section between `<!-- id -->` and `<!-- /id -->` in a Markdown file (appending it when absent),
 * so several scripts can each own a part of BENCHMARKS.md or EVALUATION.md.
 */
export function writeMarkdownSection(file: string, id: string, content: string, title = '# Results'): void {
  const open = `<!-- ${id} -->`;
  const close = `<!-- /${id} -->`;
  const block = `${open}\n${content.trim()}\n${close}`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : `${title}\n`;
  const start = current.indexOf(open);
  const end = current.indexOf(close);
  const next =
    start >= 0 && end > start
      ? current.slice(0, start) + block + current.slice(end + close.length)
      : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next.endsWith('\n') ? next : `${next}\n`);
}
