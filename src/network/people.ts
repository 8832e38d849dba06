/**
 * People from the exports: LinkedIn connections, Facebook friends, Instagram followers, invitations, and the
 * people the user exchanged messages with, on every network. One person may show up on several networks: they
 * are matched by name (case, accents, middle names, another script — `src/people/names.ts`) with the evidence
 * kept, and never when the name is ambiguous: two connections with the same name stay two people unless a
 * profile URL, handle or e-mail ties them.
 */
import { PLATFORM_NAMES, type Item, type Platform } from '../core/item.js';
import {
  handleMatchesName,
  looksLikeHandle,
  nameTokens,
  namesMatch,
  normalizeName,
  type NameHit,
} from '../people/names.js';

const CONNECTION_WORD: Readonly<Record<Platform, string>> = {
  linkedin: 'LinkedIn connection',
  facebook: 'Facebook friend',
  instagram: 'Instagram contact',
  x: 'X contact',
};

export interface MessageStats {
  count: number;
  /** Messages they sent the user. */
  incoming: number;
  outgoing: number;
  first: string | null;
  last: string | null;
  platforms: Platform[];
}

export interface RequestFact {
  platform: Platform;
  direction: 'incoming' | 'outgoing' | undefined;
  state: string | undefined;
  at: string | null;
  text: string;
}

export interface ConnectionFact {
  platform: Platform;
  /** Connected on (ISO), or null when the export gives no date. */
  at: string | null;
  /** Instagram: outgoing = the user follows them, incoming = they follow the user. */
  direction: 'incoming' | 'outgoing' | undefined;
}

/** One person, possibly seen on several networks. */
export interface NetworkPerson {
  /** Stable within one map: the first profile's platform and id. */
  id: string;
  name: string;
  platforms: Platform[];
  /** Employer and title as LinkedIn shows them now (LinkedIn connections only). */
  company?: string;
  position?: string;
  url?: string;
  email?: string;
  connections: ConnectionFact[];
  messages: MessageStats;
  requests: RequestFact[];
  /** How the profiles were tied together, and what could not be tied (shown, never silent). */
  evidence: string[];
}

/** What the exports lacked or held that could not be placed, in words for the user. */
export interface PeopleReport {
  people: NetworkPerson[];
  /** Connections with no name at all (hidden profiles: only a date), per platform. */
  hidden: Partial<Record<Platform, number>>;
  counts: { connections: Partial<Record<Platform, number>>; messages: number; requests: number };
}

/** One platform's view of a person before people are matched across networks. */
interface Profile {
  key: string;
  platform: Platform;
  name: string;
  url?: string;
  handle?: string;
  email?: string;
  company?: string;
  position?: string;
  isConnection: boolean;
  /** Messages or invitations whose name fits several connections: kept apart, never tied across networks. */
  ambiguous?: boolean;
  connections: ConnectionFact[];
  messages: { at: string | null; direction: 'incoming' | 'outgoing' | undefined }[];
  requests: RequestFact[];
  evidence: string[];
}

const PERSON_KINDS = new Set(['connection', 'message', 'request']);

function identity(value: string | undefined): string | undefined {
  const trimmed = value?.trim().toLowerCase().replace(/\/+$/, '');
  return trimmed ? trimmed.replace(/^https?:\/\/(www\.)?/, '') : undefined;
}

function sameIdentity(a: Profile, b: { url?: string; handle?: string; email?: string }): string | undefined {
  if (identity(a.url) && identity(a.url) === identity(b.url)) return 'same profile URL';
  if (identity(a.handle) && identity(a.handle) === identity(b.handle)) return 'same handle';
  if (identity(a.email) && identity(a.email) === identity(b.email)) return 'same e-mail';
  return undefined;
}

/** Both records carry a profile URL (or handle, or e-mail) and they differ: two people, whatever the names say. */
function conflicts(a: Profile, b: { url?: string; handle?: string; email?: string }): boolean {
  const differ = (x: string | undefined, y: string | undefined): boolean =>
    identity(x) !== undefined && identity(y) !== undefined && identity(x) !== identity(y);
  return differ(a.url, b.url) || differ(a.handle, b.handle) || differ(a.email, b.email);
}

/** An Instagram record that has only a handle where the name would be. */
function isHandleOnly(profile: Profile): boolean {
  return (
    profile.platform === 'instagram' &&
    !!profile.handle &&
    profile.name === profile.handle &&
    looksLikeHandle(profile.name)
  );
}

