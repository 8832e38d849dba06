import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One labelled image of the OCR evaluation set (eval-data/ocr/{real,generated}/labels.jsonl). */
export interface OcrLabel {
  /** Path under eval-data/ocr. */
  file: string;
  kind: 'chat' | 'post' | 'meme' | 'sign' | 'card' | 'poster' | 'page' | 'photo';
  /** ISO 639-1 code of the text, `none` for a photo without text. */
  lang: string;
  /** The text layer should flag what the image says. */
  risky: boolean;
  /** What the image reads, lines separated by newlines; empty for a photo without text. */
  text: string;
}

/** Both label files of the set under `root`. */
export async function readOcrLabels(root: string): Promise<OcrLabel[]> {
  const labels: OcrLabel[] = [];
  for (const part of ['real', 'generated']) {
    const lines = (await readFile(join(root, part, 'labels.jsonl'), 'utf8')).split('\n').filter(Boolean);
    for (const line of lines) labels.push(JSON.parse(line) as OcrLabel);
  }
  return labels;
}
