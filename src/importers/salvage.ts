/**
 * Keeping the good records of a JSON list that `JSON.parse` rejects as a whole. An export file is one big list
 * (X's `tweets.js`, Meta's `your_posts_1.json`), so one damaged record, a stray byte, or a download cut short would
 * otherwise lose every record in the file. Each top-level element is cut out by a scan that knows strings and
 * brackets and parsed on its own: a bad element loses only itself (or, if it breaks the bracket balance, itself and
 * what follows up to where the balance returns).
 */

export interface Salvaged {
  /** The list: the top-level array, or `{key: array}` when the top level is an object holding one list. */
  value: unknown;
  /** How many elements were parsed and kept. */
  kept: number;
  /** How many elements (a cut-off last one included) could not be parsed and were dropped. */
  lost: number;
}

const SPACE = new Set([0x20, 0x0a, 0x0d, 0x09]);

function skipSpace(text: string, at: number): number {
  while (at < text.length && SPACE.has(text.charCodeAt(at))) at++;
  return at;
}

/**
 * The elements of the list that opens at `open` (a `[`): each element's text parsed alone. Iterative and linear,
 * so a hostile file (deep nesting, unterminated strings) cannot overflow the stack or hang.
 */
function salvageArray(text: string, open: number): { records: unknown[]; lost: number } {
  const records: unknown[] = [];
  let lost = 0;
  let depth = 0;
  let inString = false;
  let start = -1;
  const take = (end: number): void => {
    if (start < 0) return;
    const piece = text.slice(start, end).trim();
    start = -1;
    if (!piece) return;
    try {
      records.push(JSON.parse(piece));
    } catch {
      lost++;
    }
  };
  for (let at = open + 1; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (inString) {
      if (code === 0x5c /* \ */) at++;
      else if (code === 0x22 /* " */) inString = false;
      continue;
    }
    if (start < 0 && !SPACE.has(code) && !(depth === 0 && (code === 0x2c || code === 0x5d))) start = at;
    if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b /* [ { */) depth++;
    else if (code === 0x5d || code === 0x7d /* ] } */) {
      if (depth === 0) {
        take(at);
        return { records, lost };
      }
      depth--;
    } else if (code === 0x2c /* , */ && depth === 0) take(at);
  }
  // The text ended inside the list. A last element that closes (`}`, `]`, `"`) is whole; a bare number or word may
  // be cut short (`12` of `123`), so it is dropped with the rest of what was open.
  const piece = start >= 0 ? text.slice(start).trim() : '';
  if (/[}\]"]$/.test(piece)) take(text.length);
  else if (piece) lost++;
  return { records, lost };
}

/**
 * The good records of a damaged JSON list, or null when the text is not a list (or an object whose first value is
 * one) or no record of it survives. Only for text `JSON.parse` has already refused.
 */
export function salvageJsonList(text: string): Salvaged | null {
  let at = skipSpace(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  let key: string | undefined;
  if (text[at] === '{') {
    // Meta's `{"comments_v2": [ … ]}`: the list under the object's first key
    const match = /^\{\s*("(?:[^"\\]|\\.)*")\s*:\s*\[/.exec(text.slice(at, at + 4096));
    if (!match) return null;
    try {
      key = JSON.parse(match[1] as string) as string;
    } catch {
      return null;
    }
    at += match[0].length - 1;
  }
  if (text[at] !== '[') return null;
  const { records, lost } = salvageArray(text, at);
  if (records.length === 0) return null;
  return { value: key === undefined ? records : { [key]: records }, kept: records.length, lost };
}

/** The sentence a problem adds when a damaged file was read in part. */
export function salvageNote(salvaged: Salvaged): string {
  if (salvaged.lost === 0) return `all ${salvaged.kept} of its records were read`;
  return `${salvaged.lost} record(s) that could not be parsed were skipped and the other ${salvaged.kept} read`;
}
