/**
 * Items the importers would produce from the persona's LinkedIn, Facebook and Instagram exports, for the network
 * tests (until the sample builders in scripts/samples/ write those exports, then these can be read through them).
 * Built from `scripts/samples/persona.ts` plus the awkward cases real exports have: two connections with the same
 * name, a hidden profile, a connection with no company, employers written in other scripts, a group chat.
 */
import type { Item, Platform, Position } from '../core/item.js';
import { PEOPLE, PERSONA } from '../../scripts/samples/persona.js';

/** The moment the fixture is "now": recency is judged from here. */
export const FIXTURE_NOW = new Date('2026-11-25T12:00:00Z');

let sequence = 0;

function item(platform: Platform, kind: Item['kind'], fields: Partial<Item>): Item {
  const index = sequence++;
  return {
    platform,
    kind,
    id: `${platform}-${kind}-${index}`,
    text: '',
    createdAt: null,
    audience: 'private',
    engagement: {},
    media: [],
    locator: { input: `${platform}-export.zip`, file: `${platform}-${kind}.json`, index },
    flags: {},
    ...fields,
  };
}

function job(name: string): { company?: string; position?: string } {
  const person = PEOPLE.find((candidate) => candidate.name === name);
  return {
    ...(person?.company ? { company: person.company } : {}),
    ...(person?.position ? { position: person.position } : {}),
  };
}

function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
}

function connection(name: string, connectedOn: string, extra: Partial<Item['person']> = {}): Item {
  const url = name ? `https://www.linkedin.com/in/${slug(name)}-${sequence}` : undefined;
  return item('linkedin', 'connection', {
    createdAt: `${connectedOn}T00:00:00.000Z`,
    person: { name, ...(url ? { url } : {}), ...job(name), ...extra },
  });
}

function message(
  platform: Platform,
  name: string,
  at: string,
  direction: 'incoming' | 'outgoing',
  text: string,
  extra: Partial<Item> = {},
): Item {
  return item(platform, 'message', {
    createdAt: at,
    direction,
    text,
    thread: `${platform}-thread-${slug(name)}`,
    person: { name },
    ...extra,
  });
}

/** The persona's positions, as LinkedIn `Positions.csv` gives them. */
export function fixturePositions(): Position[] {
  return PERSONA.positions.map((position) => ({
    platform: 'linkedin' as const,
    company: position.company,
    title: position.title,
    startedOn: position.startedOn,
    ...(position.finishedOn ? { finishedOn: position.finishedOn } : {}),
  }));
}

