import type { ExportSource } from '../../source/types.js';

/** The LinkedIn CSVs Decorum reads, by base name (case-insensitive; `Comments_<id>.csv`, `Shares_2.csv` match). */
export const LINKEDIN_FILES = [
  'Profile',
  'Positions',
  'Education',
  'Connections',
  'Invitations',
  'messages',
  'Shares',
  'Comments',
  'Reactions',
] as const;
export type LinkedInFile = (typeof LINKEDIN_FILES)[number];

/** Other files only a LinkedIn export has: they make detection surer but are not read. */
const OTHER_LINKEDIN_FILES = [
  'Skills',
  'Email Addresses',
  'PhoneNumbers',
  'Registration',
  'Endorsement_Received_Info',
  'Endorsement_Given_Info',
  'Recommendations_Received',
  'Recommendations_Given',
  'Rich_Media',
  'Company Follows',
  'Learning',
  'Languages',
  'Ad_Targeting',
  'SavedJobAlerts',
  'Member_Follows',
];

const basename = (path: string): string => path.slice(path.lastIndexOf('/') + 1);
const dirname = (path: string): string => path.slice(0, path.lastIndexOf('/') + 1);

function matcher(base: string): RegExp {
  const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped}(?:_[A-Za-z0-9-]+)?\\.csv$`, 'i');
}
const MATCHERS = new Map<string, RegExp>([...LINKEDIN_FILES, ...OTHER_LINKEDIN_FILES].map((b) => [b, matcher(b)]));

function matches(path: string, base: string): boolean {
  return MATCHERS.get(base)?.test(basename(path)) ?? false;
}

/**
 * The folder the CSVs live in: the export root as LinkedIn writes it, or, for a re-zipped export, the shallowest
 * folder holding one of the known files.
 */
export function csvFolder(source: ExportSource): string {
  let best: string | null = null;
  for (const path of source.paths) {
    if (!LINKEDIN_FILES.some((base) => matches(path, base))) continue;
    const dir = dirname(path);
    if (best === null || dir.split('/').length < best.split('/').length) best = dir;
    if (dir === '') return '';
  }
  return best ?? '';
}

/** Every file of one kind in `folder` (not below it), sorted: `Shares.csv`, `Shares_2.csv`, … */
export function filesOf(source: ExportSource, folder: string, base: string): string[] {
  return source.paths.filter((path) => dirname(path) === folder && matches(path, base)).sort();
}

/** How sure we are that `source` is a LinkedIn export, from the file names alone. */
export function linkedinScore(source: ExportSource): number {
  const folder = csvFolder(source);
  const known = LINKEDIN_FILES.filter((base) => filesOf(source, folder, base).length > 0).length;
  const others = OTHER_LINKEDIN_FILES.filter((base) => filesOf(source, folder, base).length > 0).length;
  const distinctive = (['Connections', 'Invitations', 'Positions', 'Profile'] as const).some(
    (base) => filesOf(source, folder, base).length > 0,
  );
  let score = 0;
  if (known >= 2 && distinctive) score = 0.95;
  else if (known >= 2) score = 0.8;
  else if (known === 1) score = distinctive ? 0.7 : 0.5;
  if (others > 0) score = Math.min(0.98, Math.max(score, 0.6) + 0.05 * others);
  // Re-zipped inside extra folders: still LinkedIn, a little less sure.
  return folder ? Math.max(0, score - 0.1) : score;
}

/** Exported long-form articles: `Articles/Articles/*.html` (any depth below `Articles/`), sorted. */
export function articleFiles(source: ExportSource, folder: string): string[] {
  const prefix = `${folder}Articles/`;
  return source.paths.filter((path) => path.startsWith(prefix) && /\.html?$/i.test(path)).sort();
}
