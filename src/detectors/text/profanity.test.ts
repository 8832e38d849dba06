import { describe, expect, it } from 'vitest';
import { EMPTY_CONTEXT } from '../../core/detector.js';
import { itemOf } from '../../../test/fixtures/items.js';
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
  // a swear word inside a swearing compound or with an ending is still the swear word
  ['what a motherfucker', 'profanity', 'medium', 'fuck'],
  ['total bullshit @acme', 'profanity', 'medium', 'shit'],
  ['such a dickhead', 'profanity', 'medium', 'dick'],
  ['fuckinggg finally', 'profanity', 'medium', 'fuck'],
  ['this is a clusterfuck https://t.co/abc', 'profanity', 'medium', 'fuck'],
  ['you cocksucker', 'profanity', 'medium', 'cocks'],
  ['You mean Mr. FuckYourCivilLiberties? http://t.co/hd9DCoWM', 'profanity', 'medium', 'Fuck'],
  ['fight me cuntz 😂', 'profanity', 'high', 'cunt'],
  ['all the faggots were too stupid', 'hate', 'high', 'fag'],
  ['I like her more than cuntslutfaggot', 'profanity', 'high', 'cunt'],
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
  // the letters of a swear word inside another word, in any language or a name: not swearing
  'Horrific photo of the Fukushima tsunami',
  'Notte notte fagiolini :3',
  'Hi Sanusi, please send the business plan',
  'Thanks so much! Tolulope Fagbohunmi',
  'Le feuilleton de Sakusha est fini',
  // "sex" as a topic or a gender, not talk of sex
  'Music, academics, politics, the opposite sex and many more',
  'Workshop topics: bullying, Sex Education, safety',
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

  it('lowers a message the user received, keeping the strength of its words for the weak-cue rule', () => {
    const [hit] = detect(
      itemOf('what the fuck is this offer', { kind: 'message', direction: 'incoming' }),
      EMPTY_CONTEXT,
    );
    expect(hit?.severity).toBe('low');
    expect(hit?.reason).toMatch(/^Received a message that uses strong swear words/);
    expect(hit?.details?.['severityAsWritten']).toBe('medium');
    const [sent] = detect(
      itemOf('what the fuck is this offer', { kind: 'message', direction: 'outgoing' }),
      EMPTY_CONTEXT,
    );
    expect(sent?.severity).toBe('medium');
  });

  it('lowers swearing inside a quoted lyric or a song title', () => {
    const [lyric] = detect(itemOf("“I don't give a fuck about the rain tonight” what a song"), EMPTY_CONTEXT);
    expect([lyric?.severity, lyric?.details?.['quoted']]).toEqual(['low', true]);
    expect(lyric?.reason).toMatch(/^Quotes a line that uses strong swear words/);
    const [own] = detect(itemOf('“I love this song” and fuck the haters'), EMPTY_CONTEXT);
    expect(own?.severity).toBe('medium');
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
