import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Context } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** Serves the built web app; unknown paths get index.html so client-side routes survive a reload. */
export async function serveWebApp(c: Context, root: string): Promise<Response> {
  const requested = normalize(decodeURIComponent(new URL(c.req.url).pathname)).replace(/^([/\\])+/, '');
  const candidate = join(root, requested);
  const inside = candidate === root || candidate.startsWith(root + sep);
  for (const file of inside && requested ? [candidate, join(root, 'index.html')] : [join(root, 'index.html')]) {
    try {
      const body = await readFile(file);
      return c.body(body, 200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    } catch {
      // try the next candidate
    }
  }
  return c.text('The web app is not built: run `npm run build`.', 503);
}
