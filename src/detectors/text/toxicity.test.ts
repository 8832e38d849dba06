import { describe, expect, it } from 'vitest';
import { EMPTY_CONTEXT } from '../../core/detector.js';
import { itemOf } from '../../../test/fixtures/items.js';
import { loadModel, predict } from './model.js';
import { runTable } from '../../../test/fixtures/detector-table.js';
import { findToxicity, toxicityDetector } from './toxicity.js';

const insultsOf = (text: string) => findToxicity(text).filter((h) => h.category === 'insult');

describe('text/toxicity', () => {
  it('loads the committed model from the package', () => {
    const model = loadModel();
    expect(model).not.toBeNull();
    expect(model?.heads.map((h) => h.name)).toEqual(['offensive', 'hate']);
    const calm = predict(model!, 'Lovely morning walk with the dog');
    const rude = predict(model!, 'shut up you stupid bitch');
    expect(rude.offensive).toBeGreaterThan(calm.offensive as number);
  });

  runTable(toxicityDetector, 'insult', {
    invalid: [
      // targeted: you, a handle, he/she, a named person, a group, an exclamation, a name standing alone
      { text: 'you are a complete idiot', evidence: 'idiot', severity: 'medium' },
      { text: '@dave shut up loser', evidence: 'loser', severity: 'medium' },
      { text: 'what a pathetic clown he is', evidence: 'clown', severity: 'medium' },
      { text: 'such a loser', evidence: 'loser', severity: 'medium' },
      { text: 'Trump is a liar', evidence: 'liar', severity: 'medium' },
      { text: 'liberals are idiots', evidence: 'idiots', severity: 'medium' },
      { text: 'Idiot.', evidence: 'Idiot', severity: 'medium' },
      { text: 'you are so stupid and lazy', evidence: 'stupid', severity: 'low' },
      // strength: profane names and profane phrases are severe; descriptors, plain phrases and enthusiasm-prone
      // words mild; name-calling in between
      { text: 'oh shut up', evidence: 'shut up', severity: 'low' },
      { text: 'you are a fucking idiot', evidence: 'idiot', severity: 'high' },
      { text: 'he is such an asshole', evidence: 'asshole', severity: 'high' },
      { text: 'fuck you', evidence: 'fuck you', severity: 'high' },
      { text: "you're crazy", evidence: 'crazy', severity: 'low' },
      // the nouns whose verbs and compounds are not insults still are as nouns
      { text: 'you are a fool', evidence: 'fool', severity: 'medium' },
      { text: 'he is such a creep', evidence: 'creep', severity: 'medium' },
      { text: 'you are a racist', evidence: 'racist', severity: 'medium' },
    ],
    valid: [
      // enthusiasm idioms: an intensifier is not an insult
      'This new release is going to kick ass',
      '@jen you kick ass!',
      'insane deal on headphones today',
      'Insane deal, all headphones 50% off',
      'this pizza is crazy good',
      'the killer feature is offline sync',
      'sick view from the top',
      'what a sick view',
      'got a dope mug for my birthday',
      'that was fucking awesome',
      'you are insane, that run was amazing',
      // proper names and set phrases
      'We moved our warehouse to Snowflake last year',
      'Dick Cheney spoke at the dinner',
      'April fools everyone',
      'Fool me once, shame on you. Fool me twice, you are a fool.',
      // verbs and hyphenated compounds, not names for a person
      'You can fool all the people some of the time, but not all of the time',
      'the talk ran late: those who creep away and those who want more',
      '@sam you would make a great psycho-historian',
      // a name that is also an adjective, before a thing
      '@sam he made the headlines for a racist tirade on his show',
      // swearing with nobody insulted
      'this fucking traffic',
      'what a shitty day, the bus broke down twice',
      'This is garbage',
      // the writer, not someone else; denied insults
      'I felt like an idiot for forgetting my keys',
      '@sam I am such an idiot, left my keys at your place',
      'You are not stupid, you are learning',
      'Great game last night, congrats to the team',
      '',
    ],
  });

  it('reports an insult only by its words, never with handles or links as evidence', () => {
    const text = '@rick_p47 you people are a disgrace to this country https://t.co/aBcD';
    expect(insultsOf(text).map((h) => h.evidence.map((s) => s.text))).toEqual([['a disgrace']]);
    // no insult word: the classifier alone does not call these insults
    for (const plain of ['he wore an ugly sweater', '@rick_p47 go back to your cave https://t.co/aBcD'])
      expect(insultsOf(plain)).toEqual([]);
  });

  it('does not read a group named in a few neutral words as hate', () => {
    for (const text of [
      'gay',
      'Happy pride, gay and proud',
      'aliens',
      'Muslim American voters turned out',
      // a cause or a thing, not the people
      "if you don't like gay marriage, don't get gay married",
    ])
      expect(findToxicity(text).filter((h) => h.category === 'hate')).toEqual([]);
  });

  it('works without a model (lexicon only) and on odd input', () => {
    expect(findToxicity('you idiot', null).map((h) => [h.category, h.severity])).toEqual([['insult', 'medium']]);
    expect(findToxicity('hello', null)).toEqual([]);
    expect(() => toxicityDetector.detect(itemOf('\u0000\uffff\ud800 🎉 مرحبا'), EMPTY_CONTEXT)).not.toThrow();
  });
});
