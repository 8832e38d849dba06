/** Lower case with runs of whitespace as one space: line breaks and case are not what OCR accuracy is about. */
function normalize(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Levenshtein distance over UTF-16 units, two rows. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** 1 − edit distance / length of the truth, at least 0 (the usual character accuracy of OCR evaluations). */
export function characterAccuracy(read: string, truth: string): number {
  const [r, t] = [normalize(read), normalize(truth)];
  if (!t) return r ? 0 : 1;
  return Math.max(0, 1 - editDistance(r, t) / t.length);
}
