import { describe, expect, it } from 'vitest';
import { buildNetworkMap } from './map.js';
import { FIXTURE_NOW, FIXTURE_OWN_NAMES, fixtureItems, fixturePositions } from '../../test/fixtures/network.js';
import { fillReason, greetingName, REASON_PLACEHOLDER, suggestFirstStep } from './suggest.js';
import type { NetworkPerson } from './people.js';

const map = buildNetworkMap({
  items: fixtureItems(),
  positions: fixturePositions(),
  ownNames: FIXTURE_OWN_NAMES,
  now: FIXTURE_NOW,
});
const everyone = map.companies.flatMap((company) => company.people.map((person) => ({ company, person })));
const find = (name: string) => everyone.find((entry) => entry.person.name === name)!.person;

describe('suggestFirstStep', () => {
  it('leaves exactly one marked sentence for the user’s own reason in every draft', () => {
    expect(everyone.length).toBeGreaterThan(8);
    for (const { person } of everyone) {
      const draft = person.suggestion.draft;
      expect(draft.split(REASON_PLACEHOLDER)).toHaveLength(2);
      expect(draft).toMatch(/^Hi \S+,/);
      expect(draft).toMatch(/\?/);
    }
  });

  it('always suggests the professional network, saying so for people who are also personal friends', () => {
    for (const { person } of everyone) expect(person.suggestion.channel).toMatch(/^LinkedIn/);
    expect(find('Zoë Ångström').suggestion.channel).toContain('not Facebook or Instagram');
  });

  it('mentions the shared employer, the conversation, and the recruiter’s hiring', () => {
    const sam = find('Sam O’Neil');
    expect(sam.suggestion.draft).toContain('since we worked together at Fabrikam.');
    expect(sam.suggestion.mention[0]).toBe('your time together at Fabrikam (2019-06 – 2022-02)');
    expect(sam.suggestion.mention.join()).toContain('June 2021');
    const dana = find('Dana Whitfield');
    expect(dana.suggestion.draft).toContain('it was good that we talked in August 2026.');
    const taylor = find('Taylor Brooks');
    expect(taylor.suggestion.draft).toContain('how Tailspin Toys hires for engineering roles');
    const morgan = find('Morgan Diaz');
    expect(morgan.suggestion.draft).toContain('We connected here in 2020 but have not talked yet.');
  });

  it('greets by first name, or the whole name in scripts without spaces', () => {
    expect(greetingName('Sam O’Neil')).toBe('Sam');
    expect(greetingName('李伟')).toBe('李伟');
    expect(greetingName('Zoë Ångström')).toBe('Zoë');
    expect(find('李伟').suggestion.draft.startsWith('Hi 李伟,')).toBe(true);
  });

  it('writes a short connection note for someone not connected on LinkedIn, within 200 characters once filled', () => {
    const person: NetworkPerson = {
      id: 'facebook:1',
      name: 'Harper Quinn',
      platforms: ['facebook'],
      company: 'Woodgrove Bank',
      position: 'Engineering Manager',
      connections: [{ platform: 'facebook', at: '2015-01-01T00:00:00Z', direction: undefined }],
      messages: { count: 0, incoming: 0, outgoing: 0, first: null, last: null, platforms: [] },
      requests: [],
      evidence: [],
    };
    const suggestion = suggestFirstStep({
      person,
      company: 'Woodgrove Bank',
      role: 'hiring-manager',
      tie: { tie: 'not on LinkedIn', warmth: 8, evidence: [] },
      fields: ['engineering'],
    });
    expect(suggestion.kind).toBe('connection_note');
    expect(suggestion.channel).toMatch(/^LinkedIn invitation with a note .* not Facebook or Instagram/);
    expect(suggestion.draft).not.toContain('\n');
    const filled = fillReason(suggestion.draft, 'Your talk on payment fraud models at DevDays stuck with me.');
    expect(filled.length).toBeLessThanOrEqual(200);
    expect(filled).toBe(
      'Hi Harper, I see you work at Woodgrove Bank. Your talk on payment fraud models at DevDays stuck with me. Could I ask you two quick questions about Woodgrove Bank? Thank you either way.',
    );
  });

  it('fills the marked sentence with the user’s words', () => {
    const draft = find('Sam O’Neil').suggestion.draft;
    const filled = fillReason(draft, 'I saw Fabrikam is moving its billing to event sourcing, which I led a pilot of.');
    expect(filled).not.toContain('[');
    expect(filled).toContain('which I led a pilot of. Would you have 15 minutes');
  });
});
