/**
 * Meta (Facebook, Instagram) writes every UTF-8 byte of a non-ASCII character as its own `\u00XX` escape, so after
 * `JSON.parse` "é" reads "Ã©" and "😂" reads "ð\u009f\u0098\u0082". The repair is lossless: a string whose code
 * units are all ≤ 0xFF is taken as bytes and decoded as UTF-8; if those bytes are not valid UTF-8 (text that was
 * written correctly, like "café" with a real é) the original string is kept.
 */
const decoder = new TextDecoder('utf-8', { fatal: true });

/** True when the string has a code unit above 0x7F and none above 0xFF: the only shape mojibake can have. */
function mayBeMojibake(text: string): boolean {
  let high = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff) return false;
    if (code > 0x7f) high = true;
  }
  return high;
}

export function repairMojibake(text: string): string {
  if (!mayBeMojibake(text)) return text;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  try {
    return decoder.decode(bytes);
  } catch {
    return text;
  }
}

/**
 * Repairs every string of a freshly parsed JSON value, object keys included (localized keys are mojibake too).
 * Works in place (the value is ours, straight from `JSON.parse`) so a big export is not copied; returns the value.
 * Walks with its own stack, not by recursion: `JSON.parse` takes a file nested 100,000 levels deep, and a recursive
 * walk would overflow the call stack on it and lose the whole file.
 */
export function repairDeep(value: unknown): unknown {
  if (typeof value === 'string') return repairMojibake(value);
  const pending: object[] = [];
  if (value !== null && typeof value === 'object') pending.push(value);
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const inner: unknown = node[i];
        if (inner !== null && typeof inner === 'object') pending.push(inner);
        else if (typeof inner === 'string') node[i] = repairMojibake(inner);
      }
      continue;
    }
    const record = node as Record<string, unknown>;
    let renamed = false;
    for (const key in record) {
      const inner = record[key];
      if (inner !== null && typeof inner === 'object') pending.push(inner);
      else if (typeof inner === 'string') record[key] = repairMojibake(inner);
      if (!renamed && mayBeMojibake(key)) renamed = true;
    }
    if (renamed) {
      // rebuild in the original key order with repaired keys (rare: only non-English exports)
      const entries = Object.entries(record);
      for (const [key] of entries) delete record[key];
      for (const [key, inner] of entries) record[repairMojibake(key)] = inner;
    }
  }
  return value;
}
