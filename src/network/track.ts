/**
 * From the map to the contact tracker (src/tracker/): the people the user decides to write to become tracked
 * contacts, with their employer, title, profile link and why they are a warm path, so the coach can use the
 * history and the follow-up timing.
 */
import { namesMatch } from '../people/names.js';
import { CompanyResolver, type CompanyOverride } from '../people/companies.js';
import type { Db } from '../store/db.js';
import { addContact, findContact, type Contact } from '../tracker/index.js';
import type { MapCompany, MapPerson, NetworkMap } from './map.js';

export interface Placed {
  company: MapCompany;
  person: MapPerson;
}

/** Everyone on the map whose name matches `name` (any spelling), optionally only at `company`. */
export function findPeople(
  map: NetworkMap,
  name: string,
  company?: string,
  overrides: readonly CompanyOverride[] = [],
): Placed[] {
  const resolver = new CompanyResolver(overrides);
  const key = company === undefined ? undefined : resolver.key(company);
  const placed = map.companies
    .filter((entry) => key === undefined || entry.key === key)
    .flatMap((entry) => entry.people.map((person) => ({ company: entry, person })))
    .filter((entry) => namesMatch(name, entry.person.name).match);
  const exact = placed.filter((entry) => namesMatch(name, entry.person.name).exact);
  return exact.length > 0 ? exact : placed;
}

/** Adds one person from the map to the contact tracker (or fills in the contact already there). */
export function trackPerson(db: Db, placed: Placed, now = new Date()): Contact {
  const { company, person } = placed;
  // The tracker keeps one contact per name: never fold a second person with the same name into the first.
  const existing = findContact(db, person.name);
  const otherPerson =
    existing &&
    ((existing.url && person.url && existing.url !== person.url) ||
      (existing.company && company.name && existing.company !== company.name));
  if (otherPerson)
    throw new Error(
      `the tracker already has a ${existing.name}${existing.company ? ` at ${existing.company}` : ''}, another person: it keeps one contact per name, so ${person.name} at ${company.name} was not added`,
    );
  return addContact(
    db,
    {
      name: person.name,
      platform: 'linkedin',
      ...(company.name ? { company: company.name } : {}),
      ...(person.position ? { position: person.position } : {}),
      ...(person.url ? { url: person.url } : {}),
      purpose: 'networking',
      note: `${person.tie}${person.evidence[0] ? `: ${person.evidence[0]}` : ''}`,
    },
    now,
  );
}
