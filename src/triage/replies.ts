import type { Platform } from '../core/item.js';
import { WORK_RELATIONSHIPS, type Relationship } from '../config/triage.js';
import { looksLikeHandle, normalizeName } from '../people/names.js';
import { platformName } from './knowledge.js';

/**
 * Redirect replies: a short, warm note in the user's voice for someone whose request came on the wrong network.
 * The shape follows the etiquette (Emily Post; Arden Clise): thank them, one neutral sentence about where you keep
 * in touch with work contacts, the concrete other channel, a warm close. Never an explanation of why they are not
 * a "friend", never policy language.
 *
 * Each slot has several wordings; which one is picked is seeded by the person's name, so a dozen replies do not
 * read as one template and the same person always gets the same draft.
 */
export interface ReplyInput {
  /** The sender's name as the export gives it. */
  name: string;
  /** Where the request came. */
  platform: Platform;
  relationship: Relationship;
  /** Where to suggest instead. */
  target: Platform;
  /** The user's profile on the target network, from the policy. */
  profileUrl?: string;
  /** Already connected on the target: no invite to send, just the link. */
  alreadyConnected?: boolean;
  /** They also sent a request on the target network (which the policy accepts): say it is accepted. */
  theyAskedThere?: boolean;
  /** How the user signs ("Alex"). */
  signature?: string;
}

/** 32-bit FNV-1a: small, stable across runs and machines. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}

function pick<T>(options: readonly T[], seed: string, slot: string): T {
  return options[hash(`${slot}:${seed}`) % options.length] as T;
}

const HONORIFIC = /^(mr|mrs|ms|miss|mx|dr|prof)\.?$/i;

/** The name to greet someone by: "Jordan" for "Jordan A. Lee" and "Lee, Jordan"; "李伟" stays whole. */
export function greetingName(name: string): string {
  if (looksLikeHandle(name)) return '';
  let text = name.normalize('NFC').trim();
  const comma = text.split(',');
  if (comma.length === 2 && comma[0]?.trim() && comma[1]?.trim()) text = comma[1].trim();
  const words = text.split(/\s+/).filter((word) => word && !HONORIFIC.test(word));
  const first = words[0] ?? text;
  if (/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(first)) return words.join('');
  if (first === first.toLowerCase() || (first === first.toUpperCase() && first.length > 2))
    return first.charAt(0).toUpperCase() + first.slice(1).toLowerCase();
  return first;
}

const REQUEST_WORD: Readonly<Record<Platform, string>> = {
  facebook: 'friend request',
  instagram: 'follow request',
  linkedin: 'invitation',
  x: 'follow request',
};

const INVITE_WORD: Readonly<Record<Platform, string>> = {
  linkedin: 'an invitation',
  facebook: 'a request',
  instagram: 'a request',
  x: 'a request',
};

function contactsWord(relationship: Relationship): string {
  if (relationship === 'recruiter' || relationship === 'candidate') return 'professional contacts';
  if (relationship === 'coworker' || relationship === 'manager-or-report') return 'colleagues';
  return 'work contacts';
}

/** The reply draft for one redirect. Deterministic: the same input gives the same text. */
export function redirectReply(input: ReplyInput): string {
  const seed = normalizeName(input.name) || input.name;
  const first = greetingName(input.name);
  const here = platformName(input.platform);
  const there = platformName(input.target);
  const request = REQUEST_WORD[input.platform];
  const work = WORK_RELATIONSHIPS.includes(input.relationship);
  const contacts = contactsWord(input.relationship);

  const greeting = pick(['Hi', 'Hello', 'Hey'], seed, 'greeting');
  const thanks = pick(
    [
      `thanks so much for the ${request}!`,
      `thank you for reaching out on ${here}.`,
      `it was really nice to get your ${request}, thank you.`,
      `thanks for thinking of me here.`,
      `thank you for the ${request}, that was kind of you.`,
    ],
    seed,
    'thanks',
  );
  const neutral = work
    ? pick(
        [
          `${there} is where I stay in touch with ${contacts}.`,
          `I keep in touch with ${contacts} on ${there}.`,
          `${there} is where I keep up with ${contacts}.`,
          `For ${contacts}, ${there} is where you'll find me.`,
          `I mostly connect with ${contacts} over on ${there}.`,
        ],
        seed,
        'neutral',
      )
    : pick(
        [
          `${there} is where I catch up with friends and family.`,
          `I'm much more active on ${there}.`,
          `${there} is the best place to find me.`,
        ],
        seed,
        'neutral',
      );
  const url = input.profileUrl;
  const accepted = pick(
    [
      `I've accepted your ${REQUEST_WORD[input.target]} on ${there}`,
      `I just accepted your ${REQUEST_WORD[input.target]} on ${there} as well`,
    ],
    seed,
    'channel',
  );
  const channel = input.theyAskedThere
    ? url
      ? `${accepted}: ${url}`
      : `${accepted}.`
    : input.alreadyConnected
      ? url
        ? pick(
            [
              `We're already connected there, so let's keep in touch that way: ${url}`,
              `Since we're already connected there, message me any time: ${url}`,
            ],
            seed,
            'channel',
          )
        : pick(
            [
              `We're already connected there, so feel free to reach me that way.`,
              `Since we're already connected there, reach me there any time.`,
            ],
            seed,
            'channel',
          )
      : url
        ? pick(
            [
              `I've sent you an invite there: ${url}`,
              `I've just sent you ${INVITE_WORD[input.target]} on ${there} (${url}).`,
              `I've sent you ${INVITE_WORD[input.target]} there, and here is my profile: ${url}`,
              `You'll find an invite from me there: ${url}`,
            ],
            seed,
            'channel',
          )
        : pick(
            [
              `I've sent you an invite there.`,
              `I've just sent you ${INVITE_WORD[input.target]} on ${there}.`,
              `I've sent you an invite there, so it should be waiting for you.`,
            ],
            seed,
            'channel',
          );
  const close = pick(
    [
      'Looking forward to staying in touch.',
      'Hope the week is treating you well.',
      'Talk soon, and thanks again.',
      'Hope all is well with you.',
      'Looking forward to keeping up there.',
      'Have a great rest of your week.',
    ],
    seed,
    'close',
  );
  const signature = input.signature?.trim();
  const signoff = signature
    ? `\n${pick(['Best,', 'All the best,', 'Cheers,', 'Warmly,'], seed, 'signoff')}\n${signature}`
    : '';
  return `${greeting}${first ? ` ${first}` : ''}, ${thanks} ${neutral} ${channel}\n\n${close}${signoff}`;
}
