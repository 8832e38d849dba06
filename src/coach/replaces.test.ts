import { describe, expect, it } from 'vitest';
import { applyFixes, characterLimit, checkMessage } from './index.js';
import { LIMITS } from './rules/platform-limit-exceeded.js';

const apply = (text: string, finding: { start: number; end: number; suggestion?: string }) =>
  text.slice(0, finding.start) + finding.suggestion + text.slice(finding.end);

describe('characterLimit', () => {
  it('reads the limits the platform-limit-exceeded rule enforces', () => {
    expect(characterLimit('linkedin', 'connection_note', 'free')).toBe(LIMITS.linkedinNoteFree);
    expect(characterLimit('linkedin', 'connection_note', 'premium')).toBe(LIMITS.linkedinNotePremium);
    expect(characterLimit('linkedin', 'first_message', 'free')).toBe(LIMITS.inmailBody);
    expect(characterLimit('x', 'first_message', null)).toBe(LIMITS.xDm);
    expect(characterLimit('email', 'email', null)).toBeNull();
  });

  it('flags a note exactly one character over the limit it reports', () => {
    const limit = characterLimit('linkedin', 'connection_note', 'free') as number;
    const at = (length: number) =>
      checkMessage('a'.repeat(length), {
        platform: 'linkedin',
        kind: 'connection_note',
        account: 'free',
      }).findings.some((f) => f.ruleId === 'platform-limit-exceeded');
    expect(at(limit)).toBe(false);
    expect(at(limit + 1)).toBe(true);
  });
});

describe('replaces', () => {
  it('marks drop-in fixes, and applying them clears the finding', () => {
    const text = 'Hello there, i saw your talk on caching. THIS WAS GREAT. Could I ask one question?';
    const result = checkMessage(text, { platform: 'linkedin', kind: 'first_message', recipientName: 'Dana Lee' });
    const dropIns = result.findings.filter((f) => f.replaces);
    expect(dropIns.map((f) => f.ruleId).sort()).toEqual(['all-caps', 'generic-greeting', 'overly-familiar']);
    for (const finding of dropIns) {
      const fixed = apply(text, finding);
      const again = checkMessage(fixed, { platform: 'linkedin', kind: 'first_message', recipientName: 'Dana Lee' });
      expect(again.findings.some((f) => f.ruleId === finding.ruleId)).toBe(false);
    }
  });

  it('leaves advice unmarked', () => {
    const result = checkMessage('Hi Ana, can you help me find anything?', {
      platform: 'linkedin',
      kind: 'connection_note',
    });
    const vague = result.findings.filter((f) => f.ruleId === 'vague-ask');
    expect(vague.length).toBeGreaterThan(0);
    expect(vague.every((f) => f.replaces === undefined)).toBe(true);
  });
});

describe('applyFixes', () => {
  const options = { platform: 'linkedin', kind: 'first_message' } as const;

  it('rewrites pressure, removes an apology and continues the greeting line in lowercase', () => {
    const text = 'Hi Ana, sorry to bother you. Could I ask one question about your caching talk? Please reply ASAP.';
    const { text: fixed, applied } = applyFixes(text, checkMessage(text, options).findings);
    expect(applied.map((f) => f.ruleId)).toEqual(['needy-or-apologetic', 'followup-pushy']);
    expect(fixed).toBe(
      'Hi Ana, could I ask one question about your caching talk? Whenever you have a moment, I would be grateful for your thoughts.',
    );
    const again = checkMessage(fixed, options).findings.map((f) => f.ruleId);
    expect(again).not.toContain('needy-or-apologetic');
    expect(again).not.toContain('followup-pushy');
  });

  it('applies one of two overlapping rewrites, and never a note', () => {
    const text = 'Hi Ana, I applied last week. Are you hiring? Thanks!';
    const findings = checkMessage(text, options).findings;
    expect(findings.some((f) => f.replaces && f.severity === 'info')).toBe(true);
    expect(applyFixes(text, findings).text).toBe(text);
    expect(applyFixes(text, findings, ['info']).applied).toHaveLength(1);
  });
});
