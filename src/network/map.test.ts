import { describe, expect, it } from 'vitest';
import { buildNetworkMap, findCompany, networkJson, peopleWithoutCompany, type NetworkInput } from './map.js';
import { FIXTURE_NOW, FIXTURE_OWN_NAMES, fixtureItems, fixturePositions } from '../../test/fixtures/network.js';

function input(extra: Partial<NetworkInput> = {}): NetworkInput {
  return {
    items: fixtureItems(),
    positions: fixturePositions(),
    ownNames: FIXTURE_OWN_NAMES,
    now: FIXTURE_NOW,
    ...extra,
  };
}

describe('buildNetworkMap on the persona’s exports', () => {
  const map = buildNetworkMap(input());
  const byName = new Map(map.companies.map((company) => [company.name, company]));

  it('ranks the employers with former colleagues first and the current employer last', () => {
    expect(map.companies[0]?.name).toBe('Fabrikam');
    expect(map.companies[1]?.name).toBe('Northwind Traders');
    expect(map.companies.at(-1)?.name).toBe('Contoso');
    expect(map.companies.at(-1)?.current).toBe(true);
  });

  it('groups company spellings and keeps Contoso Bank and the Cyrillic Контосо apart', () => {
    expect(byName.get('Contoso')?.variants.sort()).toEqual(['Contoso', 'Contoso Ltd', 'Contoso Ltd.']);
    expect(byName.get('Fabrikam')?.variants).toEqual(['Fabrikam, Inc.', 'Fabrikam Inc.']);
    expect(byName.get('Contoso Bank')?.people.map((person) => person.name)).toEqual(['Jordan Lee']);
    expect(byName.get('Контосо')?.variants).toEqual(['ООО «Контосо»']);
    expect(byName.get('蓝海科技')?.people.map((person) => person.name)).toEqual(['李伟']);
  });

  it('marks former colleagues, recruiters and likely hiring managers, with the why', () => {
    const fabrikam = byName.get('Fabrikam')!;
    expect(fabrikam.people.map((person) => [person.name, person.role, person.tie])).toEqual([
      ['Sam O’Neil', 'hiring-manager', 'former colleague'],
      ['Elena Fischer', 'recruiter', 'former colleague'],
    ]);
    expect(fabrikam.people[0]?.evidence[0]).toContain('connected 2019-09-16, while you were there');
    const taylor = byName.get('Tailspin Toys')!.people[0]!;
    expect([taylor.role, taylor.tie]).toEqual(['recruiter', 'recent conversation']);
    const contoso = byName.get('Contoso')!.people.map((person) => [person.name, person.role, person.tie]);
    expect(contoso).toEqual([
      ['Priya Raman', 'hiring-manager', 'current colleague'],
      ['Jordan Lee', 'peer', 'current colleague'],
    ]);
  });

  it('tells connections made long ago with no messages from recent conversations', () => {
    const tie = (company: string) => byName.get(company)!.people[0]!.tie;
    expect(tie('Litware')).toBe('connected long ago, no messages');
    expect(tie('Adventure Works')).toBe('recent conversation');
    expect(tie('Wide World Importers')).toBe('connected');
    expect(byName.get('Litware')!.people[0]!.evidence).toContain('no messages with them in the exports');
  });

  it('reports the hidden profile and the connection with no company', () => {
    expect(map.stats).toMatchObject({ hidden: 1, withoutCompany: 1 });
    expect(map.notes.join('\n')).toContain('hidden profiles');
    expect(peopleWithoutCompany(input()).map((person) => person.name)).toEqual(['Noor Haddad']);
  });

  it('prints the JSON contract with exactly the agreed keys', () => {
    const json = networkJson(map.companies);
    expect(Object.keys(json)).toEqual(['companies']);
    for (const company of json.companies) {
      expect(Object.keys(company)).toEqual(['name', 'variants', 'people']);
      for (const person of company.people)
        expect(Object.keys(person)).toEqual(['name', 'platforms', 'position', 'role', 'tie', 'evidence', 'suggestion']);
    }
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('finds a company by any spelling', () => {
    expect(findCompany(map, 'FABRIKAM INC.').map((company) => company.name)).toEqual(['Fabrikam']);
    expect(findCompany(map, 'contoso').map((company) => company.name)).toEqual(['Contoso']);
    expect(findCompany(map, 'Globex')).toEqual([]);
  });
});

describe('buildNetworkMap with the user’s corrections and targets', () => {
  it('lists targets first, even with nobody known there', () => {
    const map = buildNetworkMap(input({ targets: ['Litware Inc.', 'Globex Corporation'] }));
    expect(map.companies.slice(0, 2).map((company) => [company.name, company.people.length])).toEqual([
      ['Litware', 1],
      ['Globex', 0],
    ]);
    expect(map.companies.slice(0, 2).every((company) => company.target)).toBe(true);
  });

  it('pins Contoso Bank to Contoso, keeping the two Jordan Lees two people', () => {
    const map = buildNetworkMap(input({ overrides: [{ action: 'pin', variant: 'Contoso Bank', target: 'Contoso' }] }));
    const contoso = map.companies.find((company) => company.name === 'Contoso')!;
    expect(contoso.variants).toContain('Contoso Bank');
    expect(contoso.people.filter((person) => person.name === 'Jordan Lee')).toHaveLength(2);
    expect(map.companies.some((company) => company.name === 'Contoso Bank')).toBe(false);
    const banker = contoso.people.find((person) => person.position === 'Credit Analyst')!;
    expect(banker.evidence.join('\n')).toContain('pinned by you');
  });

  it('splits a spelling off its employer', () => {
    const map = buildNetworkMap(input({ overrides: [{ action: 'split', variant: 'Fabrikam Inc.' }] }));
    const names = map.companies.map((company) => company.name);
    expect(names).toContain('Fabrikam Inc.');
    expect(map.companies.find((company) => company.name === 'Fabrikam Inc.')?.people.map((p) => p.name)).toEqual([
      'Sam O’Neil',
    ]);
  });

  it('says which export is missing when there are no LinkedIn connections, positions or messages', () => {
    const facebookOnly = fixtureItems().filter((item) => item.platform === 'facebook' && item.kind !== 'message');
    const map = buildNetworkMap(input({ items: facebookOnly, positions: [] }));
    expect(map.companies).toEqual([]);
    expect(map.notes).toContain('No LinkedIn connections found: add your LinkedIn export (Connections.csv)');
    expect(map.notes.join('\n')).toContain('Positions.csv');
    expect(map.notes.join('\n')).toContain('messages.csv');
  });

  it('does not call someone a former colleague when you connected long after leaving', () => {
    const items = fixtureItems().map((item) =>
      (item.person?.name === 'Sam O’Neil' || item.person?.name === 'Elena Fischer') && item.kind === 'connection'
        ? { ...item, createdAt: '2024-06-01T00:00:00.000Z' }
        : item,
    );
    const fabrikam = buildNetworkMap(input({ items })).companies.find((company) => company.name === 'Fabrikam')!;
    const sam = fabrikam.people.find((person) => person.name === 'Sam O’Neil')!;
    const elena = fabrikam.people.find((person) => person.name === 'Elena Fischer')!;
    expect(elena.tie).toBe('same employer, other years');
    expect(elena.suggestion.draft).toContain('We worked at Fabrikam too, if not at the same time.');
    // Their 2021 conversation is now the warmest tie; the shared employer is still shown.
    expect(sam.tie).toBe('past conversation');
    expect(sam.evidence.join('\n')).toContain('connected 2024-06-01, outside that time');
  });

  it('judges recency from the given date', () => {
    const later = buildNetworkMap(input({ now: new Date('2028-01-01T00:00:00Z') }));
    const dana = later.companies.find((company) => company.name === 'Adventure Works')!.people[0]!;
    expect(dana.tie).toBe('past conversation');
  });
});
