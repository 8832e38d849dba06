import type { Item, Platform } from '../core/item.js';
import { normalizeName } from '../people/names.js';

/** One incoming friend, connection or follow request, as triage sees it. */
export interface TriageRequest {
  platform: Platform;
  /** The request item's id. */
  id: string;
  name: string;
  url?: string;
  /** ISO 8601 or null when the export gives no time. */
  receivedAt: string | null;
  /** The invitation's message, or ''. */
  message: string;
  /** Who sent it on this platform: their profile link, else their normalised name. Decisions are kept under it. */
  key: string;
  /** Other requests on the same platform with the same name but another profile: we cannot tell them apart. */
  sameNameOthers: number;
}

export const REQUEST_NOUN: Readonly<Record<Platform, string>> = {
  facebook: 'friend request',
  instagram: 'follow request',
  linkedin: 'invitation to connect',
  x: 'follow request',
};

/** Whether an item is a request someone sent to the user and that is still open. */
export function isIncomingRequest(item: Item): boolean {
  if (item.kind !== 'request' || !item.person) return false;
  const state = item.flags.requestState;
  if (state) return state === 'received';
  return item.direction === 'incoming';
}

function urlKey(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\/(www\.|m\.)?/, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '');
}

export function personKey(platform: Platform, name: string, url?: string): string {
  if (url?.trim()) return `${platform}:url:${urlKey(url)}`;
  const normal = normalizeName(name);
  return `${platform}:name:${normal || name.trim()}`;
}

/**
 * The open incoming requests, one per person and platform (the newest when an export lists someone twice, as
 * merged or overlapping exports do), newest first.
 */
export function incomingRequests(items: readonly Item[]): TriageRequest[] {
  const byKey = new Map<string, TriageRequest>();
  for (const item of items) {
    if (!isIncomingRequest(item) || !item.person) continue;
    const name = item.person.name.trim();
    if (!name) continue;
    const request: TriageRequest = {
      platform: item.platform,
      id: item.id,
      name,
      ...(item.person.url ? { url: item.person.url } : {}),
      receivedAt: item.createdAt,
      message: item.text.trim(),
      key: personKey(item.platform, name, item.person.url),
      sameNameOthers: 0,
    };
    const before = byKey.get(request.key);
    if (!before || (request.receivedAt ?? '') > (before.receivedAt ?? '')) {
      byKey.set(request.key, before && !request.message ? { ...request, message: before.message } : request);
    }
  }
  const requests = [...byKey.values()];
  const sameName = new Map<string, number>();
  const nameOf = (request: TriageRequest) => `${request.platform}:${normalizeName(request.name) || request.name}`;
  for (const request of requests) sameName.set(nameOf(request), (sameName.get(nameOf(request)) ?? 0) + 1);
  for (const request of requests) request.sameNameOthers = (sameName.get(nameOf(request)) ?? 1) - 1;
  return requests.sort(
    (a, b) => (b.receivedAt ?? '').localeCompare(a.receivedAt ?? '') || a.name.localeCompare(b.name),
  );
}
