/**
 * Terminal views of the network map: the ranked employers, and the people at one employer with a first step each.
 */
import { colors as pc } from './colors.js';
import { ROLE_LABEL, type Role } from '../network/roles.js';
import type { MapCompany, MapPerson, NetworkMap } from '../network/map.js';
import { PLATFORM_NAMES } from '../core/item.js';

/** Columns a string takes in a terminal: East Asian wide characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text)
    width += /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff60]/u.test(
      char,
    )
      ? 2
      : 1;
  return width;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

function clip(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const char of text) {
    if (displayWidth(out + char) > width - 1) break;
    out += char;
  }
  return `${out}…`;
}

const ROLE_COLOUR: Partial<Record<Role, (text: string) => string>> = {
  recruiter: pc.magenta,
  'hiring-manager': pc.cyan,
  executive: pc.yellow,
};

function count(people: readonly MapPerson[], role: Role): number {
  return people.filter((person) => person.role === role).length;
}

/** The ranked employers, one line each. */
export function renderMap(map: NetworkMap, limit = 20): string {
  const lines: string[] = [];
  const shown = map.companies.slice(0, limit);
  const people = map.companies.reduce((sum, company) => sum + company.people.length, 0);
  lines.push(
    pc.bold(
      `Who you know where: ${people} ${people === 1 ? 'person' : 'people'} at ${map.companies.length} employer${map.companies.length === 1 ? '' : 's'}`,
    ),
  );
  if (shown.length > 0) {
    const nameWidth = Math.min(32, Math.max(8, ...shown.map((company) => displayWidth(company.name) + 2)));
    lines.push('');
    lines.push(
      pc.dim(`  #  ${pad('employer', nameWidth)} people  former colleagues  recruiters  managers  warmest tie`),
    );
    shown.forEach((company, index) => {
      const colleagues = company.people.filter((person) => person.tie === 'former colleague').length;
      const mark = company.target ? '★ ' : company.current ? '· ' : '';
      const name = pad(clip(`${mark}${company.name}`, nameWidth), nameWidth);
      const warmest = company.people[0]
        ? `${company.people[0].tie} (${company.people[0].name})`
        : pc.dim('nobody yet: find a way in');
      lines.push(
        `${String(index + 1).padStart(3)}  ${name} ${String(company.people.length).padStart(6)}  ${String(colleagues).padStart(17)}  ${String(count(company.people, 'recruiter')).padStart(10)}  ${String(count(company.people, 'hiring-manager')).padStart(8)}  ${warmest}`,
      );
    });
    if (map.companies.length > shown.length)
      lines.push(pc.dim(`  … and ${map.companies.length - shown.length} more (--limit ${map.companies.length})`));
    lines.push('');
    if (shown.some((company) => company.target)) lines.push(pc.dim('★ one of your targets'));
    if (shown.some((company) => company.current))
      lines.push(pc.dim('· where you work now: listed last, since you are looking elsewhere'));
    const first = shown.find((company) => company.people.length > 0 && !company.current) ?? shown[0]!;
    lines.push(`People and a first message: decorum network --company "${first.name}"`);
  }
  for (const note of map.notes) lines.push(pc.yellow(`Note: ${note}`));
  return lines.join('\n');
}

function personBlock(person: MapPerson, index: number): string[] {
  const lines: string[] = [];
  const role = (ROLE_COLOUR[person.role] ?? ((text: string) => text))(ROLE_LABEL[person.role]);
  const platforms = person.platforms.map((platform) => PLATFORM_NAMES[platform]).join(', ');
  lines.push(
    `${pc.bold(`${index + 1}. ${person.name}`)}${person.position ? ` — ${person.position}` : ''}  [${role}]  ${pc.green(person.tie)}  ${pc.dim(platforms)}`,
  );
  for (const line of person.evidence) lines.push(`   · ${line}`);
  lines.push(`   ${pc.bold('First step:')} ${person.suggestion.channel}`);
  lines.push(`   ${pc.bold('Mention:')} ${person.suggestion.mention.join('; ')}`);
  lines.push(`   ${pc.bold('Draft')} ${pc.dim('(fill in the [bracketed] sentence, then: decorum coach)')}:`);
  for (const line of person.suggestion.draft.split('\n')) lines.push(line ? `     ${line}` : '');
  lines.push(
    `   ${pc.bold('Check it:')} decorum coach draft.txt --platform linkedin --kind ${person.suggestion.kind} --to "${person.name}"`,
  );
  return lines;
}

/** One employer: its spellings, then each person with role, tie, why, and a first step. */
export function renderCompany(company: MapCompany): string {
  const lines: string[] = [];
  const also = company.variants.filter((variant) => variant !== company.name);
  lines.push(
    pc.bold(`${company.name}${company.target ? ' ★ target' : ''}${company.current ? ' (where you work now)' : ''}`),
  );
  if (also.length > 0) lines.push(pc.dim(`written as: ${company.variants.join(', ')}`));
  if (company.people.length === 0) {
    lines.push(
      'You know nobody here yet in your exports. Look for people there on LinkedIn who share a former employer, school or event with you.',
    );
    return lines.join('\n');
  }
  lines.push('');
  company.people.forEach((person, index) => {
    lines.push(...personBlock(person, index));
    lines.push('');
  });
  return lines.join('\n').trimEnd();
}

/** A list of people without an employer (`--company ""`). */
export function renderPeople(title: string, people: readonly MapPerson[]): string {
  const lines = [pc.bold(title), ''];
  people.forEach((person, index) => {
    lines.push(...personBlock(person, index), '');
  });
  return lines.join('\n').trimEnd();
}
