/** Finder and macOS zip junk that never holds export data. */
export function isJunkPath(path: string): boolean {
  const parts = path.split('/');
  const base = parts[parts.length - 1] ?? '';
  return parts.includes('__MACOSX') || base.startsWith('._') || base === '.DS_Store' || base === 'Thumbs.db';
}

/** Why an archive entry name is unsafe to use, or null when it is fine. */
export function unsafePathReason(path: string): string | null {
  if (path.includes('\0')) return 'contains a NUL byte';
  if (path.startsWith('/') || path.startsWith('\\') || /^[A-Za-z]:/.test(path)) return 'is an absolute path';
  if (path.split(/[\\/]/).includes('..')) return "climbs out of the archive with '..'";
  return null;
}

/**
 * Exports are often zipped with one top-level folder (`facebook-jdoe/`, `jdoe_20250101/`).
 * Returns that folder's prefix (with trailing slash) when every path lies inside it, else ''.
 */
export function singleTopFolder(paths: readonly string[]): string {
  let top: string | null = null;
  for (const path of paths) {
    const slash = path.indexOf('/');
    if (slash < 0) return '';
    const first = path.slice(0, slash + 1);
    if (top === null) top = first;
    else if (top !== first) return '';
  }
  return top ?? '';
}

/** A byte count people can read, with the exact number for the ones who pass it back as a limit: `50 MiB (52428800 bytes)`. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return `${bytes} bytes`;
  const shown = value >= 100 ? value.toFixed(0) : String(Number(value.toFixed(1)));
  return `${shown} ${units[unit]} (${bytes} bytes)`;
}
