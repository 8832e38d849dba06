/**
 * The network map: which employers the user knows people at, how warm those ties are, and a first step per person.
 * Pure: Items, Positions, overrides and targets in; the map out (the CLI reads them from the store).
 */
import { PLATFORM_NAMES, type Item, type Position } from '../core/item.js';
import {
  CompanyResolver,
  companyDisplayName,
  groupCompanies,
  isBlankCompany,
  type CompanyOverride,
} from '../people/companies.js';
import { collectPeople, type NetworkPerson } from './people.js';
import { roleOf, userFields, type Role } from './roles.js';
import { suggestFirstStep, type Suggestion } from './suggest.js';
import { tieOf, type Tie } from './ties.js';
import type { Platform } from '../core/item.js';

export interface NetworkInput {
  items: readonly Item[];
  positions: readonly Position[];
  /** The user's own names (from the exports' accounts), never listed as people. */
  ownNames?: readonly string[];
  overrides?: readonly CompanyOverride[];
  /** The user's target employers, as typed: listed first, even when nobody there is known yet. */
  targets?: readonly string[];
  now: Date;
}

export interface MapPerson {
  name: string;
  platforms: Platform[];
  position: string | null;
  role: Role;
  tie: Tie;
  evidence: string[];
  suggestion: Suggestion;
  /** Sort weight (not in the JSON contract). */
  warmth: number;
  /** Profile URL when the export has one (not in the JSON contract). */
  url?: string;
}

export interface MapCompany {
  key: string;
  name: string;
  variants: string[];
  people: MapPerson[];
  /** Sum of the people's warmth: the ranking score. */
  score: number;
  target: boolean;
  /** One of the user's current employers: listed after the others (a job seeker looks elsewhere). */
  current: boolean;
}

export interface NetworkMap {
  companies: MapCompany[];
  /** What is missing or could not be placed, with the export that holds it. */
  notes: string[];
  stats: { people: number; placed: number; withoutCompany: number; hidden: number };
}

const ROLE_ORDER: readonly Role[] = ['hiring-manager', 'recruiter', 'executive', 'peer', 'other', 'unknown'];

function notesFor(
  report: ReturnType<typeof collectPeople>,
  positions: readonly Position[],
  withoutCompany: number,
): string[] {
  const notes: string[] = [];
  if (!report.counts.connections.linkedin)
    notes.push('No LinkedIn connections found: add your LinkedIn export (Connections.csv)');
  if (positions.length === 0)
    notes.push(
      'No positions of yours found, so former colleagues cannot be recognised: add your LinkedIn export (Positions.csv) or your Facebook export (profile_information with work history)',
    );
  if (report.counts.messages === 0)
    notes.push(
      'No messages found, so recent conversations cannot be seen: add your LinkedIn export (messages.csv) or the messages/inbox folder of your Facebook or Instagram export',
    );
  const hidden = Object.entries(report.hidden)
    .map(([platform, count]) => `${count} ${PLATFORM_NAMES[platform as Platform]}`)
    .join(', ');
  if (hidden)
    notes.push(
      `${hidden} connection(s) have hidden profiles (only a date, no name): not shown, since nobody can be told apart`,
    );
  if (withoutCompany > 0)
    notes.push(
      `${withoutCompany} LinkedIn connection(s) list no company: not placed under any employer (see them with --company "")`,
    );
  return notes;
}

