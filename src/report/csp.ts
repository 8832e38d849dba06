import { createHash } from 'node:crypto';

const hashSource = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The report's Content-Security-Policy: only its own inline script and style run (by hash, so a `<script>` or an
 * `on…=` attribute smuggled in by an export never would), images only as data: URLs, and nothing may be fetched,
 * posted or framed, so even a script that got in could not send the findings anywhere.
 */
export function contentSecurityPolicy(inline: { script: string; style: string }): string {
  return [
    "default-src 'none'",
    `script-src ${hashSource(inline.script)}`,
    `style-src ${hashSource(inline.style)}`,
    'img-src data:',
    "connect-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
    "frame-src 'none'",
    "object-src 'none'",
  ].join('; ');
}
