/**
 * Items for triage tests, shaped as the importers write them (docs/content-model.md), about the sample persona's
 * people (scripts/samples/persona.ts). Used only by tests.
 */
import type { Item, Platform, Position } from '../core/item.js';
import { PEOPLE, PERSONA } from '../../scripts/samples/persona.js';

let counter = 0;

function base(platform: Platform, kind: Item['kind'], file: string, id?: string): Item {
  counter++;
  return {
    platform,
    kind,
    id: id ?? `${kind}-${counter}`,
    text: '',
    createdAt: null,
    audience: 'private',
    engagement: {},
    media: [],
    locator: { input: `${platform}.zip`, file, index: counter },
    flags: {},
  };
}

const personOf = (name: string) => PEOPLE.find((person) => person.name === name);

export function linkedinConnection(name: string, company?: string, position?: string): Item {
  const known = personOf(name);
  const item = base('linkedin', 'connection', 'Connections.csv');
  const firm = company ?? known?.company;
  const title = position ?? known?.position;
  return {
    ...item,
    createdAt: '2024-05-02T00:00:00.000Z',
    person: { name, ...(firm ? { company: firm } : {}), ...(title ? { position: title } : {}) },
  };
}

export function facebookFriend(name: string): Item {
  return {
    ...base('facebook', 'connection', 'connections/friends/your_friends.json'),
    createdAt: '2021-08-14T10:00:00.000Z',
    person: { name },
  };
}

export function instagramFollow(name: string, direction: 'incoming' | 'outgoing'): Item {
  return {
    ...base(
      'instagram',
      'connection',
      `connections/followers_and_following/${direction === 'incoming' ? 'followers_1' : 'following'}.json`,
    ),
    direction,
    person: { name, url: `https://www.instagram.com/${name.toLowerCase().replace(/\W+/g, '')}` },
  };
}

export function facebookRequest(
  name: string,
  receivedAt: string | null,
  state: 'received' | 'sent' | 'rejected' = 'received',
): Item {
  const file = {
    received: 'connections/friends/received_friend_requests.json',
    sent: 'connections/friends/sent_friend_requests.json',
    rejected: 'connections/friends/rejected_friend_requests.json',
  }[state];
  return {
    ...base('facebook', 'request', file, `fb-request-${name}-${receivedAt ?? 'none'}`),
    createdAt: receivedAt,
    direction: state === 'sent' ? 'outgoing' : 'incoming',
    person: { name },
    flags: { requestState: state },
  };
}

export function linkedinInvitation(name: string, receivedAt: string, message = '', url?: string): Item {
  return {
    ...base('linkedin', 'request', 'Invitations.csv'),
    text: message,
    createdAt: receivedAt,
    direction: 'incoming',
    person: { name, ...(url ? { url } : {}) },
  };
}

export function instagramRequest(name: string, receivedAt: string): Item {
  return {
    ...base('instagram', 'request', "connections/followers_and_following/follow_requests_you've_received.json"),
    createdAt: receivedAt,
    direction: 'incoming',
    person: { name, url: `https://www.instagram.com/${name.toLowerCase().replace(/\W+/g, '')}` },
  };
}

export function message(platform: Platform, name: string, text: string, direction: 'incoming' | 'outgoing'): Item {
  return {
    ...base(platform, 'message', platform === 'linkedin' ? 'messages.csv' : 'messages/inbox/thread/message_1.json'),
    text,
    createdAt: '2025-02-01T12:00:00.000Z',
    direction,
    thread: `thread-${name}`,
    person: { name },
  };
}

export const POSITIONS: Position[] = PERSONA.positions.map((position) => ({
  platform: 'linkedin',
  company: position.company,
  title: position.title,
  startedOn: position.startedOn,
  ...(position.finishedOn ? { finishedOn: position.finishedOn } : {}),
}));

/**
 * The persona's world: LinkedIn connections at work, Facebook friends at home, messages, and the requests
 * waiting on each network — coworkers, a recruiter, a candidate, friends and strangers.
 */
export function personaItems(): Item[] {
  return [
    // what the exports know
    linkedinConnection('Priya Raman'),
    linkedinConnection('Jordan Lee'),
    linkedinConnection('Sam O’Neil'),
    linkedinConnection('Taylor Brooks'),
    linkedinConnection('Morgan Diaz'),
    linkedinConnection('Dana Whitfield'),
    facebookFriend('Riley Chen'),
    facebookFriend('Casey Jordan'),
    facebookFriend('Pat Morgan'),
    instagramFollow('Noor Haddad', 'incoming'),
    instagramFollow('Noor Haddad', 'outgoing'),
    message('facebook', 'Casey Jordan', 'See you Saturday at the lake!', 'incoming'),
    message('facebook', 'Dmitri Volkov', 'Hi, we met at the climbing gym last week', 'incoming'),
    message('linkedin', 'Taylor Brooks', 'Thanks for your time today, Alex.', 'incoming'),
    // requests on Facebook: work people on the wrong network, friends, strangers, a duplicate, another script
    facebookRequest('Jordan Lee', '2026-10-01T09:00:00.000Z'),
    facebookRequest('Jordan Lee', '2026-10-01T09:00:00.000Z'),
    facebookRequest('Priya Raman', '2026-10-03T18:30:00.000Z'),
    facebookRequest("Sam O'Neil", '2026-09-20T07:00:00.000Z'),
    facebookRequest('Taylor Brooks', '2026-10-05T12:00:00.000Z'),
    facebookRequest('morgan diaz', '2026-08-11T12:00:00.000Z'),
    facebookRequest('Dana M. Whitfield', null),
    facebookRequest('Dmitri Volkov', '2026-10-06T12:00:00.000Z'),
    facebookRequest('Zoë Ångström', '2026-10-07T12:00:00.000Z'),
    facebookRequest('李伟', '2026-10-08T12:00:00.000Z'),
    facebookRequest('Old Rejected', '2020-01-01T00:00:00.000Z', 'rejected'),
    facebookRequest('Someone I Asked', '2026-01-01T00:00:00.000Z', 'sent'),
    // LinkedIn invitations: a candidate says so, a friend, a stranger
    linkedinInvitation(
      'Chris Novak',
      '2026-10-02T15:00:00.000Z',
      'Hi Alex, I applied for the Junior Developer role on your team and would love to stay in touch.',
      'https://www.linkedin.com/in/chris-novak',
    ),
    linkedinInvitation('Riley Chen', '2026-09-01T15:00:00.000Z', '', 'https://www.linkedin.com/in/riley-chen'),
    linkedinInvitation('Pat Morgan', '2026-09-02T15:00:00.000Z'),
    linkedinInvitation('Quinn Harper', '2026-09-03T15:00:00.000Z', '', 'https://www.linkedin.com/in/quinn-harper'),
    // Instagram: a friend, and the candidate again
    instagramRequest('Noor Haddad', '2026-10-04T20:00:00.000Z'),
    instagramRequest('Chris Novak', '2026-10-04T21:00:00.000Z'),
  ];
}
