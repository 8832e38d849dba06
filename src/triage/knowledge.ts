import type { Item, Platform, Position } from '../core/item.js';
import type { Relationship } from '../config/triage.js';
import {
  handleLetters,
  handleSpellings,
  looksLikeHandle,
  NameIndex,
  namesMatch,
  normalizeName,
} from '../people/names.js';

/** Someone the user is already connected with, follows or is followed by. */
export interface ConnectionFact {
  platform: Platform;
  company?: string;
  position?: string;
  /** Instagram: outgoing = the user follows them, incoming = they follow the user. */
  direction?: 'incoming' | 'outgoing';
}

/** Everything the exports say about one name. */
export interface PersonRecord {
  name: string;
  connections: ConnectionFact[];
  /** Messages exchanged per platform. */
  messages: Partial<Record<Platform, number>>;
  /** Text of messages with them (the newest few), for what they said about themselves. */
  messageTexts: { platform: Platform; text: string }[];
  /** Requests of theirs the user declined, and friendships the user ended (Facebook keeps both). */
  declined: { platform: Platform; state: 'rejected' | 'removed'; at: string | null }[];
}

export interface Employer {
  company: string;
  current: boolean;
  startedOn?: string;
  finishedOn?: string;
  /** Where we learned it: 'LinkedIn positions', 'your policy'. */
  source: string;
}

export interface Label {
  name: string;
  relationship: Relationship;
}

/** What triage knows before it looks at any request: built once per run, then only read. */
export interface Knowledge {
  people: NameIndex<PersonRecord>;
  /** Every record, for handle matching (an Instagram handle against a name). */
  records: PersonRecord[];
  /** The records named by a handle (Instagram followers and following), with the handle's letters. */
  handleRecords: { letters: string; record: PersonRecord }[];
  /** How each record's name would be spelled inside a handle (`handleSpellings`). */
  spellings: { spelled: string; record: PersonRecord }[];
  employers: Employer[];
  clientCompanies: string[];
  labels: NameIndex<Label>;
  labelList: Label[];
  /** Messages of requests, by normalised sender name: what people said about themselves when asking. */
  requestTexts: Map<string, { platform: Platform; text: string; name: string }[]>;
  /** The user's own names (accounts), never matched as someone else. */
  selfNames: string[];
}

const MAX_TEXTS_PER_PERSON = 20;

const PLATFORM_NAME: Readonly<Record<Platform, string>> = {
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
};

export function platformName(platform: Platform): string {
  return PLATFORM_NAME[platform];
}

export interface KnowledgeInput {
  items: readonly Item[];
  positions: readonly Position[];
  labels: readonly Label[];
  selfNames?: readonly string[];
  /** Extra employers and client companies from the policy. */
  employers?: readonly string[];
  clientCompanies?: readonly string[];
}

export function buildKnowledge(input: KnowledgeInput): Knowledge {
  const selfNames = (input.selfNames ?? []).filter((name) => name.trim());
  const isSelf = (name: string) => selfNames.some((self) => namesMatch(self, name).exact);
  const records = new Map<string, PersonRecord>();
  const recordOf = (name: string): PersonRecord | undefined => {
    const key = normalizeName(name);
    if (!key || isSelf(name)) return undefined;
    let record = records.get(key);
    if (!record) {
      record = { name: name.trim(), connections: [], messages: {}, messageTexts: [], declined: [] };
      records.set(key, record);
    }
    return record;
  };
  for (const item of input.items) {
    const person = item.person;
    if (!person?.name) continue;
    if (item.kind === 'connection') {
      const record = recordOf(person.name);
      record?.connections.push({
        platform: item.platform,
        ...(person.company ? { company: person.company } : {}),
        ...(person.position ? { position: person.position } : {}),
        ...(item.direction ? { direction: item.direction } : {}),
      });
    } else if (
      item.kind === 'request' &&
      (item.flags.requestState === 'rejected' || item.flags.requestState === 'removed')
    ) {
      recordOf(person.name)?.declined.push({
        platform: item.platform,
        state: item.flags.requestState,
        at: item.createdAt,
      });
    } else if (item.kind === 'message') {
      const record = recordOf(person.name);
      if (!record) continue;
      record.messages[item.platform] = (record.messages[item.platform] ?? 0) + 1;
      if (item.text.trim()) {
        record.messageTexts.push({ platform: item.platform, text: item.text });
        if (record.messageTexts.length > MAX_TEXTS_PER_PERSON) record.messageTexts.shift();
      }
    }
  }
  const requestTexts = new Map<string, { platform: Platform; text: string; name: string }[]>();
  for (const item of input.items) {
    if (item.kind !== 'request' || item.direction === 'outgoing' || !item.person?.name || !item.text.trim()) continue;
    const key = normalizeName(item.person.name);
    if (key)
      requestTexts.set(key, [
        ...(requestTexts.get(key) ?? []),
        { platform: item.platform, text: item.text, name: item.person.name },
      ]);
  }
  const people = new NameIndex<PersonRecord>();
  for (const record of records.values()) people.add(record.name, record);

  const employers: Employer[] = input.positions.map((position) => ({
    company: position.company,
    current: !position.finishedOn,
    ...(position.startedOn ? { startedOn: position.startedOn } : {}),
    ...(position.finishedOn ? { finishedOn: position.finishedOn } : {}),
    source: `${platformName(position.platform)} positions`,
  }));
  for (const company of input.employers ?? []) employers.push({ company, current: true, source: 'your policy' });

  const labels = new NameIndex<Label>();
  for (const label of input.labels) labels.add(label.name, label);

  return {
    people,
    records: [...records.values()],
    handleRecords: [...records.values()]
      .filter((record) => looksLikeHandle(record.name))
      .map((record) => ({ letters: handleLetters(record.name), record })),
    spellings: [...records.values()].flatMap((record) =>
      handleSpellings(record.name).map((spelled) => ({ spelled, record })),
    ),
    employers,
    clientCompanies: [...(input.clientCompanies ?? [])],
    labels,
    labelList: [...input.labels],
    requestTexts,
    selfNames,
  };
}
