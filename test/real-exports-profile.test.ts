import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importOnly } from '../src/audit/pipeline.js';
import type { ProfileRecord } from '../src/core/profile/record.js';
import { openStore } from '../src/store/db.js';

/**
 * Every real export in `shared/data/real-exports/` gives one complete profile record: each field its files hold is
 * filled, and every profile file it has is read. The table says which fields each export holds (checked by hand
 * against its files); fields not listed must stay empty, so a record that picks up something wrong fails too.
 * The exports are real people's data: this test asserts which fields are filled, never their text.
 */
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FOLDER = [join(repo, '..', 'shared', 'data', 'real-exports'), '/work/shared/data/real-exports'].find((dir) =>
  existsSync(dir),
);

type Field =
  | 'name'
  | 'handle'
  | 'headline'
  | 'bio'
  | 'website'
  | 'location'
  | 'employer'
  | 'title'
  | 'avatar'
  | 'header'
  | 'isPrivate'
  | 'education';
const FIELDS: readonly Field[] = [
  'name',
  'handle',
  'headline',
  'bio',
  'website',
  'location',
  'employer',
  'title',
  'avatar',
  'header',
  'isPrivate',
  'education',
];

/** What each export's files say about the profile. Exports with no profile file at all keep an empty record. */
const HOLDS: Readonly<Record<string, readonly Field[]>> = {
  // Facebook: only posts; the name comes from the titles of the owner's own posts
  'fb-kis81-2023': ['name'],
  'fb-kunleiky-2020': ['name'],
  'fb-lucasfdz-2023': ['name'],
  'fb-rishika-2019': ['name'],
  // Grailbird user_details.js; alexthecannibal's full name is "." (no name)
  'grailbird-alexthecannibal-2016': ['handle'],
  'grailbird-calebhearth-2013': ['name', 'handle', 'bio', 'location'],
  'grailbird-darksideofg-2023': ['name', 'handle', 'bio', 'location'],
  'grailbird-jaforbes-2015': ['name', 'handle', 'bio', 'location', 'website'],
  'grailbird-phocks-2019': ['name', 'handle', 'bio', 'location'],
  // Instagram: posts and comments only; yummyhopper's profile_photos.json names a photo the zip lacks
  'ig-moff1-2024': [],
  'ig-sr4136-2022': [],
  'ig-yourocd-2022': [],
  'ig-yummyhopper-2024': [],
  // LinkedIn Profile.csv + Education.csv (+ Positions.csv); abhishek's jobs all ended
  'li-abhishek-2018': ['name', 'headline', 'location', 'website', 'isPrivate', 'education'],
  'li-apk0703-2024': ['name', 'headline', 'bio', 'location', 'employer', 'title', 'isPrivate', 'education'],
  'li-femi10-2021': [],
  'li-sanand-2025': [],
  // modern X: account.js, profile.js, protected-history.js, profile_media/
  'x-dsajgiouawj-2020': ['name', 'handle', 'bio', 'isPrivate'],
  'x-jacklance-2022': ['name', 'handle', 'bio', 'avatar', 'header', 'isPrivate'],
  'x-milahu104-2026': ['name', 'handle', 'bio', 'location', 'website', 'avatar', 'isPrivate'],
  'x-smithjd-2023': [],
  'x-vovavasylyna-2023': ['name', 'handle', 'avatar', 'isPrivate'],
};

function filled(record: ProfileRecord): Field[] {
  return FIELDS.filter((field) => {
    if (field === 'avatar' || field === 'header') return Boolean(record[field]?.path);
    if (field === 'education') return record.education.length > 0;
    return record[field] !== null;
  });
}

const exportsFound = FOLDER
  ? readdirSync(FOLDER)
      .filter((name) => name.endsWith('.zip'))
      .sort()
  : [];

describe.skipIf(!FOLDER)('profile records of the real exports', () => {
  it('cover every export there', () => {
    expect(exportsFound.map((name) => name.replace(/\.zip$/, ''))).toEqual(Object.keys(HOLDS).sort());
  });

  it.each(exportsFound)('%s gives one complete profile record', { timeout: 120_000 }, async (name) => {
    const db = openStore(':memory:');
    const imported = await importOnly({ inputs: [join(FOLDER as string, name)], db }).finally(() => db.close());
    expect(imported.profiles).toHaveLength(1);
    const [record] = imported.profiles as [ProfileRecord];
    expect(filled(record).sort()).toEqual([...(HOLDS[name.replace(/\.zip$/, '')] ?? ['(not in the table)'])].sort());
    if (record.avatar?.path) expect(record.files.length).toBeGreaterThan(0);
  });
});

describe.skipIf(FOLDER)('profile records of the real exports', () => {
  it.skip('skipped: neither ../shared/data/real-exports beside the repo nor /work/shared/data/real-exports exists', () => {});
});
