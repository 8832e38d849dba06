import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EMPTY_CONTEXT } from '../../src/core/detector.js';
import { emptyRecord } from '../../src/core/profile/record.js';
import { inProcessAnalyser } from '../../src/detectors/photo/pool.js';
import { avatarFactsOf } from '../../src/detectors/photo/profile.js';
import type { AvatarFacts } from '../../src/profile/avatar.js';
import type { ProfileRule } from '../../src/profile/rule.js';
import { photoDrinksRule } from '../../src/profile/rules/photo-drinks.js';
import { photoGroupRule } from '../../src/profile/rules/photo-group.js';
import { photoMissingRule } from '../../src/profile/rules/photo-missing.js';
import { photoRacyRule } from '../../src/profile/rules/photo-racy.js';
import { writeMarkdownSection } from '../lib/markdown-section.js';

/**
 * `npm run eval:profile-photos [--write]`: the profile photo rules on eval-data/profile-photos (labels.jsonl,
 * sources in SOURCES.md), each photo judged as a LinkedIn profile photo. Prints precision and recall per check;
 * with --write the table goes into EVALUATION.md (section eval:profile-photos).
 */
interface Label {
  file: string;
  people: 'none' | 'one' | 'group';
  drinks: boolean;
  logo: boolean;
}

const DIR = 'eval-data/profile-photos';
const CHECKS: { rule: ProfileRule; name: string; expected: (label: Label) => boolean }[] = [
  {
    rule: photoMissingRule,
    name: 'no person in the photo (logo, object, animal)',
    expected: (l) => l.people === 'none',
  },
  { rule: photoGroupRule, name: 'a group, not one person', expected: (l) => l.people === 'group' },
  { rule: photoDrinksRule, name: 'drinks in the photo', expected: (l) => l.drinks },
  // The set holds no racy photo: only false alarms can be counted.
  { rule: photoRacyRule, name: 'racy (no positives in the set)', expected: () => false },
];

const labels = (await readFile(join(DIR, 'labels.jsonl'), 'utf8'))
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Label);

const models = await inProcessAnalyser();
const facts = new Map<string, AvatarFacts>();
try {
  for (const label of labels) {
    const outcome = await models.analyse(await readFile(join(DIR, 'images', label.file)));
    if (!outcome.ok) throw new Error(`${label.file}: ${outcome.message}`);
    facts.set(label.file, avatarFactsOf(label.file, outcome.analysis));
  }
} finally {
  await models.close();
}

const ratio = (a: number, b: number) => (b === 0 ? '–' : `${(a / b).toFixed(2)} (${a}/${b})`);
const lines = [
  `${labels.length} profile-style photos (${labels.filter((l) => l.people === 'one').length} one person, ${labels.filter((l) => l.people === 'group').length} groups, ${labels.filter((l) => l.drinks).length} with drinks, ${labels.filter((l) => l.logo).length} logos, ${labels.filter((l) => l.people === 'none' && !l.logo).length} without people), each judged as a LinkedIn profile photo; people counted by the COCO detector (no face model yet).`,
  '',
  '| check (rule) | precision | recall | misses | false alarms |',
  '|---|---|---|---|---|',
];
for (const check of CHECKS) {
  let truePositive = 0;
  let flagged = 0;
  let positives = 0;
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  for (const label of labels) {
    const seen = facts.get(label.file) as AvatarFacts;
    const record = { ...emptyRecord('linkedin'), avatar: { path: label.file }, files: ['Profile.csv'] };
    const hit =
      check.rule.check({ records: [record], avatars: { linkedin: seen }, detectors: [], context: EMPTY_CONTEXT })
        .length > 0;
    const expected = check.expected(label);
    if (expected) positives++;
    if (hit) flagged++;
    if (hit && expected) truePositive++;
    if (expected && !hit) misses.push(label.file);
    if (hit && !expected) falseAlarms.push(label.file);
  }
  lines.push(
    `| ${check.name} (\`${check.rule.meta.id}\`) | ${ratio(truePositive, flagged)} | ${ratio(truePositive, positives)} | ${misses.join(', ') || '–'} | ${falseAlarms.join(', ') || '–'} |`,
  );
}
const markdown = lines.join('\n');
console.log(markdown);
if (process.argv.includes('--write'))
  writeMarkdownSection(
    'EVALUATION.md',
    'eval:profile-photos',
    `### Profile photos (\`npm run eval:profile-photos\`)\n\n${markdown}\n\n_Run ${new Date().toISOString().slice(0, 10)}._`,
    '# Evaluation',
  );
