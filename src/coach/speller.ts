/**
 * Node-only: loads the English Hunspell dictionary (`dictionary-en`) into nspell. Kept apart from the rules so
 * the coach stays pure; the CLI and scripts pass the result as `options.speller`, a browser build can load the
 * same two files over HTTP and call `createSpeller`.
 */
import nspell from 'nspell';
import type { Speller } from './types.js';

/** Words the dictionary lacks that job seekers write all the time. */
const EXTRA_WORDS = [
  'linkedin',
  'inmail',
  'email',
  'emails',
  'emailed',
  'résumé',
  'resume',
  'cv',
  'onboarding',
  'runbook',
  'dataframes',
  'fintech',
  'startup',
  'startups',
  'webinar',
  'alum',
  'alumni',
  'recruiter',
  'recruiters',
];

export function createSpeller(dictionary: { aff: Uint8Array | string; dic: Uint8Array | string }): Speller {
  const spell = nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
  for (const word of EXTRA_WORDS) spell.add(word);
  return { correct: (word) => spell.correct(word), suggest: (word) => spell.suggest(word) };
}

let cached: Promise<Speller> | undefined;

/** The English speller, loaded once per process (~250 ms). */
export function loadSpeller(): Promise<Speller> {
  cached ??= import('dictionary-en').then((module) => createSpeller(module.default));
  return cached;
}
