import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Db } from '../store/db.js';
import { findContact } from '../tracker/index.js';
import { buildNetworkMap } from './map.js';
import { FIXTURE_NOW, FIXTURE_OWN_NAMES, fixtureItems, fixturePositions } from '../../test/fixtures/network.js';
import { findPeople, trackPerson } from './track.js';

const map = buildNetworkMap({
  items: fixtureItems(),
  positions: fixturePositions(),
  ownNames: FIXTURE_OWN_NAMES,
  now: FIXTURE_NOW,
});

let db: Db;
beforeEach(() => {
  db = openStore(':memory:');
});
afterEach(() => db.close());

describe('findPeople', () => {
  it('finds a person by any spelling, and both people who share a name', () => {
    expect(findPeople(map, 'zoe angstrom').map((entry) => entry.person.name)).toEqual(['Zoë Ångström']);
    expect(
      findPeople(map, 'Jordan Lee')
        .map((entry) => entry.company.name)
        .sort(),
    ).toEqual(['Contoso', 'Contoso Bank']);
    expect(findPeople(map, 'Jordan Lee', 'Contoso Bank Ltd').map((entry) => entry.person.position)).toEqual([
      'Credit Analyst',
    ]);
    expect(findPeople(map, 'Jordan')).toEqual([]);
  });
});

describe('trackPerson', () => {
  it('adds the person to the contact tracker with employer, title, link and why', () => {
    const [sam] = findPeople(map, 'Sam O’Neil');
    const contact = trackPerson(db, sam!, FIXTURE_NOW);
    expect(contact).toMatchObject({
      name: 'Sam O’Neil',
      platform: 'linkedin',
      company: 'Fabrikam',
      position: 'Lead Developer',
      purpose: 'networking',
    });
    expect(contact.url).toMatch(/linkedin\.com\/in\/sam-o-neil/);
    expect(contact.note).toMatch(/^former colleague: worked with you at Fabrikam/);
    expect(findContact(db, 'sam oneil')?.id).toBe(contact.id);
  });

  it('never folds a second person with the same name into a tracked contact', () => {
    const [first, second] = findPeople(map, 'Jordan Lee');
    trackPerson(db, first!, FIXTURE_NOW);
    expect(() => trackPerson(db, second!, FIXTURE_NOW)).toThrow(/another person: it keeps one contact per name/);
    expect(findContact(db, 'Jordan Lee')?.company).toBe(first!.company.name);
  });
});
