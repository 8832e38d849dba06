/**
 * Every redirect draft goes through the outreach coach (src/coach) as a `redirect_reply`: none may draw a warning
 * or an error — in particular not `redirect-over-explains` or `redirect-no-alternative`.
 */
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../coach/index.js';
import type { Relationship } from '../config/triage.js';
import type { Platform } from '../core/item.js';
import { PEOPLE, PERSONA } from '../../test/fixtures/samples/persona.js';
import { greetingName, redirectReply } from './replies.js';

const NAMES = [...PEOPLE.map((person) => person.name), 'Дмитрий Волков', 'Lee, Jordan', 'Dr. Ana Ruiz', 'jordan lee'];
const CASES: { relationship: Relationship; platform: Platform; target: Platform }[] = [
  { relationship: 'coworker', platform: 'facebook', target: 'linkedin' },
  { relationship: 'manager-or-report', platform: 'instagram', target: 'linkedin' },
  { relationship: 'recruiter', platform: 'facebook', target: 'linkedin' },
  { relationship: 'candidate', platform: 'instagram', target: 'linkedin' },
  { relationship: 'client-or-vendor', platform: 'facebook', target: 'x' },
  { relationship: 'friend', platform: 'linkedin', target: 'facebook' },
];
const VARIANTS = [
  { profileUrl: PERSONA.linkedinUrl },
  {},
  { profileUrl: PERSONA.linkedinUrl, alreadyConnected: true },
  { alreadyConnected: true },
  { theyAskedThere: true },
  { profileUrl: PERSONA.facebookUrl, theyAskedThere: true, signature: 'Alex' },
];

describe('redirect drafts through the coach', () => {
  it('no draft draws a warning or an error', () => {
    let checked = 0;
    for (const name of NAMES)
      for (const { relationship, platform, target } of CASES)
        for (const variant of VARIANTS) {
          const text = redirectReply({ name, platform, relationship, target, signature: 'Alex', ...variant });
          const result = checkMessage(text, { kind: 'redirect_reply', platform, recipientName: name });
          const serious = result.findings.filter((finding) => finding.severity !== 'info');
          expect(serious, text).toEqual([]);
          checked++;
        }
    expect(checked).toBe(NAMES.length * CASES.length * VARIANTS.length);
  });

  it('the coach does catch a bad redirect (so the check above can fail)', () => {
    const bad = "Hi Jordan, we're not really friends, so it's my policy to decline. Don't take it personally.";
    const ids = checkMessage(bad, { kind: 'redirect_reply', platform: 'facebook' }).findings.map((f) => f.ruleId);
    expect(ids).toEqual(expect.arrayContaining(['redirect-over-explains', 'redirect-no-alternative']));
  });
});

describe('greetingName', () => {
  it.each([
    ['Jordan A. Lee', 'Jordan'],
    ['Lee, Jordan', 'Jordan'],
    ['Dr. Ana Ruiz', 'Ana'],
    ['jordan lee', 'Jordan'],
    ['ZOË ÅNGSTRÖM', 'Zoë'],
    ['李伟', '李伟'],
    ['Дмитрий Волков', 'Дмитрий'],
    ['chrisnovak.dev', ''],
  ])('%s → %s', (name, expected) => {
    expect(greetingName(name)).toBe(expected);
  });

  it('greets without a name when there is none to use', () => {
    const text = redirectReply({
      name: 'dmitri_v_1987',
      platform: 'instagram',
      relationship: 'peer',
      target: 'linkedin',
    });
    expect(text).toMatch(/^(Hi|Hello|Hey), /);
  });
});