/** A name good enough to match across networks: a first-name initial alone is too little. */
function matchableName(name: string): boolean {
  const tokens = nameTokens(name);
  return tokens.length > 0 && !(tokens.length > 1 && (tokens[0]?.length ?? 0) === 1);
}

function newProfile(item: Item, key: string): Profile {
  const person = item.person!;
  return {
    key,
    platform: item.platform,
    name: person.name.trim(),
    ...(person.url ? { url: person.url } : {}),
    ...(person.handle ? { handle: person.handle } : {}),
    ...(person.email ? { email: person.email } : {}),
    isConnection: false,
    connections: [],
    messages: [],
    requests: [],
    evidence: [],
  };
}

function fill(profile: Profile, item: Item): void {
  const person = item.person!;
  profile.url ??= person.url;
  profile.handle ??= person.handle;
  profile.email ??= person.email;
  if (item.kind === 'connection') {
    profile.isConnection = true;
    if (person.company?.trim()) profile.company ??= person.company.trim();
    if (person.position?.trim()) profile.position ??= person.position.trim();
    profile.connections.push({ platform: item.platform, at: item.createdAt, direction: item.direction });
  } else if (item.kind === 'message') {
    profile.messages.push({ at: item.createdAt, direction: item.direction });
  } else {
    profile.requests.push({
      platform: item.platform,
      direction: item.direction,
      state: item.flags.requestState,
      at: item.createdAt,
      text: item.text,
    });
  }
}

/**
 * Finds the names that may be the same person, like `NameIndex` but bucketed only by surname (and by the set of
 * words, for names written in another order), so a common first name does not make every lookup scan thousands
 * of entries. `namesMatch` decides; the buckets only narrow down whom to ask.
 */
class PersonIndex<T> {
  private readonly buckets = new Map<string, { name: string; value: T }[]>();

  private readonly keyCache = new Map<string, string[]>();

  private keys(name: string): string[] {
    const cached = this.keyCache.get(name);
    if (cached) return cached;
    const keys = PersonIndex.keysOf(name);
    this.keyCache.set(name, keys);
    return keys;
  }

  private static keysOf(name: string): string[] {
    const tokens = nameTokens(name).map((token) =>
      token
        .replace(/[iy]+/g, 'i')
        .replace(/kh/g, 'h')
        .replace(/(.)\1+/g, '$1'),
    );
    if (tokens.length === 0) return [];
    return [`last\u0000${tokens[tokens.length - 1]}`, `set\u0000${[...tokens].sort().join(' ')}`];
  }

  add(name: string, value: T): void {
    const entry = { name, value };
    for (const key of new Set(this.keys(name))) {
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(entry);
      else this.buckets.set(key, [entry]);
    }
  }

  find(name: string): NameHit<T>[] {
    const seen = new Set<{ name: string; value: T }>();
    const hits: NameHit<T>[] = [];
    for (const key of this.keys(name))
      for (const entry of this.buckets.get(key) ?? []) {
        if (seen.has(entry)) continue;
        seen.add(entry);
        const match = namesMatch(name, entry.name);
        if (match.match) hits.push({ name: entry.name, value: entry.value, match });
      }
    return hits.sort((a, b) => Number(b.match.exact) - Number(a.match.exact));
  }
}

/** Profiles by profile URL, handle and e-mail, so records of one person meet without comparing every pair. */
class IdentityIndex {
  private readonly map = new Map<string, Profile>();

  private static keys(record: { url?: string | undefined; handle?: string | undefined; email?: string | undefined }) {
    return [
      ['url', identity(record.url)],
      ['handle', identity(record.handle)],
      ['email', identity(record.email)],
    ].flatMap(([field, value]) => (value ? [`${field}\u0000${value}`] : []));
  }

  add(profile: Profile): void {
    for (const key of IdentityIndex.keys(profile)) if (!this.map.has(key)) this.map.set(key, profile);
  }

  find(record: { url?: string; handle?: string; email?: string }): { profile: Profile; why: string } | undefined {
    for (const key of IdentityIndex.keys(record)) {
      const profile = this.map.get(key);
      if (profile) return { profile, why: sameIdentity(profile, record) ?? 'same profile' };
    }
    return undefined;
  }
}

