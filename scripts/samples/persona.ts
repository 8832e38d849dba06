/**
 * The one person every synthetic export belongs to, so the X, Facebook, Instagram and LinkedIn samples
 * audit, triage and map together as one believable life. All names are invented.
 */
export const PERSONA = {
  name: 'Alex Morgan',
  xHandle: 'alexmorgan_dev',
  xAccountId: '1180000000000000001',
  instagramHandle: 'alex.morgan.photos',
  email: 'alex.morgan@example.com',
  linkedinUrl: 'https://www.linkedin.com/in/alex-morgan-dev',
  facebookUrl: 'https://www.facebook.com/alex.morgan.77',
  home: { latitude: 47.61495, longitude: -122.31952, city: 'Seattle, Washington' },
  bar: { name: 'The Tipsy Cow Taproom', latitude: 47.61371, longitude: -122.34598 },
  positions: [
    { company: 'Contoso Ltd.', title: 'Software Engineer', startedOn: '2022-03', finishedOn: undefined },
    { company: 'Fabrikam, Inc.', title: 'Junior Developer', startedOn: '2019-06', finishedOn: '2022-02' },
    { company: 'Northwind Traders', title: 'IT Intern', startedOn: '2018-05', finishedOn: '2019-05' },
  ],
} as const;

export type Relationship =
  | 'coworker'
  | 'manager-or-report'
  | 'candidate'
  | 'client-or-vendor'
  | 'recruiter'
  | 'peer'
  | 'friend'
  | 'family'
  | 'unknown';

export interface Acquaintance {
  name: string;
  /** What the samples make true about them; triage and network must rediscover it from the exports. */
  truth: Relationship;
  company?: string;
  position?: string;
  /** Same employer and overlapping dates with the persona. */
  formerColleague?: boolean;
}

/** The people in the persona's life, as the exports will show them. */
export const PEOPLE: readonly Acquaintance[] = [
  { name: 'Priya Raman', truth: 'manager-or-report', company: 'Contoso', position: 'Engineering Manager' },
  { name: 'Jordan Lee', truth: 'coworker', company: 'Contoso Ltd', position: 'Senior Software Engineer' },
  { name: 'Sam O’Neil', truth: 'coworker', company: 'Fabrikam Inc.', position: 'Lead Developer', formerColleague: true },
  { name: 'Taylor Brooks', truth: 'recruiter', company: 'Tailspin Toys', position: 'Senior Technical Recruiter' },
  { name: 'Chris Novak', truth: 'candidate', company: 'Wide World Importers', position: 'Junior Developer' },
  { name: 'Morgan Diaz', truth: 'client-or-vendor', company: 'Litware', position: 'Account Manager' },
  { name: 'Dana Whitfield', truth: 'peer', company: 'Adventure Works', position: 'Staff Engineer' },
  { name: 'Riley Chen', truth: 'friend' },
  { name: 'Casey Jordan', truth: 'friend' },
  { name: 'Noor Haddad', truth: 'friend' },
  { name: 'Pat Morgan', truth: 'family' },
  { name: 'Dmitri Volkov', truth: 'unknown' },
  { name: 'Zoë Ångström', truth: 'unknown' },
  { name: '李伟', truth: 'unknown' },
];