/** Builds the map: employers ranked by how many people the user knows there and how warm the ties are. */
export function buildNetworkMap(input: NetworkInput): NetworkMap {
  const { positions, now } = input;
  const overrides = input.overrides ?? [];
  const resolver = new CompanyResolver(overrides);
  const report = collectPeople(input.items, input.ownNames ?? []);
  const fields = userFields(positions.map((position) => position.title));
  const currentKeys = new Set(
    positions.filter((position) => !position.finishedOn).map((position) => resolver.key(position.company)),
  );
  const targetNames = input.targets ?? [];
  const targetKeys = new Set(targetNames.map((target) => resolver.key(target)));

  const placed = report.people.filter((person) => !isBlankCompany(person.company));
  const withoutCompany = report.people.filter(
    (person) => isBlankCompany(person.company) && person.connections.some((c) => c.platform === 'linkedin'),
  ).length;
  const groups = groupCompanies(
    [...placed.map((person) => person.company!), ...targetNames, ...positions.map((position) => position.company)],
    overrides,
  );
  const byKey = new Map<string, MapCompany>();
  for (const group of groups) {
    byKey.set(group.key, {
      key: group.key,
      name: group.name,
      variants: group.variants,
      people: [],
      score: 0,
      target: targetKeys.has(group.key),
      current: currentKeys.has(group.key),
    });
  }
  for (const person of placed) {
    const company = byKey.get(resolver.key(person.company!))!;
    company.people.push(mapPerson(person, company.name, positions, resolver, fields, now));
  }
  const companies = [...byKey.values()].filter((company) => company.people.length > 0 || company.target);
  for (const company of companies) {
    company.people.sort(
      (a, b) =>
        b.warmth - a.warmth || ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.name.localeCompare(b.name),
    );
    company.score = company.people.reduce((sum, person) => sum + person.warmth, 0);
  }
  companies.sort(
    (a, b) =>
      Number(b.target) - Number(a.target) ||
      Number(a.current) - Number(b.current) ||
      b.score - a.score ||
      b.people.length - a.people.length ||
      a.name.localeCompare(b.name),
  );
  return {
    companies,
    notes: notesFor(report, positions, withoutCompany),
    stats: {
      people: report.people.length,
      placed: placed.length,
      withoutCompany,
      hidden: Object.values(report.hidden).reduce((sum, count) => sum + count, 0),
    },
  };
}

function mapPerson(
  person: NetworkPerson,
  company: string,
  positions: readonly Position[],
  resolver: CompanyResolver,
  fields: readonly string[],
  now: Date,
): MapPerson {
  const role = roleOf(person.position, fields);
  const tie = tieOf(person, positions, resolver, now);
  const evidence = [...tie.evidence];
  if (role.role !== 'unknown') evidence.push(role.reason);
  const written = person.company;
  if (written && (companyDisplayName(written) !== company || resolver.key(written).startsWith('=')))
    evidence.push(`employer written "${written}": ${resolver.explain(written)}`);
  evidence.push(...person.evidence);
  return {
    name: person.name,
    platforms: person.platforms,
    position: person.position ?? null,
    role: role.role,
    tie: tie.tie,
    evidence,
    suggestion: suggestFirstStep({ person, company, role: role.role, tie, fields }),
    warmth: tie.warmth,
    ...(person.url ? { url: person.url } : {}),
  };
}

/** People the exports hold with no employer (LinkedIn connections without a company), for `--company ""`. */
export function peopleWithoutCompany(input: NetworkInput): MapPerson[] {
  const resolver = new CompanyResolver(input.overrides ?? []);
  const report = collectPeople(input.items, input.ownNames ?? []);
  const fields = userFields(input.positions.map((position) => position.title));
  return report.people
    .filter((person) => isBlankCompany(person.company) && person.connections.some((c) => c.platform === 'linkedin'))
    .map((person) => mapPerson(person, 'their company', input.positions, resolver, fields, input.now))
    .sort((a, b) => b.warmth - a.warmth || a.name.localeCompare(b.name));
}

/** The `network --json` contract: exactly `{"companies":[{"name","variants","people":[…]}]}`. */
export function networkJson(companies: readonly MapCompany[]): {
  companies: {
    name: string;
    variants: string[];
    people: Pick<MapPerson, 'name' | 'platforms' | 'position' | 'role' | 'tie' | 'evidence' | 'suggestion'>[];
  }[];
} {
  return {
    companies: companies.map((company) => ({
      name: company.name,
      variants: company.variants,
      people: company.people.map((person) => ({
        name: person.name,
        platforms: person.platforms,
        position: person.position,
        role: person.role,
        tie: person.tie,
        evidence: person.evidence,
        suggestion: person.suggestion,
      })),
    })),
  };
}

/** Finds the company a user typed (`--company`), by employer key, then by a key that starts with it. */
export function findCompany(map: NetworkMap, name: string, overrides: readonly CompanyOverride[] = []): MapCompany[] {
  const resolver = new CompanyResolver(overrides);
  const key = resolver.key(name);
  const exact = map.companies.filter((company) => company.key === key);
  if (exact.length > 0) return exact;
  return map.companies.filter((company) => key && company.key.split(' ').join(' ').startsWith(key));
}
