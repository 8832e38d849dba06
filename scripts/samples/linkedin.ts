import { join } from 'node:path';
import { writeFolder, writeZip, type FileMap } from './file-map.js';
import { PEOPLE, PERSONA } from './persona.js';
import type { SampleWriter } from './registry.js';

/**
 * Synthetic LinkedIn "Get a copy of your data" exports for the persona: every tricky case the importer must
 * handle (the Connections `Notes:` preamble, pre-2023 headers without URL, quoted newlines and commas, suffixed
 * file names, HTML in message CONTENT, a BOM, CRLF line ends, hidden profiles, drafts). Same bytes every run.
 */

/** One CSV field, quoted (RFC 4180) only when it must be, as LinkedIn writes them. */
function field(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csv(header: readonly string[], rows: readonly (readonly string[])[], eol = '\n'): string {
  return [header, ...rows].map((row) => row.map(field).join(',')).join(eol) + eol;
}

const BOM = '\uFEFF';

function who(name: string): (typeof PEOPLE)[number] {
  const found = PEOPLE.find((p) => p.name === name);
  if (!found) throw new Error(`no such person in the persona: ${name}`);
  return found;
}

/** A profile URL for a made-up member, stable per name. */
export function profileUrl(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `https://www.linkedin.com/in/${slug || 'li-wei'}-${(name.length * 7919).toString(16)}`;
}

const CONNECTIONS_NOTES =
  'Notes:\n' +
  '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only ' +
  'see email addresses for connections who have allowed their connections to see or download their email address ' +
  'using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here ' +
  'https://www.linkedin.com/help/linkedin/answer/261"\n\n';

/** Shares the audit must find, by what they are for. */
export const LINKEDIN_SHARES = {
  launch: 'Proud of the team: we just shipped the new onboarding flow at Contoso. Thanks, everyone who helped!',
  criticism:
    'Another week, another pointless reorg at Contoso. Management has no idea what they are doing and the pay is a joke. ' +
    'Honestly counting the days until I can leave.',
  confidential:
    "Can't say much, under NDA, but our unreleased Contoso Atlas launch is going to blow everyone away. " +
    'Beta numbers are already 3x our forecast.',
  lessons:
    'Three things I learned from my first on-call rotation:\n1. Write the runbook before you need it\n' +
    '2. "It works on my machine" is not a status update\n3. Sleep, then fix.',
  meetup: 'Speaking at the Seattle TypeScript meetup next month — come say hi & bring questions!',
  older: 'Looking back at five years of writing software, from intern to engineer. Grateful for every mentor.',
} as const;

/** An exported article page as LinkedIn writes it; `published` null for a draft. */
function article(title: string, url: string | null, created: string, published: string | null, body: string): string {
  const heading = url ? `<a href="${url}">${title}</a>` : title;
  return (
    `<html><head><meta charset="utf-8"><title>${title}</title></head><body>` +
    `<h1>${heading}</h1><p class="created">Created on ${created}</p>` +
    (published ? `<p class="published">Published on ${published}</p>` : '') +
    `<div>${body}</div></body></html>\n`
  );
}

const share = (id: string): string => `https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A${id}`;
const activity = (id: string): string => `https://www.linkedin.com/feed/update/urn:li:activity:${id}`;

function profile(headline: string, summary: string): string {
  return (
    BOM +
    csv(
      [
        'First Name',
        'Last Name',
        'Maiden Name',
        'Address',
        'Birth Date',
        'Headline',
        'Summary',
        'Industry',
        'Zip Code',
        'Geo Location',
        'Twitter Handles',
        'Websites',
        'Instant Messengers',
      ],
      [['Alex', 'Morgan', '', '', '', headline, summary, 'Software Development', '', PERSONA.home.city, '', '', '']],
    )
  );
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthYear = (ym: string | undefined): string =>
  ym ? `${MONTHS[Number(ym.slice(5, 7)) - 1] ?? 'Jan'} ${ym.slice(0, 4)}` : '';

function positions(until?: string): string {
  const rows = PERSONA.positions
    .filter((p) => !until || p.startedOn < until)
    .map((p) => {
      const finished = p.finishedOn && (!until || p.finishedOn < until) ? p.finishedOn : undefined;
      return [
        p.company,
        p.title,
        p.company.startsWith('Contoso')
          ? 'Backend services in TypeScript and Go, on-call for the payments API.'
          : 'Web apps, build tooling, and "whatever needed doing".',
        'Seattle, Washington, United States',
        monthYear(p.startedOn),
        monthYear(finished),
      ];
    });
  return csv(['Company Name', 'Title', 'Description', 'Location', 'Started On', 'Finished On'], rows);
}

interface ConnectionRow {
  name: string;
  company?: string;
  position?: string;
  email?: string;
  on: string;
}

function connectionRows(rows: readonly ConnectionRow[], withUrl: boolean): string[][] {
  return rows.map((row) => {
    const [first = '', ...rest] = row.name.split(' ');
    const cells = [first, rest.join(' '), row.email ?? '', row.company ?? '', row.position ?? '', row.on];
    if (withUrl) cells.splice(2, 0, row.name ? profileUrl(row.name) : '');
    return cells;
  });
}

const person = (name: string, on: string, email?: string): ConnectionRow => {
  const p = who(name);
  return { name, on, ...(p.company ? { company: p.company } : {}), ...(p.position ? { position: p.position } : {}), ...(email ? { email } : {}) };
};

/** The current export (2026): root CSVs, URL column, Notes preamble, suffixed names. */
export function linkedinExport(): FileMap {
  const connections: ConnectionRow[] = [
    person('Priya Raman', '14 Mar 2022'),
    person('Jordan Lee', '02 May 2022', 'jordan.lee@contoso.example'),
    person('Sam O’Neil', '20 Jun 2019'),
    person('Taylor Brooks', '05 Jan 2026'),
    person('Morgan Diaz', '11 Sep 2024'),
    person('Dana Whitfield', '27 Oct 2023'),
    { name: 'Riley Chen', on: '03 Aug 2018' },
    { name: 'Noor Haddad', on: '16 Feb 2021', company: '', position: '' },
    { name: 'Pat Morgan', on: '24 Dec 2017' },
    // A member who hides their profile: LinkedIn exports only the date.
    { name: '', on: '12 Jan 2026' },
  ];
  const invitationHeader = ['From', 'To', 'Sent At', 'Message', 'Direction', 'inviterProfileUrl', 'inviteeProfileUrl'];
  const incoming = (from: string, at: string, message = ''): string[] => [
    from,
    PERSONA.name,
    at,
    message,
    'INCOMING',
    profileUrl(from),
    PERSONA.linkedinUrl,
  ];
  const outgoing = (to: string, at: string, message = ''): string[] => [
    PERSONA.name,
    to,
    at,
    message,
    'OUTGOING',
    PERSONA.linkedinUrl,
    profileUrl(to),
  ];
  const invitations = csv(
    invitationHeader,
    [
      incoming('Jordan Lee', '5/2/22, 9:15 AM'),
      incoming('Priya Raman', '3/14/22, 4:02 PM'),
      incoming(
        'Chris Novak',
        '1/29/26, 2:37 PM',
        'Hi Alex, I saw your talk on TypeScript tooling. I applied for the junior role on your team at Contoso — would you be open to a quick chat about it?',
      ),
      incoming(
        'Taylor Brooks',
        '1/5/26, 11:20 AM',
        'Hi Alex,\nI recruit for Tailspin Toys and have a senior backend role that fits your background. Open to connecting?',
      ),
      incoming('Dmitri Volkov', '2/3/26, 8:05 PM', 'Grow your crypto portfolio 10x, guaranteed returns. DM me!'),
      incoming('李伟', '2/6/26, 7:41 AM'),
      incoming('Zoë Ångström', '2/8/26, 12:05 AM', 'Hello! I would like to add you to my professional network.'),
      outgoing(
        'Dana Whitfield',
        '10/27/23, 6:30 PM',
        'Hi Dana, loved your talk on incident reviews at the meetup. Would be great to stay in touch.',
      ),
      outgoing('Dana Whitfield', '2/1/26, 10:00 AM', 'Following up on your post about platform teams, great read!'),
    ],
    '\r\n',
  );
  const messageHeader = [
    'CONVERSATION ID',
    'CONVERSATION TITLE',
    'FROM',
    'SENDER PROFILE URL',
    'TO',
    'RECIPIENT PROFILE URLS',
    'DATE',
    'SUBJECT',
    'CONTENT',
    'FOLDER',
    'ATTACHMENTS',
    'IS MESSAGE DRAFT',
  ];
  const msg = (
    thread: string,
    from: string,
    to: string,
    date: string,
    content: string,
    extra: { subject?: string; draft?: boolean } = {},
  ): string[] => [
    thread,
    '',
    from,
    from === PERSONA.name ? PERSONA.linkedinUrl : profileUrl(from),
    to,
    to === PERSONA.name ? PERSONA.linkedinUrl : profileUrl(to),
    date,
    extra.subject ?? '',
    content,
    'INBOX',
    '',
    extra.draft ? 'Yes' : 'No',
  ];
  const recruiter = '2-YTRiNzQ2ZDctOTkxNi00YmU0LWE1NTMtN2RjNzBkNjRjZTAyXzAxMA==';
  const colleague = '2-ZjUxMzYwZWUtMjc5Mi00NTFjLWJkN2MtNzI0YTE1ZTU2NzMzXzAxMA==';
  const oldThread = '2-OTk3ZWY1MzUtYmYyNi00MGRlLTg5NjEtZjY4ZWY1ZTIwMzE4XzAxMA==';
  const messages = csv(messageHeader, [
    msg(
      recruiter,
      'Taylor Brooks',
      PERSONA.name,
      '2026-01-06 09:12:44 UTC',
      '<p class="spinmail-quill-editor__spin-break">Hi Alex,</p><p>Thanks for connecting! We&#39;re hiring a Senior Backend Engineer at Tailspin Toys &amp; your Contoso work looks like a great fit.</p><p>Free for a call this week?</p>',
      { subject: 'Senior Backend Engineer – Tailspin Toys' },
    ),
    msg(
      recruiter,
      PERSONA.name,
      'Taylor Brooks',
      '2026-01-06 18:40:03 UTC',
      "Hi Taylor, happy to talk. Please keep it between us though: my manager doesn't know I'm looking.",
    ),
    msg(recruiter, 'Taylor Brooks', PERSONA.name, '2026-01-07 08:01:17 UTC', 'Of course. Thursday 3pm PT works?<br>Taylor'),
    msg(colleague, 'Sam O’Neil', PERSONA.name, '2025-12-02 20:15:00 UTC', 'Long time! How is Contoso treating you?'),
    msg(
      colleague,
      PERSONA.name,
      'Sam O’Neil',
      '2025-12-02 21:02:51 UTC',
      'Honestly? The reorg is a mess and half the team wants out.\nMiss the Fabrikam days, "move fast" actually meant something there.',
    ),
    msg(colleague, PERSONA.name, 'Sam O’Neil', '2025-12-03 07:30:00 UTC', 'Never mind, I should not vent here.', {
      draft: true,
    }),
    msg(oldThread, 'Riley Chen', PERSONA.name, '2019-04-12 17:45:09 UTC', 'Congrats on the Fabrikam offer!! Drinks Friday?'),
    msg(oldThread, PERSONA.name, 'Riley Chen', '2019-04-12 18:02:30 UTC', 'Thanks!! Yes, 7pm at the usual place'),
  ]);
  const shareHeader = ['Date', 'ShareLink', 'ShareCommentary', 'SharedUrl', 'MediaUrl', 'Visibility'];
  const shares = csv(shareHeader, [
    [
      '2025-03-14 16:20:11',
      share('7306201843712345678'),
      LINKEDIN_SHARES.launch,
      '',
      'https://media.licdn.com/dms/image/v2/D5622AQH1x/feedshare-shrink_800/0/1741969211000',
      'PUBLIC',
    ],
    ['2025-06-01 14:03:22', share('7334902001122334455'), LINKEDIN_SHARES.lessons, '', '', 'PUBLIC'],
    [
      '2025-09-02 21:47:05',
      `https://www.linkedin.com/feed/update/urn:li:ugcPost:7368530012345678901`,
      LINKEDIN_SHARES.criticism,
      '',
      '',
      'PUBLIC',
    ],
    ['2026-01-20 12:00:00', share('7419301234567890123'), LINKEDIN_SHARES.confidential, '', '', 'MEMBER_NETWORK'],
  ]);
  const shares2 = csv(shareHeader, [
    [
      '2025-11-11 18:30:00',
      share('7394000000000000001'),
      LINKEDIN_SHARES.meetup.replace('&', '&amp;'),
      'https://www.meetup.com/seattle-typescript/',
      'https://media.licdn.com/dms/video/v2/D5605AQ/mp4-720p-30fp-crf28/0/1731349800000.mp4',
      'CONNECTIONS',
    ],
    ['2024-02-29 09:00:00', share('7168000000000000002'), LINKEDIN_SHARES.older, '', '', 'LOGGED_IN_MEMBERS'],
  ]);
  const comments = csv(
    ['Date', 'Link', 'Message'],
    [
      [
        '2025-10-05 08:14:52',
        `${activity('7380000000000000011')}?commentUrn=urn%3Ali%3Acomment%3A%28activity%3A7380000000000000011%2C7380000000000000099%29`,
        'Congrats Dana, well deserved!',
      ],
      [
        '2025-12-01 19:03:40',
        activity('7401000000000000012'),
        'Same here. Leadership at Contoso ignores every engineer who raises this,\nthen acts surprised when people quit.',
      ],
    ],
  );
  const reactions = csv(
    ['Date', 'Type', 'Link'],
    [
      ['2025-10-05 08:13:10', 'PRAISE', activity('7380000000000000011')],
      ['2025-12-01 19:02:00', 'LIKE', activity('7401000000000000012')],
      ['2026-02-02 10:11:12', 'EMPATHY', `https://www.linkedin.com/feed/update/urn:li:ugcPost:7421000000000000013`],
    ],
  );
  return {
    'Profile.csv': profile(
      'Software Engineer at Contoso | TypeScript, Node.js, Go',
      'I build backend services and developer tools.\nPreviously at Fabrikam, Inc.; started as an IT intern at Northwind Traders.',
    ),
    'Positions.csv': positions(),
    'Connections.csv': CONNECTIONS_NOTES + csv(['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'], connectionRows(connections, true)),
    'Invitations.csv': invitations,
    'messages.csv': messages,
    'Shares.csv': shares,
    'Shares_2.csv': shares2,
    'Comments_7301234.csv': comments,
    'Reactions.csv': reactions,
    'Articles/Articles/Lessons from migrating a payments API.html': article(
      'Lessons from migrating a payments API',
      'https://www.linkedin.com/pulse/lessons-from-migrating-payments-api-alex-morgan-7a1b2',
      '2025-08-14 21:10',
      '2025-08-15 09:30',
      '<p>Last quarter we moved the payments API at Contoso to a new queue. Here is what worked &amp; what did not.</p><ul><li>Shadow traffic first</li><li>Feature flags for every consumer</li></ul>',
    ),
    'Articles/Articles/Why I am done with Contoso.html': article(
      'Why I am done with Contoso',
      null,
      '2026-01-21 23:55',
      null,
      '<p>Draft, never published: the management here is clueless.</p>',
    ),
    // Files LinkedIn writes that Decorum does not read.
    'Skills.csv': csv(['Name'], [['TypeScript'], ['Node.js'], ['Go']]),
    'Rich_Media.csv': csv(['Date/Time', 'Media Description', 'Media Link'], []),
  };
}

/** An export from 2021: older headers (no URL in Connections, no profile URLs in Invitations, no Visibility). */
export function linkedinExport2021(): FileMap {
  const connections: ConnectionRow[] = [
    person('Sam O’Neil', '20 Jun 2019'),
    { name: 'Riley Chen', on: '03 Aug 2018' },
    { name: 'Noor Haddad', on: '16 Feb 2021' },
  ];
  return {
    'Profile.csv': profile('Junior Developer at Fabrikam', 'Learning every day.'),
    'Positions.csv': positions('2021-12'),
    'Connections.csv': csv(
      ['First Name', 'Last Name', 'Email Address', 'Company', 'Position', 'Connected On'],
      connectionRows(connections, false),
    ),
    'Invitations.csv': csv(
      ['From', 'To', 'Sent At', 'Message', 'Direction'],
      [['Noor Haddad', PERSONA.name, '2/16/21, 6:12 PM', 'Great meeting you at the hackathon!', 'INCOMING']],
    ),
    'messages.csv': csv(
      ['CONVERSATION ID', 'CONVERSATION TITLE', 'FROM', 'SENDER PROFILE URL', 'TO', 'DATE', 'SUBJECT', 'CONTENT', 'FOLDER'],
      [
        ['2-b2xkLXRocmVhZA==', '', 'Noor Haddad', profileUrl('Noor Haddad'), PERSONA.name, '2021-02-17 09:00:00 UTC', '', 'Nice to meet you!', 'INBOX'],
        ['2-b2xkLXRocmVhZA==', '', PERSONA.name, PERSONA.linkedinUrl, 'Noor Haddad', '2021-02-17 09:30:00 UTC', '', 'Likewise :)', 'INBOX'],
      ],
    ),
    'Shares.csv': csv(
      ['Date', 'ShareLink', 'ShareCommentary', 'SharedUrl', 'MediaUrl'],
      [['2021-05-03 12:00:00', share('6795000000000000001'), 'Two years at Fabrikam today!', '', '']],
    ),
  };
}

export const linkedinSamples: SampleWriter = {
  name: 'linkedin',
  async write(outDir) {
    const zip = join(outDir, 'linkedin-export.zip');
    const folder = join(outDir, 'linkedin-export-2021');
    await writeZip(zip, linkedinExport());
    writeFolder(folder, linkedinExport2021());
    return [zip, folder];
  },
};
