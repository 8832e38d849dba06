import { describe, expect, it } from 'vitest';
import type { Item, Platform } from '../core/item.js';
import { collectPeople, type NetworkPerson } from './people.js';
import { FIXTURE_OWN_NAMES, fixtureItems, jordanAtContosoUrl } from '../../test/fixtures/network.js';

let n = 0;
function item(platform: Platform, kind: Item['kind'], person: Item['person'], extra: Partial<Item> = {}): Item {
  n++;
  return {
    platform,
    kind,
    id: `t-${n}`,
    text: '',
    createdAt: '2025-01-01T00:00:00.000Z',
    audience: 'private',
    engagement: {},
    media: [],
    locator: { input: 'x', file: 'f', index: n },
    flags: {},
    person,
    ...extra,
  };
}

function named(people: readonly NetworkPerson[], name: string): NetworkPerson[] {
  return people.filter((person) => person.name === name);
}

describe('collectPeople on the persona’s exports', () => {
  const report = collectPeople(fixtureItems(), FIXTURE_OWN_NAMES);

  it('keeps two connections with the same name as two people, and ties neither to the Facebook friend', () => {
    const jordans = named(report.people, 'Jordan Lee');
    const linkedin = jordans.filter((person) => person.platforms.includes('linkedin') && person.company);
    expect(linkedin.map((person) => person.company).sort()).toEqual(['Contoso Bank', 'Contoso Ltd']);
    for (const person of linkedin) {
      expect(person.platforms).toEqual(['linkedin']);
      expect(person.evidence.join('\n')).toMatch(/not tied to Facebook friend "Jordan Lee": 2 people named/);
      // The message from "Jordan Lee" (no profile URL) could be either: counted for neither.
      expect(person.messages.count).toBe(0);
      expect(person.evidence.join('\n')).toMatch(/could be this person or 1 other/);
    }
    const friend = jordans.find((person) => person.platforms.includes('facebook'));
    expect(friend?.platforms).toEqual(['facebook']);
  });

  it('ties a LinkedIn connection to a Facebook friend written without accents, with the evidence', () => {
    const [zoe] = named(report.people, 'Zoë Ångström');
    expect(zoe?.platforms).toEqual(['linkedin', 'facebook']);
    expect(zoe?.company).toBe('Northwind Traders');
    expect(zoe?.messages.count).toBe(1);
    expect(zoe?.evidence.join('\n')).toContain('Facebook friend "Zoe Angstrom": same name apart from case, accents');
  });

  it('counts hidden profiles instead of listing nameless people', () => {
    expect(report.hidden).toEqual({ linkedin: 1 });
    expect(report.people.some((person) => person.name === '')).toBe(false);
  });

  it('counts conversations per person with direction and last date', () => {
    const [dana] = named(report.people, 'Dana Whitfield');
    expect(dana?.messages).toMatchObject({ count: 3, incoming: 2, outgoing: 1, last: '2026-08-14T08:10:00Z' });
  });

  it('leaves the user’s own outgoing group-chat messages out (they are addressed to the group)', () => {
    expect(named(report.people, 'Quiz Team')).toEqual([]);
    const [riley] = report.people.filter((person) => person.name === 'Riley Chen');
    // 2 direct messages + 1 in the group chat from Riley.
    expect(riley?.messages.count).toBe(3);
  });

  it('ties an Instagram handle that spells the name, saying it was a handle', () => {
    const [riley] = named(report.people, 'Riley Chen');
    expect(riley?.platforms).toEqual(['facebook', 'instagram']);
    expect(riley?.evidence.join('\n')).toContain('Instagram account @riley.chen');
  });
});