/** Per platform: connections first (each its own profile unless an identity ties two), then messages/requests. */
function profilesOf(platform: Platform, items: readonly Item[], hidden: PeopleReport['hidden']): Profile[] {
  const profiles: Profile[] = [];
  const index = new PersonIndex<Profile>();
  const identities = new IdentityIndex();
  const connections = items.filter((item) => item.kind === 'connection');
  const others = items.filter((item) => item.kind !== 'connection');
  for (const item of connections) {
    const person = item.person!;
    if (!person.name.trim()) {
      hidden[platform] = (hidden[platform] ?? 0) + 1;
      continue;
    }
    const twin = identities.find(person);
    if (twin) {
      // Instagram lists a person once as a follower and once as followed: two facts, not a duplicate.
      const sameList = twin.profile.connections.some((connection) => connection.direction === item.direction);
      if (sameList && !twin.profile.evidence.some((line) => line.startsWith('listed twice')))
        twin.profile.evidence.push(
          `listed twice in the ${PLATFORM_NAMES[platform]} export (${twin.why}): counted once`,
        );
      fill(twin.profile, item);
      identities.add(twin.profile);
      continue;
    }
    const profile = newProfile(item, `${platform}:${item.id}`);
    fill(profile, item);
    profiles.push(profile);
    identities.add(profile);
    index.add(profile.name, profile);
  }
  // Messages and invitations: to the profile with the same URL/handle/e-mail, else the one connection of that name.
  const loose = new Map<string, Profile>();
  const byName = new Map<string, NameHit<Profile>[]>();
  for (const item of others) {
    const person = item.person!;
    if (!person.name.trim() && !person.url && !person.handle) continue;
    const byIdentity = identities.find(person);
    if (byIdentity) {
      fill(byIdentity.profile, item);
      continue;
    }
    const name = person.name.trim();
    let found = byName.get(name);
    if (!found) {
      found = name ? index.find(name) : [];
      byName.set(name, found);
    }
    const hits = found.filter((hit) => !conflicts(hit.value, person));
    const exact = hits.filter((hit) => hit.match.exact);
    const chosen = exact.length > 0 ? exact : hits;
    if (chosen.length === 1) {
      const target = chosen[0]!.value;
      if (!chosen[0]!.match.exact) {
        const line = `${item.kind === 'message' ? 'messages' : 'invitation'} from "${person.name}" matched to the connection "${target.name}" (${chosen[0]!.match.reason})`;
        if (!target.evidence.includes(line)) target.evidence.push(line);
      }
      fill(target, item);
      continue;
    }
    const key = `${platform}:${identity(person.url) ?? identity(person.handle) ?? name.toLowerCase()}`;
    let profile = loose.get(key);
    if (!profile) {
      profile = newProfile(item, key);
      if (chosen.length > 1) {
        profile.ambiguous = true;
        profile.evidence.push(
          `${chosen.length} ${PLATFORM_NAMES[platform]} connections are named "${person.name}": not tied to either`,
        );
        const what = item.kind === 'message' ? 'messages' : 'an invitation';
        for (const hit of chosen)
          hit.value.evidence.push(
            `${what} from/to "${person.name}" on ${PLATFORM_NAMES[platform]} could be this person or ${chosen.length - 1} other connection(s) with the name: not counted`,
          );
      }
      loose.set(key, profile);
      profiles.push(profile);
    }
    fill(profile, item);
    identities.add(profile);
  }
  return profiles;
}

