import { describe, expect, it } from 'vitest';
import { EMPTY_CONTEXT } from '../../core/detector.js';
import { itemOf } from './fixtures.js';
import { detect, findProfanity } from './profanity.js';

const invalid: [string, string, string, string][] = [
  // text, category, severity, evidence
  ['what the fuck is this', 'profanity', 'medium', 'fuck'],
  ['f*ck this traffic', 'profanity', 'medium', 'f*ck'],
  ['sh1t happens', 'profanity', 'medium', 'sh1t'],
  ['FUUUUCK mondays', 'profanity', 'medium', 'FUUUUCK'],
  ['he is such a bastard', 'profanity', 'low', 'bastard'],
  ['you absolute cunt', 'profanity', 'high', 'cunt'],
  ['watching porn all day', 'sexual', 'medium', 'porn'],
  ['what an a$$hole', 'profanity', 'low', 'a$$'],
  ['this is b1tchy', 'profanity', 'medium', 'b1tch'],
  ['sssshit', 'profanity', 'medium', 'ssshit'],
  ['Sh!t happens', 'profanity', 'medium', 'Sh!t'],
  // mild swearing is low, whatever it is said about
  ['what the hell is this', 'profanity', 'low', 'hell'],
  ['damn it, missed the train', 'profanity', 'low', 'damn'],
  ['this update is crap', 'profanity', 'low', 'crap'],
  ['This new release is going to kick ass', 'profanity', 'low', 'ass'],
  // strong swearing is medium also as an intensifier of praise
  ['that was fucking awesome', 'profanity', 'medium', 'fuck'],
];

const valid = [
  'Had a great day at the beach with friends',
  'The assassin class is overpowered',
  'Greetings from Scunthorpe!',
  'Cocktail recipes for the holidays',
  'I love shiitake mushrooms',
  'Analysis of the class assignment',
  'Hello from the shell script',
  'Human trafficking is a crime',
  '𝗔𝗯𝗼𝘂𝘁 our 𝗮𝗻𝗮𝗹𝘆𝘁𝗶𝗰𝘀 team',
  'Food porn tonight: ramen and gyoza',
  'Dick Cheney spoke at the dinner',
  'Hellboy is on tonight',
  '',
];

describe('text/profanity', () => {
  it.each(invalid)('flags %j', (text, category, severity, evidence) => {
    const [hit] = detect(itemOf(text), EMPTY_CONTEXT);
    expect(hit).toBeDefined();
    expect(hit?.category).toBe(category);
    expect(hit?.severity).toBe(severity);
    expect(hit?.evidence[0]?.text).toBe(evidence);
    expect(text.slice(hit?.evidence[0]?.start, hit?.evidence[0]?.end)).toBe(evidence);
    expect(hit?.reason).toMatch(/^Uses /);
  });

  it.each(valid)('passes %j', (text) => {
    expect(detect(itemOf(text), EMPTY_CONTEXT)).toEqual([]);
  });

  it('reports slurs as hate, high severity', () => {
    const hits = findProfanity('what a retard');
    expect(hits.map((h) => [h.category, h.severity])).toEqual([['hate', 'high']]);
  });

  it('lowers severity and rewords for likes', () => {
    const [hit] = detect(itemOf('fuck yes', { kind: 'like', author: 'someone' }), EMPTY_CONTEXT);
    expect(hit?.severity).toBe('low');
    expect(hit?.reason).toMatch(/^Liked a post that uses strong swear words/);
  });

  it('judges an endorsing reply with what it answers', () => {
    const item = itemOf('so true 👏', { kind: 'reply', inReplyTo: { text: 'this shit is broken' } });
    const [hit] = detect(item, EMPTY_CONTEXT);
    expect(hit?.reason).toMatch(/^Agrees with a post that uses strong swear words/);
    expect(hit?.evidence[0]?.text).toBe('so true 👏');
  });

  it('does not flag a reply that only answers a profane post with its own clean words', () => {
    const item = itemOf('I think we should talk about this calmly', {
      kind: 'reply',
      inReplyTo: { text: 'this shit is broken' },
    });
    expect(detect(item, EMPTY_CONTEXT)).toEqual([]);
  });

  it('survives huge and odd input', () => {
    const huge = 'fuck '.repeat(210_000);
    expect(() => detect(itemOf(huge), EMPTY_CONTEXT)).not.toThrow();
    expect(detect(itemOf(huge), EMPTY_CONTEXT)[0]?.evidence.length).toBeGreaterThan(0);
    const garbage = String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 65536));
    expect(() => detect(itemOf(garbage), EMPTY_CONTEXT)).not.toThrow();
    expect(detect(itemOf('שלום עולם 🎉 مرحبا 你好'), EMPTY_CONTEXT)).toEqual([]);
  });
});
