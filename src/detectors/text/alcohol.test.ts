import { describe, expect, it } from 'vitest';
import { EMPTY_CONTEXT } from '../../core/detector.js';
import { detect } from './alcohol.js';
import { itemOf } from '../../../test/fixtures/items.js';

const invalid: [string, string, string][] = [
  // text, severity, a word of the evidence
  ['So hungover at work right now, never again', 'high', 'hungover'],
  ['Got absolutely hammered last night lol', 'medium', 'hammered'],
  ['Everybody drunk tonight', 'medium', 'drunk'],
  ['Tequila shots with the crew!', 'low', 'Tequila'],
  ['I love beer', 'low', 'beer'],
  ['Back in college I used to get drunk every weekend', 'low', 'get drunk'],
  ['Wine night with the girls 🍷', 'low', 'Wine'],
  ['we got so wasted at @marcs party', 'medium', 'wasted'],
  ['lol you were even more wasted than me', 'medium', 'wasted'],
  ["I'm trashed, send help 🍻 #fridaynight", 'medium', 'trashed'],
  ['drunk on tequila again https://t.co/x', 'medium', 'drunk'],
];

const valid = [
  "I don't drink, but I'll come along",
  'Nice jump shot in the last quarter',
  'Great shot of the sunset with my new lens',
  'The bar chart shows revenue by quarter',
  'The Republican party announced its platform',
  'Grab a bottle of water before the run',
  'Drinking coffee and answering emails',
  'Three years sober today and grateful',
  'Root beer floats are the best',
  // everyday senses of the words for being drunk
  'I wasted so much of my time parsing dates in Java',
  'That sprint was even more wasted effort than the last one',
  'It was so wasted time, honestly',
  'Snow White is one of the most popularly trashed movies on IMDb',
  'We smashed it at the hackathon! #proud',
  // drunk on something that is not a drink is a figure of speech
  "I'm drunk on the mountains.",
  'Ich bin drunk on love',
  // someone else drunk is not the user drinking
  'Broken mic stand, a drunken audience member on stage singing, people dancing',
  // not drinks: a weapon, the opening of a joke
  'The radio is giving out instructions on how to make Molotov cocktails.',
  'A QA engineer walks into a bar.',
  '',
];

describe('text/alcohol', () => {
  it.each(invalid)('flags %j', (text, severity, word) => {
    const [hit] = detect(itemOf(text), EMPTY_CONTEXT);
    expect(hit?.category).toBe('alcohol');
    expect(hit?.severity).toBe(severity);
    expect(hit?.evidence.some((e) => e.text === word && text.slice(e.start, e.end) === word)).toBe(true);
  });

  it.each(valid)('passes %j', (text) => {
    expect(detect(itemOf(text), EMPTY_CONTEXT)).toEqual([]);
  });

  it('words a hungover work day plainly', () => {
    expect(detect(itemOf('hungover in the monday meeting'), EMPTY_CONTEXT)[0]?.reason).toBe(
      'Mentions being hungover on a work day',
    );
  });

  it('marks past drinking as past', () => {
    const [hit] = detect(itemOf('Years ago I was drunk at every party'), EMPTY_CONTEXT);
    expect(hit?.reason).toBe('Mentions drinking in the past');
  });

  it('audits likes at lower severity', () => {
    const [hit] = detect(itemOf('Got absolutely hammered last night', { kind: 'like' }), EMPTY_CONTEXT);
    expect(hit?.severity).toBe('low');
    expect(hit?.reason).toMatch(/^Liked a post that/);
  });

  it('survives a 1 MB post', () => {
    const huge = 'beer and a bar chart '.repeat(50_000);
    const hits = detect(itemOf(huge), EMPTY_CONTEXT);
    expect(hits).toHaveLength(1);
    expect(hits[0]?.evidence.length).toBeGreaterThan(0);
  });
});