function summarise(group: Profile[]): NetworkPerson {
  // The LinkedIn connection names the person and gives the employer; other networks add messages and evidence.
  const order: Platform[] = ['linkedin', 'facebook', 'instagram', 'x'];
  const sorted = [...group].sort(
    (a, b) => Number(b.isConnection) - Number(a.isConnection) || order.indexOf(a.platform) - order.indexOf(b.platform),
  );
  const main = sorted[0]!;
  const withJob = sorted.find((profile) => profile.company || profile.position);
  let count = 0;
  let incoming = 0;
  let outgoing = 0;
  let first: string | null = null;
  let last: string | null = null;
  const messagePlatforms = new Set<Platform>();
  for (const profile of sorted)
    for (const message of profile.messages) {
      count++;
      if (message.direction === 'incoming') incoming++;
      else if (message.direction === 'outgoing') outgoing++;
      messagePlatforms.add(profile.platform);
      if (message.at && (first === null || message.at < first)) first = message.at;
      if (message.at && (last === null || message.at > last)) last = message.at;
    }
  return {
    id: main.key,
    name: main.name,
    platforms: order.filter((platform) => sorted.some((profile) => profile.platform === platform)),
    ...(withJob?.company ? { company: withJob.company } : {}),
    ...(withJob?.position ? { position: withJob.position } : {}),
    ...((sorted.find((p) => p.url)?.url ?? undefined) ? { url: sorted.find((p) => p.url)!.url! } : {}),
    ...(sorted.find((p) => p.email) ? { email: sorted.find((p) => p.email)!.email! } : {}),
    connections: sorted.flatMap((profile) => profile.connections),
    messages: {
      count,
      incoming,
      outgoing,
      first,
      last,
      platforms: order.filter((platform) => messagePlatforms.has(platform)),
    },
    requests: sorted.flatMap((profile) => profile.requests),
    evidence: sorted.flatMap((profile) => profile.evidence),
  };
}

/** Threads where more than one person wrote to the user: group chats. */
function groupThreads(items: readonly Item[]): Set<string> {
  const senders = new Map<string, Set<string>>();
  for (const item of items) {
    if (item.kind !== 'message' || item.direction !== 'incoming' || !item.thread || !item.person?.name) continue;
    const key = `${item.platform}\u0000${item.thread}`;
    const names = senders.get(key) ?? new Set<string>();
    names.add(item.person.name.trim().toLowerCase());
    senders.set(key, names);
  }
  return new Set([...senders].filter(([, names]) => names.size > 1).map(([key]) => key));
}

function describeProfile(profile: Profile): string {
  if (profile.platform === 'instagram' && profile.handle && profile.name === profile.handle)
    return `Instagram account @${profile.handle}`;
  if (profile.isConnection) return `${CONNECTION_WORD[profile.platform]} "${profile.name}"`;
  if (profile.messages.length > 0) return `${PLATFORM_NAMES[profile.platform]} messages with "${profile.name}"`;
  const incoming = profile.requests.some((request) => request.direction === 'incoming');
  return `${PLATFORM_NAMES[profile.platform]} invitation ${incoming ? 'from' : 'to'} "${profile.name}"`;
}

/**
 * Everyone in the exports' connections, messages and requests, matched across networks.
 * `ownNames`: the user's own names (accounts), so a self-addressed message or a mislabeled record is not a person.
 */
