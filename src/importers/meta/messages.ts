import type { Item, MediaRef } from '../../core/item.js';
import type { ExportSource } from '../../source/types.js';
import type { ImportSink } from '../types.js';
import {
  asArray,
  isObject,
  isoFromMs,
  locatorOf,
  mediaRefOf,
  readMetaJson,
  shortHash,
  str,
  type Json,
  type JsonObject,
} from './read.js';
import type { MetaRun } from './run.js';

/**
 * Messenger and Instagram Direct threads share one format:
 * `{participants[{name}], messages[{sender_name, timestamp_ms, content, photos[{uri}], share{link}}], title, thread_path}`.
 */

/** Paths of message thread files under any of the folders Meta uses. */
export const MESSAGE_FILE =
  /(?:^|\/)messages\/(?:inbox|archived_threads|message_requests|filtered_threads|e2ee_cutover)\/[^/]+\/message_\d+\.json$/;

function participantsOf(thread: JsonObject): string[] {
  return asArray(thread.participants)
    .map((participant) => (isObject(participant) ? str(participant.name) : str(participant)))
    .filter((name): name is string => Boolean(name));
}

function threadOf(file: string, thread: JsonObject): string {
  return str(thread.thread_path) ?? file.replace(/^.*?messages\//, '').replace(/\/message_\d+\.json$/, '');
}

const MEDIA_KEYS = ['photos', 'videos', 'gifs', 'audio_files', 'files'];

/** Reads one thread file into `message` items; never throws. */
export function readMessageThread(run: MetaRun<'facebook' | 'instagram'>, file: string, value: Json): void {
  if (!isObject(value) || !Array.isArray(value.messages)) {
    run.sink.problem({
      file,
      message: 'does not have the expected shape ({participants, messages: [...]}); skipped',
    });
    return;
  }
  const participants = participantsOf(value);
  const thread = threadOf(file, value);
  const others = participants.filter((name) => name !== run.owner);
  const title = str(value.title);
  const group = others.length > 1;
  const prefix = run.platform === 'facebook' ? 'fb' : run.platform === 'instagram' ? 'ig' : run.platform;
  value.messages.forEach((message, index) => {
    if (!isObject(message)) return run.bad.record(file, `message ${index} is not an object`);
    const sender = str(message.sender_name);
    if (!sender) return run.bad.record(file, `message ${index} has no sender_name`);
    const media: MediaRef[] = [];
    for (const key of MEDIA_KEYS) {
      for (const entry of asArray(message[key])) {
        const ref = isObject(entry) ? mediaRefOf(run.source, entry) : undefined;
        if (ref) media.push(ref);
      }
    }
    let text = str(message.content) ?? '';
    const share = isObject(message.share) ? str(message.share.link) : undefined;
    if (share && !text.includes(share)) text = text ? `${text}\n${share}` : share;
    if (!text && media.length === 0) return; // calls, reactions-only and unsent messages carry nothing to audit
    const outgoing = run.owner !== undefined && sender === run.owner;
    const otherName = outgoing ? (group ? (title ?? others.join(', ')) : others[0]) : sender;
    const stamp = typeof message.timestamp_ms === 'number' ? message.timestamp_ms : 0;
    const item: Item = {
      platform: run.platform,
      kind: 'message',
      id: run.ids.unique(`${prefix}-msg-${stamp}-${shortHash(thread, sender, text)}`),
      text,
      createdAt: isoFromMs(message.timestamp_ms),
      audience: 'private',
      engagement: {},
      media,
      locator: locatorOf(run.source, file, index),
      thread,
      direction: outgoing ? 'outgoing' : 'incoming',
      flags: {},
      ...(otherName ? { person: { name: otherName } } : {}),
    };
    run.sink.item(item);
  });
}

/**
 * Without a profile, the owner is the participant found in more threads than anyone else; with a tie (a single
 * thread, say) nobody is guessed and every message reads as incoming.
 */
export async function guessOwner(source: ExportSource, files: readonly string[]): Promise<string | undefined> {
  const counts = new Map<string, number>();
  const quiet: ImportSink = { item() {}, problem() {}, account() {}, position() {} };
  for (const file of files) {
    const value = await readMetaJson(source, file, quiet);
    if (!isObject(value)) continue;
    for (const name of new Set(participantsOf(value))) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && (!second || first[1] > second[1]) && first[1] > 1 ? first[0] : undefined;
}