/** Every connection, message and request of the persona's exports. */
export function fixtureItems(): Item[] {
  sequence = 0;
  const jordanAtContoso = connection('Jordan Lee', '2022-05-02');
  const items: Item[] = [
    // LinkedIn Connections.csv
    connection('Priya Raman', '2022-04-11'),
    jordanAtContoso,
    connection('Sam O’Neil', '2019-09-16'),
    connection('Taylor Brooks', '2026-05-04'),
    connection('Chris Novak', '2024-02-20'),
    connection('Morgan Diaz', '2020-01-14'),
    connection('Dana Whitfield', '2021-03-08'),
    // Worked with Alex at Northwind while Alex interned there; on Facebook without the accents.
    connection('Zoë Ångström', '2018-08-30', { company: 'Northwind Traders', position: 'Product Manager' }),
    // Same name as the Contoso engineer, another person at another employer: two people.
    connection('Jordan Lee', '2023-10-02', { company: 'Contoso Bank', position: 'Credit Analyst' }),
    connection('Dmitri Volkov', '2025-01-15', { company: 'ООО «Контосо»', position: 'Руководитель отдела разработки' }),
    connection('李伟', '2024-07-01', { company: '蓝海科技有限公司', position: 'Senior Software Engineer' }),
    connection('Noor Haddad', '2023-03-03', {}), // no company in the export
    connection('', '2020-06-01'), // hidden profile: only a date
    connection('Elena Fischer', '2019-11-02', { company: 'Fabrikam, Inc.', position: 'Talent Acquisition Partner' }),
    // LinkedIn messages.csv
    message('linkedin', 'Taylor Brooks', '2026-05-05T15:20:00Z', 'incoming', 'Hi Alex, thanks for connecting!'),
    message('linkedin', 'Taylor Brooks', '2026-05-06T09:02:00Z', 'outgoing', 'Thanks Taylor, likewise.'),
    message('linkedin', 'Dana Whitfield', '2026-08-12T18:00:00Z', 'incoming', 'Loved your talk at the meetup.'),
    message('linkedin', 'Dana Whitfield', '2026-08-12T19:30:00Z', 'outgoing', 'Thank you! Your question was great.'),
    message('linkedin', 'Dana Whitfield', '2026-08-14T08:10:00Z', 'incoming', 'Let me know if you are ever in town.'),
    message('linkedin', 'Sam O’Neil', '2021-06-01T10:00:00Z', 'incoming', 'Congrats on the release!'),
    message('linkedin', 'Sam O’Neil', '2021-06-01T11:00:00Z', 'outgoing', 'Thanks, it was a team effort.'),
    // A message from "Jordan Lee" with no profile URL: two connections have that name.
    message('linkedin', 'Jordan Lee', '2026-09-30T12:00:00Z', 'incoming', 'Are you coming to the offsite?'),
    // LinkedIn Invitations.csv
    item('linkedin', 'request', {
      createdAt: '2026-10-20T00:00:00.000Z',
      direction: 'incoming',
      text: 'Hi Alex, we met at the Seattle JS meetup.',
      person: { name: 'Avery Stone', url: 'https://www.linkedin.com/in/avery-stone' },
    }),
    // Facebook friends and messages
    ...['Riley Chen', 'Casey Jordan', 'Noor Haddad', 'Pat Morgan', 'Zoe Angstrom', 'Jordan Lee'].map((name, index) =>
      item('facebook', 'connection', {
        createdAt: `201${index}-05-01T00:00:00.000Z`,
        person: { name },
      }),
    ),
    message('facebook', 'Riley Chen', '2026-10-01T20:00:00Z', 'incoming', 'Pub quiz on Friday?'),
    message('facebook', 'Riley Chen', '2026-10-01T20:05:00Z', 'outgoing', 'Count me in.'),
    message('facebook', 'Pat Morgan', '2026-11-01T09:00:00Z', 'incoming', 'Call your mother.'),
    message('facebook', 'Zoe Angstrom', '2024-02-10T09:00:00Z', 'incoming', 'Happy birthday!'),
    // A group chat: the importer names the other side after the thread when the user writes.
    message('facebook', 'Riley Chen', '2026-06-01T20:00:00Z', 'incoming', 'Who is bringing snacks?', {
      thread: 'facebook-thread-quiz-team',
    }),
    message('facebook', 'Casey Jordan', '2026-06-01T20:01:00Z', 'incoming', 'Me!', {
      thread: 'facebook-thread-quiz-team',
    }),
    message('facebook', 'Quiz Team', '2026-06-01T20:02:00Z', 'outgoing', 'Great, see you all.', {
      thread: 'facebook-thread-quiz-team',
    }),
    item('facebook', 'request', {
      createdAt: '2026-09-09T00:00:00.000Z',
      direction: 'incoming',
      flags: { requestState: 'received' },
      person: { name: 'Dmitri Volkov' },
    }),
    // Instagram followers (handles only)
    item('instagram', 'connection', {
      createdAt: '2023-01-01T00:00:00.000Z',
      direction: 'incoming',
      person: { name: 'riley.chen', handle: 'riley.chen', url: 'https://www.instagram.com/riley.chen' },
    }),
  ];
  return items;
}

/** The persona's own names on each network (accounts), never listed as people. */
export const FIXTURE_OWN_NAMES = [PERSONA.name];

/** The one Jordan Lee at Contoso, for tests that tie the message to him by profile URL. */
export function jordanAtContosoUrl(items: readonly Item[]): string {
  return items.find(
    (candidate) => candidate.person?.name === 'Jordan Lee' && candidate.person.company === 'Contoso Ltd',
  )!.person!.url!;
}