export function collectPeople(items: readonly Item[], ownNames: readonly string[] = []): PeopleReport {
  const hidden: PeopleReport['hidden'] = {};
  const counts: PeopleReport['counts'] = { connections: {}, messages: 0, requests: 0 };
  const byPlatform = new Map<Platform, Item[]>();
  const groupChats = groupThreads(items);
  const own = new Map<string, boolean>();
  const isOwn = (name: string): boolean => {
    let mine = own.get(name);
    if (mine === undefined) {
      mine = name.trim() !== '' && ownNames.some((ownName) => namesMatch(ownName, name).exact);
      own.set(name, mine);
    }
    return mine;
  };
  for (const item of items) {
    if (!PERSON_KINDS.has(item.kind) || !item.person) continue;
    // In a group chat the user's own messages are addressed to the group, not to one person.
    if (
      item.kind === 'message' &&
      item.direction === 'outgoing' &&
      groupChats.has(`${item.platform}\u0000${item.thread}`)
    )
      continue;
    if (ownNames.length > 0 && isOwn(item.person.name)) continue;
    if (item.kind === 'connection') counts.connections[item.platform] = (counts.connections[item.platform] ?? 0) + 1;
    else if (item.kind === 'message') counts.messages++;
    else counts.requests++;
    const list = byPlatform.get(item.platform) ?? [];
    list.push(item);
    byPlatform.set(item.platform, list);
  }
  const profiles = [...byPlatform].flatMap(([platform, list]) => profilesOf(platform, list, hidden));

  // Across networks: union profiles whose names match when the name is unique on both sides.
  const parent = new Map<Profile, Profile>(profiles.map((profile) => [profile, profile]));
  const root = (profile: Profile): Profile => {
    let node = profile;
    while (parent.get(node) !== node) node = parent.get(node)!;
    return node;
  };
  const index = new PersonIndex<Profile>();
  const handles = profiles.filter(isHandleOnly);
  const matchable = profiles.filter(
    (profile) => !profile.ambiguous && !isHandleOnly(profile) && matchableName(profile.name),
  );
  for (const profile of matchable) index.add(profile.name, profile);
  for (const profile of matchable) {
    const hits = index.find(profile.name).filter((hit) => hit.value !== profile);
    for (const platform of new Set(hits.map((hit) => hit.value.platform))) {
      if (platform === profile.platform) continue;
      const there = hits.filter((hit) => hit.value.platform === platform);
      const exact = there.filter((hit) => hit.match.exact);
      const candidates = exact.length > 0 ? exact : there;
      // The same name twice on this profile's own network makes the match ambiguous too.
      const here = hits.filter((hit) => hit.value.platform === profile.platform && hit.match.match);
      if (candidates.length === 1 && here.length === 0) {
        const other = candidates[0]!.value;
        const [a, b] = [root(profile), root(other)];
        if (a === b) continue;
        parent.set(b, a);
        const line = `${describeProfile(profile)} and ${describeProfile(other)}: ${candidates[0]!.match.reason}`;
        profile.evidence.push(line);
      } else if (candidates.length > 1 || (candidates.length === 1 && here.length > 0)) {
        const count = candidates.length > 1 ? candidates.length : here.length + 1;
        const where = candidates.length > 1 ? PLATFORM_NAMES[platform] : PLATFORM_NAMES[profile.platform];
        const line = `not tied to ${describeProfile(candidates[0]!.value)}: ${count} people named "${profile.name}" on ${where}, nothing else ties them`;
        if (!profile.evidence.includes(line)) profile.evidence.push(line);
      }
    }
  }
  // Instagram shows handles, not names: tie a handle that spells one person's full name ("chrisnovak.dev").
  const byFirstLast = new Map<string, Profile[]>();
  for (const profile of matchable) {
    const tokens = nameTokens(profile.name);
    if (tokens.length < 2) continue;
    const spelled = `${tokens[0]}${tokens[tokens.length - 1]}`;
    if (spelled.length < 6) continue;
    byFirstLast.set(spelled, [...(byFirstLast.get(spelled) ?? []), profile]);
  }
  for (const profile of handles) {
    const letters = nameTokens(profile.handle ?? profile.name)
      .join('')
      .replace(/[^\p{L}]/gu, '');
    const seen = new Set<Profile>();
    for (let start = 0; start < letters.length; start++)
      for (let end = start + 6; end <= letters.length; end++)
        for (const candidate of byFirstLast.get(letters.slice(start, end)) ?? []) seen.add(candidate);
    const hits = [...seen]
      .filter((candidate) => candidate.platform !== profile.platform)
      .map((candidate) => ({ candidate, match: handleMatchesName(profile.handle ?? profile.name, candidate.name) }))
      .filter((hit) => hit.match.match);
    const names = new Set(hits.map((hit) => normalizeName(hit.candidate.name)));
    if (hits.length === 0) continue;
    // One person, possibly seen on two other networks, and nobody else with that name: tie them.
    const samePlatformTwice = hits.some(
      (hit, i) => hits.findIndex((h) => h.candidate.platform === hit.candidate.platform) !== i,
    );
    if (names.size === 1 && !samePlatformTwice) {
      for (const hit of hits) {
        const [a, b] = [root(hit.candidate), root(profile)];
        if (a !== b) parent.set(b, a);
      }
      profile.evidence.push(
        `${describeProfile(profile)} and ${describeProfile(hits[0]!.candidate)}: ${hits[0]!.match.reason}`,
      );
    } else {
      profile.evidence.push(
        `${describeProfile(profile)} not tied: the handle fits ${hits.length} people (${[...new Set(hits.map((hit) => hit.candidate.name))].join(', ')})`,
      );
      for (const hit of hits)
        if (!hit.candidate.evidence.some((line) => line.includes(`@${profile.handle}`)))
          hit.candidate.evidence.push(
            `not tied to ${describeProfile(profile)}: the handle fits ${hits.length} people, nothing else ties them`,
          );
    }
  }

  const groups = new Map<Profile, Profile[]>();
  for (const profile of profiles) {
    const top = root(profile);
    groups.set(top, [...(groups.get(top) ?? []), profile]);
  }
  return { people: [...groups.values()].map(summarise), hidden, counts };
}
