import { parse } from 'csv-parse/sync';
import { decodeHTML } from 'entities';
import { platformLink } from '../../src/core/safe-url.js';
import { PLATFORMS } from '../../src/core/item.js';

/** Characters no output may carry raw (C0 but tab/newline/CRLF, DEL, C1, bidi embeddings, overrides, isolates). */
export const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/u;

/**
 * A cell a spreadsheet would run: OWASP's first characters, also after leading whitespace or quotes, unless a
 * single quote in front makes it text.
 */
export const isActiveCell = (cell: string): boolean => !cell.startsWith("'") && /^[\s"']*[=+\-@]|^[\t\r]/.test(cell);

/** What one audit wrote: the terminal summary as printed, the HTML report, the spreadsheet and the JSON. */
export interface AuditOutputs {
  terminal: string;
  html: string;
  csv: string;
  json: string;
}

const describeChar = (text: string): string => `U+${text.codePointAt(0)?.toString(16).padStart(4, '0')}`;

function rawControl(name: string, text: string): string[] {
  const hit = RAW_CONTROL.exec(text);
  return hit ? [`${name}: raw ${describeChar(hit[0])} at ${hit.index}`] : [];
}

/** Elements the report never writes itself: any of them would be markup taken from the export. */
const FOREIGN_ELEMENTS = /^(iframe|object|embed|base|link|frame|frameset|applet|portal|template)$/;
const URL_ATTRIBUTES = /^(href|src|action|formaction|srcset|poster|xlink:href|ping|background)$/;
const TAG = /<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /([^\s=/"']+)(?:\s*=\s*("([^"]*)"|'([^']*)'|[^\s"'>]+))?/g;

/** A link target the report may write: its own anchors, an inline image, or the platforms' own sites. */
function allowedTarget(value: string): boolean {
  const target = value.trim();
  if (target.startsWith('#') || /^data:image\/(png|jpeg|webp|gif);base64,[\w+/=]*$/.test(target)) return true;
  return PLATFORMS.some((platform) => platformLink(target, platform) === target);
}

function htmlViolations(html: string): string[] {
  const found: string[] = [];
  const scripts = html.match(/<script\b/gi)?.length ?? 0;
  // The report's own script and style are code, not markup: only what lies outside them is scanned as tags.
  const markup = html.replace(/(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2>)/gi, '$1$3');
  for (const tag of markup.matchAll(TAG)) {
    const name = (tag[1] as string).toLowerCase();
    if (FOREIGN_ELEMENTS.test(name)) found.push(`html: a <${name}> element`);
    if (name === 'meta' && /http-equiv\s*=\s*"?refresh/i.test(tag[2] as string)) found.push('html: a meta refresh');
    for (const attribute of (tag[2] as string).matchAll(ATTRIBUTE)) {
      const key = (attribute[1] as string).toLowerCase();
      const value = decodeHTML(attribute[3] ?? attribute[4] ?? attribute[2] ?? '');
      if (key.startsWith('on')) found.push(`html: an event handler ${key} on <${name}>`);
      if (URL_ATTRIBUTES.test(key) && !allowedTarget(value)) found.push(`html: <${name} ${key}="${value}">`);
      if (key === 'style' && /url\s*\(|expression\s*\(/i.test(value)) found.push(`html: a style that loads ${value}`);
    }
  }
  if (scripts !== 1) found.push(`html: ${scripts} script elements (the report has exactly one)`);
  if (!/<meta http-equiv="Content-Security-Policy" content="default-src 'none'/.test(html))
    found.push("html: no CSP starting with default-src 'none'");
  return found;
}

function csvViolations(csv: string): string[] {
  let rows: string[][];
  try {
    rows = parse(csv, { relax_column_count: false }) as string[][];
  } catch (error) {
    return [`csv: not valid CSV (${(error as Error).message})`];
  }
  const found: string[] = [];
  for (const row of rows.slice(1))
    for (const cell of row) {
      // Numbers the writer puts there itself (a priority) are data.
      if (/^\d+(\.\d+)?$/.test(cell)) continue;
      if (isActiveCell(cell)) found.push(`csv: a cell a spreadsheet would run: ${JSON.stringify(cell.slice(0, 40))}`);
    }
  return [...found, ...rawControl('csv', csv)];
}

/**
 * Everything wrong with one audit's outputs: a raw control character in the terminal, CSV or JSON text; an active
 * link, element, event handler or second script in the HTML; a spreadsheet cell that would run as a formula.
 * Empty when the outputs are safe.
 */
export function outputViolations(outputs: AuditOutputs): string[] {
  const terminalWithoutOwnColors = outputs.terminal.replace(/\u001b\[\d+(;\d+)*m/g, '');
  return [
    ...rawControl('terminal', terminalWithoutOwnColors),
    ...htmlViolations(outputs.html),
    ...csvViolations(outputs.csv),
    ...rawControl('json', outputs.json),
  ];
}