describe('collectPeople edge cases', () => {
  it('ties a message to the right one of two same-name connections by profile URL', () => {
    const items = fixtureItems();
    const url = jordanAtContosoUrl(items);
    items.push(
      item(
        'linkedin',
        'message',
        { name: 'Jordan Lee', url },
        { direction: 'incoming', createdAt: '2026-10-01T00:00:00Z' },
      ),
    );
    const jordans = collectPeople(items).people.filter((person) => person.name === 'Jordan Lee' && person.company);
    expect(jordans.find((person) => person.company === 'Contoso Ltd')?.messages.count).toBe(1);
    expect(jordans.find((person) => person.company === 'Contoso Bank')?.messages.count).toBe(0);
  });

  it('never ties a message to a same-name connection whose profile URL differs', () => {
    const items = [
      item('linkedin', 'connection', { name: 'Ana Ruiz', url: 'https://www.linkedin.com/in/ana-ruiz-1' }),
      item(
        'linkedin',
        'message',
        { name: 'Ana Ruiz', url: 'https://www.linkedin.com/in/ana-ruiz-2' },
        { direction: 'incoming' },
      ),
    ];
    const people = collectPeople(items).people;
    expect(people).toHaveLength(2);
    expect(people.find((person) => person.connections.length > 0)?.messages.count).toBe(0);
  });

  it('counts a connection listed twice with the same URL once', () => {
    const person = { name: 'Kim Park', url: 'https://www.linkedin.com/in/kim-park/', company: 'Litware' };
    const people = collectPeople([
      item('linkedin', 'connection', person),
      item('linkedin', 'connection', { ...person, url: 'https://linkedin.com/in/kim-park' }),
    ]).people;
    expect(people).toHaveLength(1);
    expect(people[0]?.evidence[0]).toContain('listed twice');
  });

  it('ties across networks when a middle name is left out, not on a bare initial', () => {
    const people = collectPeople([
      item('linkedin', 'connection', { name: 'Samuel J. Okafor', company: 'Litware' }),
      item('facebook', 'connection', { name: 'Samuel Okafor' }),
      item('linkedin', 'connection', { name: 'Grace Hopper', company: 'Fabrikam' }),
      item('facebook', 'connection', { name: 'G. Hopper' }),
    ]).people;
    const samuel = people.find((person) => person.name === 'Samuel J. Okafor');
    expect(samuel?.platforms).toEqual(['linkedin', 'facebook']);
    expect(samuel?.evidence.join()).toContain('middle name left out');
    expect(people.find((person) => person.name === 'Grace Hopper')?.platforms).toEqual(['linkedin']);
    expect(people.find((person) => person.name === 'G. Hopper')?.platforms).toEqual(['facebook']);
  });

  it('ties a name written in another script, with the evidence', () => {
    const people = collectPeople([
      item('linkedin', 'connection', { name: 'Dmitri Volkov', company: 'Litware' }),
      item('facebook', 'connection', { name: 'Дмитрий Волков' }),
    ]).people;
    expect(people).toHaveLength(1);
    expect(people[0]?.evidence.join()).toContain('another script');
  });

  it('leaves out the user’s own name and records with no person', () => {
    const people = collectPeople(
      [
        item('linkedin', 'message', { name: 'Alex Morgan' }, { direction: 'outgoing' }),
        item('linkedin', 'message', undefined, { direction: 'incoming' }),
        item('linkedin', 'connection', { name: 'Kim Park' }),
      ],
      ['Alex Morgan'],
    ).people;
    expect(people.map((person) => person.name)).toEqual(['Kim Park']);
  });
});

describe('Instagram follower and following lists', () => {
  it('reads the same account in both lists as one person, not a duplicate', () => {
    const person = { name: 'noor.haddad', handle: 'noor.haddad', url: 'https://www.instagram.com/noor.haddad' };
    const people = collectPeople([
      item('instagram', 'connection', person, { direction: 'incoming' }),
      item('instagram', 'connection', person, { direction: 'outgoing' }),
    ]).people;
    expect(people).toHaveLength(1);
    expect(people[0]?.connections.map((connection) => connection.direction)).toEqual(['incoming', 'outgoing']);
    expect(people[0]?.evidence).toEqual([]);
  });
});

describe('Instagram handles', () => {
  const follower = (handle: string): Item =>
    item(
      'instagram',
      'connection',
      { name: handle, handle, url: `https://www.instagram.com/${handle}` },
      { direction: 'incoming' },
    );

  it('ties a handle that spells exactly one person’s name, saying so', () => {
    const people = collectPeople([
      item('linkedin', 'connection', { name: 'Chris Novak', company: 'Wide World Importers' }),
      follower('chrisnovak.dev'),
      follower('sunset_photos'),
    ]).people;
    const chris = people.find((person) => person.name === 'Chris Novak')!;
    expect(chris.platforms).toEqual(['linkedin', 'instagram']);
    expect(chris.evidence.join()).toContain(
      'Instagram account @chrisnovak.dev and LinkedIn connection "Chris Novak": handle chrisnovak.dev spells the name',
    );
    expect(people.find((person) => person.name === 'sunset_photos')?.platforms).toEqual(['instagram']);
  });

  it('ties no one when the handle fits two people', () => {
    const people = collectPeople([
      item('linkedin', 'connection', {
        name: 'Jordan Lee',
        url: 'https://www.linkedin.com/in/jordan-lee-1',
        company: 'Contoso',
      }),
      item('linkedin', 'connection', {
        name: 'Jordan Lee',
        url: 'https://www.linkedin.com/in/jordan-lee-2',
        company: 'Contoso Bank',
      }),
      follower('jordanlee.codes'),
    ]).people;
    expect(people).toHaveLength(3);
    const handle = people.find((person) => person.platforms.includes('instagram'))!;
    expect(handle.evidence.join()).toContain('the handle fits 2 people');
    for (const jordan of people.filter((person) => person.platforms.includes('linkedin')))
      expect(jordan.evidence.join()).toContain('not tied to Instagram account @jordanlee.codes');
  });
});
