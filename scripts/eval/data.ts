import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

/** Where the public data sets live (see each SOURCE.md). Override with DECORUM_DATA. */
export const DATA_DIR = process.env.DECORUM_DATA ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'data');

export interface Example {
  text: string;
  /** Labels by name; 1 = positive. */
  labels: Record<string, number>;
}

export type Split = 'train' | 'dev';

/**
 * The fixed, seeded split used by training and evaluation alike: FNV-1a of "decorum-split-v1:" + text; 30 % dev.
 * A text always lands in the same part, so nothing the model trained on is ever scored, and duplicates of a text
 * never straddle the split.
 */
export function splitOf(text: string): Split {
  let h = 0x811c9dc5;
  const key = `decorum-split-v1:${text}`;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 100 < 30 ? 'dev' : 'train';
}

function file(...parts: string[]): string {
  return join(DATA_DIR, ...parts);
}

export function available(name: string): boolean {
  return existsSync(file(name));
}

/** OLID v1.0 training file (TSV, no quoting). Labels: off (level A), tin (targeted), grp (group target). */
export function loadOlid(): Example[] {
  const lines = readFileSync(file('olid', 'olid-training-v1.0.tsv'), 'utf8').split('\n').slice(1);
  const out: Example[] = [];
  for (const line of lines) {
    const cols = line.replace(/\r$/, '').split('\t');
    if (cols.length < 5) continue;
    const [, tweet, a, b, c] = cols as [string, string, string, string, string];
    out.push({ text: tweet, labels: { off: a === 'OFF' ? 1 : 0, tin: b === 'TIN' ? 1 : 0, grp: c === 'GRP' ? 1 : 0 } });
  }
  return out;
}

/** TweetEval hate (HatEval): the official train and val files. Label: hate. */
export function loadHatEval(part: 'train' | 'val'): Example[] {
  const texts = readFileSync(file('tweeteval-hate', `${part}_text.txt`), 'utf8').split('\n');
  const labels = readFileSync(file('tweeteval-hate', `${part}_labels.txt`), 'utf8').split('\n');
  const out: Example[] = [];
  texts.forEach((text, i) => {
    const label = labels[i]?.trim();
    if (text.trim() && (label === '0' || label === '1')) out.push({ text, labels: { hate: Number(label) } });
  });
  return out;
}

/** Davidson et al. 2017 (MIT). Labels: offensive (hate or offensive), hate. */
export function loadDavidson(): Example[] {
  const rows = parse(readFileSync(file('davidson-hate-offensive', 'labeled_data.csv')), {
    columns: true,
    skip_empty_lines: true,
    relax_quotes: true,
  }) as Record<string, string>[];
  return rows.map((row) => {
    const cls = Number(row.class);
    return { text: row.tweet ?? '', labels: { offensive: cls <= 1 ? 1 : 0, hate: cls === 0 ? 1 : 0 } };
  });
}

/** Hossain et al. 2016 drunk tweets, DS1-Q1 (alcohol-related). Label: alcohol. */
export function loadDrunkTweets(): Example[] {
  const rows = parse(readFileSync(file('drunk-tweets-hossain', 'exp1.csv')), {
    columns: true,
    escape: '\\',
    skip_empty_lines: true,
    relax_quotes: true,
  }) as Record<string, string>[];
  return rows.map((row) => ({
    text: row.textEmbedding ?? '',
    labels: { alcohol: Number(row.resposta) === 1 ? 1 : 0 },
  }));
}

/** Preoțiuc-Pietro et al. 2019 complaints (no header: id, text, label, domain). Label: complaint. */
export function loadComplaints(): Example[] {
  const rows = parse(readFileSync(file('complaints', 'complaints-data.csv')), {
    skip_empty_lines: true,
    relax_quotes: true,
    relax_column_count: true,
  }) as string[][];
  return rows
    .filter((row) => row.length >= 3)
    .map((row) => ({ text: row[1] ?? '', labels: { complaint: Number(row[2]) === 1 ? 1 : 0 } }));
}

/** ETHOS binary (GPL-3.0, evaluation only). Label: hate (annotator fraction ≥ 0.5). */
export function loadEthos(): Example[] {
  const rows = parse(readFileSync(file('ethos', 'Ethos_Dataset_Binary.csv')), {
    columns: true,
    delimiter: ';',
    skip_empty_lines: true,
    relax_quotes: true,
  }) as Record<string, string>[];
  return rows.map((row) => ({ text: row.comment ?? '', labels: { hate: Number(row.isHate) >= 0.5 ? 1 : 0 } }));
}

export function devOf(examples: readonly Example[]): Example[] {
  return examples.filter((e) => splitOf(e.text) === 'dev');
}

export function trainOf(examples: readonly Example[]): Example[] {
  return examples.filter((e) => splitOf(e.text) === 'train');
}
