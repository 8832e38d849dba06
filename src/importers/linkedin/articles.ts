import { parseLinkedInDate } from './dates.js';
import { htmlToText } from './text.js';

/** A long-form article as LinkedIn exports it: `Articles/Articles/<title>.html`. */
export interface Article {
  title: string;
  url: string | null;
  createdAt: string | null;
  /** Null for a draft that was never published (nobody else has seen it). */
  publishedAt: string | null;
  body: string;
}

function dateAfter(html: string, className: string, label: string): string | null {
  const m = new RegExp(`<p[^>]*class="${className}"[^>]*>\\s*(?:${label}\\s+on)?\\s*([^<]+)<`, 'i').exec(html);
  return m?.[1] ? parseLinkedInDate(m[1], 'iso') : null;
}

/**
 * Reads one exported article: `<h1><a href="…">Title</a></h1>`, `<p class="created">Created on 2025-08-15 09:30</p>`,
 * `<p class="published">Published on …</p>`, then the body. Tolerant: any part may be missing.
 */
export function parseArticle(html: string): Article {
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html);
  const href = h1?.[1] ? /<a\b[^>]*href="([^"]+)"/i.exec(h1[1]) : null;
  const body = html
    .replace(/<head\b[\s\S]*?<\/head>/i, '')
    .replace(/<h1\b[\s\S]*?<\/h1>/i, '')
    .replace(/<p[^>]*class="(created|published)"[^>]*>[\s\S]*?<\/p>/gi, '');
  return {
    title: h1?.[1] ? htmlToText(h1[1]) : '',
    url: href?.[1] ?? null,
    createdAt: dateAfter(html, 'created', 'Created'),
    publishedAt: dateAfter(html, 'published', 'Published'),
    body: htmlToText(body),
  };
}
