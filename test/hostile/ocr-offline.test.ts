/**
 * Issue #18: OCR reads offline. The PaddleOCR engine (`src/detectors/photo/ocr.ts`) runs in a child process with
 * the network cut off (`unshare -rn` where allowed, else the no-network preload) on a caption drawn here, and reads it (PP-OCRv4 often drops the space between words, hence the optional spaces).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';

const PRELOAD = fileURLToPath(new URL('../fixtures/no-network.mjs', import.meta.url));
const ENGINE = fileURLToPath(new URL('../../src/detectors/photo/ocr.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/tsx/dist/esm/index.mjs', import.meta.url));
const canUnshare = spawnSync('unshare', ['-rn', 'true']).status === 0;

describe(`OCR with the network cut off (${canUnshare ? 'unshare -rn' : 'no-network preload'})`, () => {
  it('reads the words of a meme caption', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'decorum-ocr-'));
    const image = join(dir, 'caption.png');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="120"><rect width="480" height="120" fill="#fff"/>
      <text x="20" y="75" font-size="40" font-family="DejaVu Sans" font-weight="bold">MY BOSS IS LATE</text></svg>`;
    await sharp(Buffer.from(svg)).png().toFile(image);
    const script = join(dir, 'read.mjs');
    writeFileSync(
      script,
      `import { readFileSync } from 'node:fs';
       const { loadOcrEngine } = await import(${JSON.stringify(ENGINE)});
       const engine = await loadOcrEngine();
       console.log(JSON.stringify(await engine.read(readFileSync(${JSON.stringify(image)}))));`,
    );
    const node = ['--import', TSX, ...(canUnshare ? [] : ['--import', PRELOAD]), script];
    const run = canUnshare
      ? spawnSync('unshare', ['-rn', process.execPath, ...node], { encoding: 'utf8' })
      : spawnSync(process.execPath, node, { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('network access attempted');
    const lines = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '[]') as { text: string; box: number[] }[];
    expect(lines.map((l) => l.text).join(' ')).toMatch(/MY ?BOSS ?IS ?LATE/i);
    for (const value of lines[0]?.box ?? []) expect(value).toBeGreaterThanOrEqual(0);
  }, 120_000);
});
