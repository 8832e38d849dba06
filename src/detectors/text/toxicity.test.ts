import { describe, expect, it } from 'vitest';
import { EMPTY_CONTEXT } from '../../core/detector.js';
import { itemOf } from './fixtures.js';
import { loadModel, predict } from './model.js';
import { runTable } from './table.js';
import { findToxicity, toxicityDetector } from './toxicity.js';

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
      { text: 'you are a complete idiot', evidence: 'idiot', severity: 'high' },
      { text: '@dave shut up loser', evidence: 'loser' },
      { text: 'what a pathetic clown he is', evidence: 'pathetic' },
      { text: 'such a loser', evidence: 'loser' },
    ],
    valid: [
      'Great game last night, congrats to the team',
      'I felt like an idiot for forgetting my keys',
      'You are not stupid, you are learning',
      'what a shitty day, the bus broke down twice',
      '',
    ],
  });

  it('works without a model (lexicon only) and on odd input', () => {
    expect(findToxicity('you idiot', null).map((h) => h.category)).toEqual(['insult']);
    expect(findToxicity('hello', null)).toEqual([]);
    expect(() => toxicityDetector.detect(itemOf('\u0000\uffff\ud800 🎉 مرحبا'), EMPTY_CONTEXT)).not.toThrow();
  });
});
