/**
 * The network map on the generated sample exports (test/fixtures/samples/: LinkedIn, Facebook, Instagram of the persona),
 * read through the real importers, and every suggested draft run through the outreach coach.
 */
import { describe, expect, it } from 'vitest';
import { itemSchema, type Account, type Item, type Position } from '../core/item.js';
import { checkMessage } from '../coach/index.js';
import type { Importer } from '../importers/types.js';
import { facebookImporter } from '../importers/facebook/index.js';
import { instagramImporter } from '../importers/instagram/index.js';
import { linkedinImporter } from '../importers/linkedin/index.js';
import { memorySource } from '../../test/fixtures/memory-source.js';
import { linkedinExport } from '../../test/fixtures/samples/linkedin.js';
import { facebookExportFiles } from '../../test/fixtures/samples/facebook.js';
import { instagramExportFiles } from '../../test/fixtures/samples/instagram.js';
import { buildNetworkMap, type MapPerson } from './map.js';
import { FIXTURE_NOW, FIXTURE_OWN_NAMES, fixtureItems, fixturePositions } from '../../test/fixtures/network.js';
import { fillReason, REASON_PLACEHOLDER } from './suggest.js';

async function read(importer: Importer, files: Readonly<Record<string, string | Buffer>>) {
  const out = { items: [] as Item[], positions: [] as Position[], accounts: [] as Account[] };
  await importer.import(memorySource(files), {
    item: (item) => out.items.push(itemSchema.parse(item)),
    problem: () => {},
    account: (account) => out.accounts.push(account),
    position: (position) => out.positions.push(position),
  });
  return out;
}

const exports = await Promise.all([
  read(linkedinImporter, linkedinExport()),
  read(facebookImporter, await facebookExportFiles()),
  read(instagramImporter, await instagramExportFiles()),
]);
const sampleMap = buildNetworkMap({
  items: exports.flatMap((e) => e.items),
  positions: exports.flatMap((e) => e.positions),
  ownNames: exports.flatMap((e) => e.accounts.flatMap((account) => (account.name ? [account.name] : []))),
  now: FIXTURE_NOW,
});
const fixtureMap = buildNetworkMap({
  items: fixtureItems(),
  positions: fixturePositions(),
  ownNames: FIXTURE_OWN_NAMES,
  now: FIXTURE_NOW,
});

describe('the map of the sample exports', () => {
  it('puts former colleagues first, marks recruiters, and lists the current employer last', () => {
    const first = sampleMap.companies[0]!;
    expect(first.name).toBe('Fabrikam');
    expect(first.people[0]).toMatchObject({ name: 'Sam O’Neil', tie: 'former colleague' });
    const recruiters = sampleMap.companies.flatMap((c) => c.people.filter((p) => p.role === 'recruiter'));
    expect(recruiters.map((person) => person.name)).toContain('Taylor Brooks');
    const last = sampleMap.companies.at(-1)!;
    expect(last.name).toBe('Contoso');
    expect(last.people.map((person) => person.tie)).toEqual(['current colleague', 'current colleague']);
  });

  it('ties the same person across LinkedIn, Facebook and Instagram with the evidence shown', () => {
    const priya = sampleMap.companies
      .flatMap((company) => company.people)
      .find((person) => person.name === 'Priya Raman')!;
    expect(priya.platforms).toEqual(['linkedin', 'facebook', 'instagram']);
    expect(priya.evidence.some((line) => line.includes('Facebook') && line.includes('same name'))).toBe(true);
    expect(priya.suggestion.channel).toMatch(/^LinkedIn message — not Facebook or Instagram/);
  });
});

/** A user's own reason, as they would write it for this person. */
function reasonFor(person: MapPerson, company: string): string {
  return person.role === 'recruiter'
    ? `I read your post on how ${company} runs its interview loop, and it matched what I want next.`
    : `Your post on how ${company} moved its builds to the cloud stuck with me, since I led a similar move.`;
}

describe('the drafts through the coach', () => {
  const everyone = [...sampleMap.companies, ...fixtureMap.companies].flatMap((company) =>
    company.people.map((person) => ({ company: company.name, person })),
  );

  it('flags every unfilled draft with the unfilled-placeholder rule', () => {
    expect(everyone.length).toBeGreaterThan(15);
    for (const { person } of everyone) {
      const result = checkMessage(person.suggestion.draft, {
        platform: 'linkedin',
        kind: person.suggestion.kind,
        recipientName: person.name,
      });
      const placeholder = result.findings.find((finding) => finding.ruleId === 'unfilled-placeholder');
      expect(placeholder?.severity, person.name).toBe('error');
      expect(person.suggestion.draft.slice(placeholder!.start, placeholder!.end)).toBe(REASON_PLACEHOLDER);
    }
  });

  it('passes every filled draft with no error', () => {
    for (const { company, person } of everyone) {
      const text = fillReason(person.suggestion.draft, reasonFor(person, company));
      const result = checkMessage(text, {
        platform: 'linkedin',
        kind: person.suggestion.kind,
        recipientName: person.name,
      });
      const errors = result.findings.filter((finding) => finding.severity === 'error');
      expect(errors, `${person.name}: ${text}`).toEqual([]);
    }
  });
});
