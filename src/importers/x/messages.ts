import type { Item, MediaRef } from '../../core/item.js';
import type { ExportSource } from '../../source/types.js';
import type { MediaIndex } from './layout.js';
import { isObject, parseYtd, str, toIsoDate, urlBasename } from './parse.js';
import type { FileTally } from './tally.js';
import { decodeText } from './tweet.js';

/** Account id → handle and display name, learnt from the user's own tweets. */
export type PeopleBook = Map<string, { handle: string; name?: string }>;

/** Mentioned and replied-to accounts of a tweet: id → handle and display name. */
export function learnPeople(tweet: Record<string, unknown>, people: PeopleBook): void {
  const entities = isObject(tweet.entities) ? tweet.entities : undefined;
  const mentions = entities && Array.isArray(entities.user_mentions) ? entities.user_mentions : undefined;
  if (mentions) {
    for (const mention of mentions) {
      if (!isObject(mention)) continue;
      const id = str(mention.id_str);
      const handle = str(mention.screen_name);
      if (!id || !handle || people.has(id)) continue;
      const name = str(mention.name);
      people.set(id, name && name !== handle ? { handle, name } : { handle });
    }
  }
  const replyId = str(tweet.in_reply_to_user_id_str);
  const replyHandle = str(tweet.in_reply_to_screen_name);
  if (replyId && replyHandle && !people.has(replyId)) people.set(replyId, { handle: replyHandle });
}

/** The other side of a DM: display name and handle when known, else the bare id; the id-based link always. */
export function personOf(id: string, people: PeopleBook): NonNullable<Item['person']> {
  const known = people.get(id);
  const person: NonNullable<Item['person']> = { name: known?.name ?? (known ? `@${known.handle}` : id) };
  if (known) person.handle = known.handle;
  // The id-based link survives handle changes and keeps the account id the archive gave.
  person.url = `https://x.com/i/user/${id}`;
  return person;
}

export interface ConversationContext {
  file: string;
  input: string;
  /** The archive owner's account id, to tell outgoing from incoming. */
  me: string | undefined;
  group: boolean;
  mediaDirs: readonly string[];
  media: MediaIndex;
  people: PeopleBook;
  tally: FileTally;
}

/**
 * One `{dmConversation: {conversationId, messages: [{messageCreate: …}]}}` record → one `message` Item per message.
 * Join/leave/rename events of group chats carry no text and are passed over.
 */
export function conversationItems(record: unknown, index: number, context: ConversationContext): Item[] {
  const { tally, me } = context;
  const conversation = isObject(record) && isObject(record.dmConversation) ? record.dmConversation : undefined;
  const conversationId = conversation ? str(conversation.conversationId) : undefined;
  if (!conversation || !conversationId || !Array.isArray(conversation.messages)) {
    tally.skip(index, 'no "dmConversation" with a conversationId and messages');
    return [];
  }
  const members = context.group ? groupMembers(conversation.messages, me) : undefined;
  const items: Item[] = [];
  for (const entry of conversation.messages) {
    const message = isObject(entry) && isObject(entry.messageCreate) ? entry.messageCreate : undefined;
    if (!message) {
      if (!isObject(entry)) tally.skip(index, 'a message is not an object');
      continue;
    }
    const id = str(message.id);
    const senderId = str(message.senderId);
    if (!id || !senderId) {
      tally.skip(index, 'a message has no id or senderId');
      continue;
    }
    const outgoing = me !== undefined && senderId === me;
    const other = outgoing ? (str(message.recipientId) ?? members) : senderId;
    const createdAt = toIsoDate(message.createdAt);
    if (createdAt === null && message.createdAt !== undefined) tally.field('createdAt');
    if (message.text !== undefined && typeof message.text !== 'string') tally.field('text');
    const item: Item = {
      platform: 'x',
      kind: 'message',
      id,
      text: typeof message.text === 'string' ? decodeText(message.text) : '',
      createdAt,
      audience: 'private',
      engagement: {},
      media: dmMedia(message.mediaUrls, id, context.mediaDirs, context.media),
      locator: { input: context.input, file: context.file, index },
      url: `https://x.com/messages/${conversationId}`,
      direction: outgoing ? 'outgoing' : 'incoming',
      thread: conversationId,
      flags: {},
    };
    if (other) item.person = other.includes(', ') ? { name: other } : personOf(other, context.people);
    items.push(item);
  }
  return items;
}

/** Group chats have no recipientId: the other side is everyone else who wrote or joined. */
function groupMembers(messages: unknown[], me: string | undefined): string | undefined {
  const members = new Set<string>();
  for (const entry of messages) {
    if (!isObject(entry)) continue;
    for (const value of Object.values(entry)) {
      if (!isObject(value)) continue;
      const sender = str(value.senderId) ?? str(value.initiatingUserId);
      if (sender && sender !== me) members.add(sender);
      if (Array.isArray(value.userIds))
        for (const id of value.userIds) if (typeof id === 'string' && id !== me) members.add(id);
    }
  }
  return members.size ? [...members].sort().join(', ') : undefined;
}

function dmMedia(urls: unknown, messageId: string, dirs: readonly string[], media: MediaIndex): MediaRef[] {
  if (!Array.isArray(urls) || urls.length === 0) return [];
  const refs: MediaRef[] = [];
  const used = new Set<string>();
  for (const url of urls) {
    if (typeof url !== 'string') continue;
    const name = urlBasename(url);
    let path = dirs.map((dir) => `${dir}/${messageId}-${name}`).find((candidate) => media.has(candidate)) ?? null;
    if (path === null) path = media.glob(messageId, dirs).find((file) => !used.has(file)) ?? null;
    if (path) used.add(path);
    const lower = name.toLowerCase();
    const type: MediaRef['type'] = lower.endsWith('.mp4') ? 'video' : lower.endsWith('.gif') ? 'gif' : 'photo';
    refs.push({ path, type, ref: url });
  }
  return refs;
}

/**
 * Without account.js or a manifest, the account is the one id in every 1:1 conversation id (`<a>-<b>`).
 */
export async function guessAccountId(source: ExportSource, files: readonly string[]): Promise<string | undefined> {
  const counts = new Map<string, number>();
  let conversations = 0;
  for (const file of files) {
    let records: unknown[] | null = null;
    try {
      const parsed = parseYtd(await source.readText(file));
      records = parsed.ok ? parsed.value : null;
    } catch {
      records = null;
    }
    for (const record of records ?? []) {
      const conversation = isObject(record) && isObject(record.dmConversation) ? record.dmConversation : undefined;
      const id = conversation ? str(conversation.conversationId) : undefined;
      if (!id) continue;
      conversations++;
      for (const part of id.split('-')) counts.set(part, (counts.get(part) ?? 0) + 1);
    }
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const [id, count] of counts) {
    if (count > bestCount) {
      best = id;
      bestCount = count;
    }
  }
  return conversations > 1 && bestCount === conversations ? best : undefined;
}
