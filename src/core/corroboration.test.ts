import { describe, expect, it } from 'vitest';
import type { Severity } from './categories.js';
import { withoutLoneWeakCues, type CueFinding } from './corroboration.js';

const cue = (itemId: string, ruleId: string, severity: Severity): CueFinding => ({
  platform: 'x',
  kind: 'post',
  itemId,
  ruleId,
  severity,
});

describe('withoutLoneWeakCues', () => {
  it.each([
    ['a lone mild swear', [cue('1', 'text/profanity', 'low')], []],
    ['a lone drink named', [cue('1', 'text/alcohol', 'low')], []],
    ['a lone grumble', [cue('1', 'text/complaint', 'low')], []],
    ['two weak cues of one rule', [cue('1', 'text/complaint', 'low'), cue('1', 'text/complaint', 'low')], []],
    ['a medium finding alone', [cue('1', 'text/profanity', 'medium')], [0]],
    ['a high finding alone', [cue('1', 'text/threat', 'high')], [0]],
    ['a weak cue backed by another rule', [cue('1', 'text/alcohol', 'low'), cue('1', 'text/complaint', 'low')], [0, 1]],
    [
      'a weak cue backed by a strong one',
      [cue('1', 'text/toxicity', 'low'), cue('1', 'text/profanity', 'high')],
      [0, 1],
    ],
    [
      'a weak text cue backed by a photo',
      [cue('1', 'text/alcohol', 'low'), cue('1', 'photo/alcohol', 'medium')],
      [0, 1],
    ],
    ['a liked post with a mild cue', [{ ...cue('1', 'text/alcohol', 'low'), kind: 'like' }], []],
    ['a repost with a mild swear', [{ ...cue('1', 'text/profanity', 'low'), kind: 'repost' }], []],
    [
      'a liked post with a strong swear, lowered one step',
      [{ ...cue('1', 'text/profanity', 'low'), kind: 'like', details: { severityAsWritten: 'medium' } }],
      [0],
    ],
    [
      'a quoted threat, lowered one step',
      [{ ...cue('1', 'text/threat', 'low'), details: { quoted: true, severityAsWritten: 'medium' } }],
      [0],
    ],
    [
      'two rules reading the same word ("sucks" as a swear and a grumble)',
      [
        { ...cue('1', 'text/profanity', 'low'), evidence: [{ start: 5, end: 10 }] },
        { ...cue('1', 'text/complaint', 'low'), evidence: [{ start: 5, end: 10 }] },
      ],
      [],
    ],
    [
      'two rules on different words back each other',
      [
        { ...cue('1', 'text/profanity', 'low'), evidence: [{ start: 0, end: 4 }] },
        { ...cue('1', 'text/alcohol', 'low'), evidence: [{ start: 20, end: 25 }] },
      ],
      [0, 1],
    ],
    ['a reply with a lone weak cue', [{ ...cue('1', 'text/profanity', 'low'), kind: 'reply' }], []],
    ['a weak photo finding alone', [cue('1', 'photo/alcohol', 'low')], [0]],
    [
      'cues on different items do not back each other',
      [cue('1', 'text/alcohol', 'low'), cue('2', 'text/complaint', 'low')],
      [],
    ],
  ])('%s', (_name, findings, keptIndexes) => {
    expect(withoutLoneWeakCues(findings).kept).toEqual(keptIndexes.map((index) => findings[index]));
  });

  it('counts the items left out entirely, once each', () => {
    const findings = [
      cue('1', 'text/complaint', 'low'),
      cue('1', 'text/complaint', 'low'),
      cue('2', 'text/alcohol', 'low'),
      cue('3', 'text/profanity', 'medium'),
    ];
    expect(withoutLoneWeakCues(findings).itemsHeldBack).toBe(2);
  });

  it('keeps the same post on another platform apart', () => {
    const findings = [cue('1', 'text/alcohol', 'low'), { ...cue('1', 'text/complaint', 'low'), platform: 'facebook' }];
    expect(withoutLoneWeakCues(findings).kept).toEqual([]);
  });
});
