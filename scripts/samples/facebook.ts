import { join } from 'node:path';
import { seededRandom, writeFolder, writeZip, type FileMap } from './file-map.js';
import { samplePhoto } from './images.js';
import { PERSONA, PEOPLE } from './persona.js';
import type { SampleWriter } from './registry.js';

/** JSON text as Meta writes it: every UTF-8 byte of a non-ASCII character as its own `\u00XX` escape. */
export function metaJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u0080-\u{10ffff}]/gu, (char) =>
    [...Buffer.from(char, 'utf8')].map((byte) => `\\u00${byte.toString(16).padStart(2, '0')}`).join(''),
  );
}

/** Puts every path of `files` inside one top-level folder, as downloaded exports are zipped. */
export function inFolder(top: string, files: FileMap): FileMap {
  return Object.fromEntries(Object.entries(files).map(([path, content]) => [`${top}/${path}`, content]));
}

/** The junk a Mac adds when it zips a folder: Decorum must skip it. */
export function macJunk(top: string, paths: readonly string[]): FileMap {
  const junk: FileMap = { [`${top}/.DS_Store`]: Buffer.from([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]) };
  for (const path of paths.slice(0, 3)) {
    const slash = path.lastIndexOf('/');
    junk[`__MACOSX/${top}/${path.slice(0, slash + 1)}._${path.slice(slash + 1)}`] = Buffer.from([0, 5, 22, 7, 0, 2]);
  }
  return junk;
}

/** Unix seconds of a UTC date and time, for readable fixed timestamps. */
export function unix(iso: string): number {
  return Math.floor(Date.parse(iso) / 1000);
}

// ---------------------------------------------------------------------------------------------------------------
// The Facebook "Download Your Information" export of the persona, in the 2024+ and the ~2021–2023 folder layouts.
// ---------------------------------------------------------------------------------------------------------------

export type FacebookLayout = '2024' | '2022';

interface LayoutPaths {
  posts: string;
  album: string;
  otherPhotos: string;
  videos: string;
  comments: string;
  groupPosts: string;
  groupComments: string;
  likedPages: string;
  friendsDir: string;
  friends: string;
  received: string;
  sent: string;
  rejected: string;
  removed: string;
  messages: string;
  profile: string;
  media: string;
}

const LAYOUTS: Record<FacebookLayout, LayoutPaths> = {
  '2024': {
    posts: 'your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json',
    album: 'your_facebook_activity/posts/album/0.json',
    otherPhotos: 'your_facebook_activity/posts/your_uncategorized_photos.json',
    videos: 'your_facebook_activity/posts/your_videos.json',
    comments: 'your_facebook_activity/comments_and_reactions/comments.json',
    groupPosts: 'your_facebook_activity/groups/group_posts_and_comments.json',
    groupComments: 'your_facebook_activity/groups/your_comments_in_groups.json',
    likedPages: "your_facebook_activity/pages/pages_you've_liked.json",
    friendsDir: 'connections/friends/',
    friends: 'your_friends.json',
    received: 'received_friend_requests.json',
    sent: 'sent_friend_requests.json',
    rejected: 'rejected_friend_requests.json',
    removed: 'removed_friends.json',
    messages: 'your_facebook_activity/messages/',
    profile: 'personal_information/profile_information/profile_information.json',
    media: 'your_facebook_activity/posts/media/',
  },
  '2022': {
    posts: 'posts/your_posts_1.json',
    album: 'posts/album/0.json',
    otherPhotos: 'posts/your_uncategorized_photos.json',
    videos: 'posts/your_videos.json',
    comments: 'comments_and_reactions/comments.json',
    groupPosts: 'groups/your_posts_in_groups.json',
    groupComments: 'groups/your_comments_in_groups.json',
    likedPages: "pages/pages_you've_liked.json",
    friendsDir: 'friends_and_followers/',
    friends: 'friends.json',
    received: 'friend_requests_received.json',
    sent: 'friend_requests_sent.json',
    rejected: 'rejected_friend_requests.json',
    removed: 'removed_friends.json',
    messages: 'messages/',
    profile: 'profile_information/profile_information.json',
    media: 'posts/media/',
  },
};

export const FACEBOOK_HOME_ADDRESS = '1418 E Pine St, Seattle, WA 98122';
export const FACEBOOK_PHONE = '(206) 555-0143';

const byTruth = (...truths: string[]): string[] =>
  PEOPLE.filter((person) => truths.includes(person.truth)).map((person) => person.name);

/** Where each file of the sample export lives for a layout; tests use it to find records again. */
export function facebookPaths(layout: FacebookLayout = '2024'): LayoutPaths {
  return LAYOUTS[layout];
}

function exif(latitude: number, longitude: number, taken: string): Record<string, unknown> {
  return {
    photo_metadata: {
      exif_data: [
        {
          upload_ip: '203.0.113.24',
          taken_timestamp: unix(taken),
          camera_make: 'Apple',
          camera_model: 'iPhone 14',
          latitude,
          longitude,
          iso: 640,
          focal_length: '5.1',
          exposure: '1/30',
          f_stop: '1.8',
          orientation: 1,
          original_width: 640,
          original_height: 480,
        },
      ],
    },
  };
}

export interface FacebookSampleOptions {
  layout?: FacebookLayout;
  /** Leave out the photo and video files (a JSON-only part of a split export). */
  withoutMedia?: boolean;
}

/** The media files of the export (photos attached to posts, albums, messages), keyed by path. */
async function facebookMedia(paths: LayoutPaths, threadDir: string): Promise<FileMap> {
  const bar = await samplePhoto('bar-outing');
  const landscape = await samplePhoto('landscape');
  const neutral = await samplePhoto('neutral');
  return {
    [`${paths.media}YourPosts_8kq2/438120095_10233801947361025_7735581900335468_n.jpg`]: bar,
    [`${paths.media}Summer2025_77af/438120096_10233802947361026_1204558134497752_n.jpg`]: landscape,
    [`${paths.media}Summer2025_77af/438120097_10233803947361027_8823014475190021_n.jpg`]: neutral,
    [`${paths.media}Uncategorized_01/438120098_10233804947361028_3398120447561093_n.jpg`]: bar,
    [`${threadDir}photos/438120099_10233805947361029_5561209983345122_n.jpg`]: bar,
  };
}

/**
 * The persona's Facebook export as a FileMap: posts (clean and risky), an album, uncategorised photos and videos,
 * comments, messages with friends, coworkers and the manager, friends, friend requests in every state, the profile
 * with work history. Every string is written with Meta's mojibake. The same bytes every run.
 */
export async function facebookExportFiles(options: FacebookSampleOptions = {}): Promise<FileMap> {
  const paths = LAYOUTS[options.layout ?? '2024'];
  const random = seededRandom(2024);
  const me = PERSONA.name;
  const fbId = (): string => String(10150000000000000 + Math.floor(random() * 1e9));
  const media = (file: string, taken: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
    uri: `${paths.media}${file}`,
    creation_timestamp: unix(taken) + 60,
    title: '',
    ...extra,
  });
  const files: FileMap = {};
  const put = (path: string, value: unknown): void => {
    files[path] = metaJson(value);
  };

  // ---- posts ----
  const barTaken = '2025-11-14T22:41:00Z';
  put(paths.posts, [
    {
      timestamp: unix('2025-11-14T23:05:00Z'),
      attachments: [
        {
          data: [
            {
              media: media('YourPosts_8kq2/438120095_10233801947361025_7735581900335468_n.jpg', barTaken, {
                media_metadata: exif(PERSONA.bar.latitude, PERSONA.bar.longitude, barTaken),
                description: 'Round three 🍻',
              }),
            },
          ],
        },
        {
          data: [
            {
              place: {
                name: PERSONA.bar.name,
                coordinate: { latitude: PERSONA.bar.latitude, longitude: PERSONA.bar.longitude },
                address: '1000 Pike St, Seattle, WA',
                url: 'https://www.facebook.com/tipsycowtaproom',
              },
            },
          ],
        },
      ],
      data: [{ post: 'Third round at the Tipsy Cow with the crew 🍻 absolutely wasted already, no regrets' }],
      tags: [{ name: 'Riley Chen' }, { name: 'Casey Jordan' }],
      title: `${me} is at ${PERSONA.bar.name}.`,
    },
    {
      timestamp: unix('2025-11-15T10:12:00Z'),
      data: [{ post: 'So hungover. Called in sick, never drinking tequila on a Tuesday again 🤢' }],
      title: `${me} is feeling sick.`,
    },
    {
      timestamp: unix('2026-01-20T18:30:00Z'),
      data: [
        {
          post: 'My boss at Contoso is a clueless micromanager. Worst manager I have ever had, cannot wait to quit this dump.',
        },
      ],
      title: `${me} updated his status.`,
    },
    {
      timestamp: unix('2026-02-02T09:00:00Z'),
      data: [
        {
          post: `Selling my couch! Pick it up at ${FACEBOOK_HOME_ADDRESS} or text me at ${FACEBOOK_PHONE}.`,
        },
      ],
      title: `${me} updated his status.`,
    },
    {
      timestamp: unix('2025-09-07T08:15:00Z'),
      data: [{ post: 'Finished the Seattle 10k this morning — new personal best! 🏃' }],
      title: `${me} updated his status.`,
    },
    {
      timestamp: unix('2025-10-01T19:45:00Z'),
      attachments: [{ data: [{ external_context: { url: 'https://devblogs.example.com/typescript-5-9' } }] }],
      data: [{ post: 'Great write-up on what is new in TypeScript.' }],
      title: `${me} shared a link.`,
    },
    {
      timestamp: unix('2025-07-19T14:00:00Z'),
      data: [{ post: 'Fika in Malmö with an old friend ☕ — the café by the harbour was lovely. Tack för idag!' }],
      title: `${me} updated his status.`,
    },
    {
      timestamp: unix('2025-12-24T20:00:00Z'),
      data: [{ update_timestamp: unix('2025-12-24T20:00:00Z') }],
      title: `${me} updated his cover photo.`,
    },
  ]);

  // ---- album, uncategorised photos, videos ----
  const lakeTaken = '2025-08-03T16:20:00Z';
  put(paths.album, {
    name: 'Summer 2025',
    photos: [
      {
        ...media('Summer2025_77af/438120096_10233802947361026_1204558134497752_n.jpg', lakeTaken, {
          media_metadata: exif(47.6616, -122.3133, lakeTaken),
        }),
        title: 'Summer 2025',
        description: 'Green Lake at sunset',
      },
      { ...media('Summer2025_77af/438120097_10233803947361027_8823014475190021_n.jpg', '2025-08-04T09:00:00Z'), title: 'Summer 2025' },
      // the bar photo is also in "Your posts": not listed twice
      { ...media('YourPosts_8kq2/438120095_10233801947361025_7735581900335468_n.jpg', barTaken), title: 'Summer 2025' },
    ],
    cover_photo: media('Summer2025_77af/438120096_10233802947361026_1204558134497752_n.jpg', lakeTaken),
    last_modified_timestamp: unix('2025-08-04T09:00:00Z'),
    description: 'Summer in the city',
  });
  const partyTaken = '2025-12-31T23:55:00Z';
  put(paths.otherPhotos, {
    other_photos_v2: [
      {
        ...media('Uncategorized_01/438120098_10233804947361028_3398120447561093_n.jpg', partyTaken, {
          media_metadata: exif(PERSONA.home.latitude, PERSONA.home.longitude, partyTaken),
        }),
        description: 'NYE party at mine, bring your own booze',
      },
    ],
  });
  put(paths.videos, {
    videos_v2: [
      {
        uri: `${paths.media}Videos_3c1d/10233806_karaoke.mp4`, // not in this export: path null
        creation_timestamp: unix('2026-01-01T01:10:00Z'),
        title: '',
        description: 'Karaoke at 1am, do not show this to HR',
      },
    ],
  });

  // ---- comments ----
  put(paths.comments, {
    comments_v2: [
      {
        timestamp: unix('2025-11-16T12:00:00Z'),
        data: [
          { comment: { timestamp: unix('2025-11-16T12:00:00Z'), comment: 'You were even drunker than me 😂', author: me } },
        ],
        title: `${me} commented on Riley Chen's photo.`,
      },
      {
        timestamp: unix('2026-01-21T08:10:00Z'),
        data: [
          {
            comment: {
              timestamp: unix('2026-01-21T08:10:00Z'),
              comment: 'Standup is pointless anyway, I just mute and play games',
              author: me,
            },
          },
        ],
        title: `${me} replied to Jordan Lee's comment.`,
      },
      {
        timestamp: unix('2025-09-07T10:00:00Z'),
        data: [{ comment: { timestamp: unix('2025-09-07T10:00:00Z'), comment: 'Thanks everyone!', author: me } }],
        title: `${me} commented on his own post.`,
      },
      {
        timestamp: unix('2025-08-10T17:00:00Z'),
        data: [{ comment: { timestamp: unix('2025-08-10T17:00:00Z'), comment: 'Congrats Zoë! 🎉', author: me } }],
        title: `${me} commented on Zoë Ångström's post.`,
      },
    ],
  });

  // ---- groups: often public, read by strangers ----
  put(paths.groupPosts, {
    group_posts_v2: [
      {
        timestamp: unix('2026-02-12T21:30:00Z'),
        data: [
          {
            post: "Honest question: has anyone actually used Contoso's new app? I work there and even I wouldn't install it 🙃",
          },
        ],
        title: `${me} posted in Seattle Tech Talk.`,
      },
    ],
  });
  put(paths.groupComments, {
    group_comments_v2: [
      {
        timestamp: unix('2026-02-13T07:45:00Z'),
        data: [
          {
            comment: {
              timestamp: unix('2026-02-13T07:45:00Z'),
              comment: 'Management there has no clue, trust me',
              author: me,
              group: 'Seattle Tech Talk',
            },
          },
        ],
        title: `${me} replied to Morgan Diaz's comment.`,
      },
    ],
  });

  // ---- liked pages: shown on the profile ----
  put(paths.likedPages, {
    page_likes_v2: [
      { name: 'Contoso Ltd.', timestamp: unix('2022-03-15T09:00:00Z'), url: 'https://www.facebook.com/contoso' },
      { name: 'Seattle Craft Beer Week', timestamp: unix('2025-05-02T18:00:00Z') },
      { name: 'Tequila Tuesdays — Drink Till You Drop', timestamp: unix('2025-11-18T23:00:00Z') },
    ],
  });

  // ---- friends and requests ----
  const stamp = (iso: string): number => unix(iso);
  const people = (names: readonly string[], start: string, stepDays: number): { name: string; timestamp: number }[] =>
    names.map((name, index) => ({ name, timestamp: stamp(start) + index * stepDays * 86400 }));
  const friendsDir = paths.friendsDir;
  put(friendsDir + paths.friends, { friends_v2: people(byTruth('friend', 'family'), '2025-02-01T12:00:00Z', 9) });
  put(friendsDir + paths.received, {
    received_requests_v2: people(
      [
        'Priya Raman',
        'Jordan Lee',
        'Sam O’Neil',
        'Taylor Brooks',
        'Chris Novak',
        'Morgan Diaz',
        'Noor Haddad',
        'Zoë Ångström',
        '李伟',
        'Dmitri Volkov',
      ],
      '2026-01-05T08:00:00Z',
      3,
    ),
  });
  put(friendsDir + paths.sent, { sent_requests_v2: people(['Dana Whitfield'], '2026-02-10T20:00:00Z', 1) });
  put(friendsDir + paths.rejected, { rejected_requests_v2: people(['李伟'], '2025-12-12T03:00:00Z', 1) });
  put(friendsDir + paths.removed, { deleted_friends_v2: people(['Dmitri Volkov'], '2025-10-30T15:00:00Z', 1) });

  // ---- messages ----
  const threadDir = (folder: string, name: string): string =>
    `${folder}/${name.toLowerCase().replace(/[^a-z]/g, '')}_${fbId().slice(-8)}/`;
  const threads: { folder: string; with: string; messages: [string, string][]; start: string }[] = [
    {
      folder: 'inbox',
      with: 'Riley Chen',
      start: '2025-11-15T11:00:00Z',
      messages: [
        ['Riley Chen', 'How are you even alive after last night'],
        [me, 'Barely. I blacked out after the fifth shot 😂'],
        ['Riley Chen', 'Same time next Friday?'],
        [me, 'Obviously. Tipsy Cow, 9pm'],
      ],
    },
    {
      folder: 'inbox',
      with: 'Jordan Lee',
      start: '2026-01-19T21:00:00Z',
      messages: [
        [me, 'Cover for me at standup tomorrow? Telling Priya I am sick but I am going to the game'],
        ['Jordan Lee', 'Haha sure, she will never know'],
        [me, 'You are a legend. Also do not tell anyone about the Falcon launch date, still under NDA'],
      ],
    },
    {
      folder: 'inbox',
      with: 'Priya Raman',
      start: '2026-01-22T16:00:00Z',
      messages: [
        ['Priya Raman', 'Hi Alex, can you send me the sprint report before Friday?'],
        [me, 'Sure, I will have it to you by Thursday. Thanks Priya!'],
      ],
    },
    {
      folder: 'inbox',
      with: 'Sam O’Neil',
      start: '2025-10-05T19:00:00Z',
      messages: [
        ['Sam O’Neil', 'Long time! Still at Contoso?'],
        [me, 'Yep. Fabrikam days feel like forever ago'],
      ],
    },
    {
      folder: 'archived_threads',
      with: 'Casey Jordan',
      start: '2025-06-14T09:00:00Z',
      messages: [
        ['Casey Jordan', 'Happy birthday!! 🎂'],
        [me, 'Thank you! Drinks on me Saturday'],
      ],
    },
    {
      folder: 'message_requests',
      with: 'Dmitri Volkov',
      start: '2026-02-20T04:00:00Z',
      messages: [['Dmitri Volkov', 'Hello friend, I have a business opportunity for you. Reply for details.']],
    },
  ];
  let firstThreadDir = '';
  for (const thread of threads) {
    const dir = threadDir(thread.folder, thread.with);
    if (!firstThreadDir) firstThreadDir = paths.messages + dir;
    const base = Date.parse(thread.start);
    const messages: Record<string, unknown>[] = thread.messages.map(([sender, content], index) => ({
      sender_name: sender,
      timestamp_ms: base + index * 137_000,
      content,
      is_geoblocked_for_viewer: false,
    }));
    if (thread.with === 'Riley Chen') {
      messages.push({
        sender_name: me,
        timestamp_ms: base + 10 * 137_000,
        photos: [{ uri: `${paths.messages}${dir}photos/438120099_10233805947361029_5561209983345122_n.jpg`, creation_timestamp: base / 1000 }],
        is_geoblocked_for_viewer: false,
      });
    }
    messages.reverse(); // Facebook writes the newest message first
    put(`${paths.messages}${dir}message_1.json`, {
      participants: [{ name: thread.with }, { name: me }],
      messages,
      title: thread.with,
      is_still_participant: true,
      thread_path: dir.replace(/\/$/, ''),
      magic_words: [],
    });
  }

  // ---- profile ----
  put(paths.profile, {
    profile_v2: {
      name: { full_name: me, first_name: 'Alex', middle_name: '', last_name: 'Morgan' },
      emails: { emails: [PERSONA.email], previous_emails: [], pending_emails: [], ad_account_emails: [] },
      birthday: { year: 1996, month: 4, day: 12 },
      gender: { gender_option: 'MALE', pronoun: 'HE' },
      current_city: { name: PERSONA.home.city, timestamp: unix('2022-03-01T00:00:00Z') },
      hometown: { name: 'Spokane, Washington', timestamp: unix('2014-09-01T00:00:00Z') },
      work_experiences: PERSONA.positions.map((position) => ({
        employer: position.company,
        title: position.title,
        location: 'Seattle, Washington',
        start_timestamp: unix(`${position.startedOn}-01T00:00:00Z`),
        ...(position.finishedOn ? { end_timestamp: unix(`${position.finishedOn}-01T00:00:00Z`) } : {}),
        timestamp: unix(`${position.startedOn}-01T00:00:00Z`),
      })),
      education_experiences: [
        { name: 'University of Washington', graduated: true, school_type: 'College', timestamp: unix('2018-06-01T00:00:00Z') },
      ],
      websites: [{ address: 'https://alexmorgan.dev/' }],
      phone_numbers: [{ phone_type: 'Mobile', phone_number: '+12065550143', verified: true }],
      username: 'alex.morgan.77',
      about_me: 'Software engineer in Seattle. Coffee, code and climbing — and the occasional pint.',
      favorite_quotes: '“Work hard, party harder.”',
      registration_timestamp: unix('2012-09-15T00:00:00Z'),
      profile_uri: PERSONA.facebookUrl,
    },
  });

  if (!options.withoutMedia) Object.assign(files, await facebookMedia(paths, firstThreadDir));
  return files;
}

/** Photo and video files: what part 2 of a split download holds. */
export function isFacebookMediaPath(path: string): boolean {
  return /\.(jpe?g|png|mp4|gif)$/i.test(path);
}

export const FACEBOOK_TOP_FOLDER = 'facebook-alexmorgan77-2026-03-01-Xk3pQ9Lm';

/**
 * A split download as Facebook sends big exports: part 1 holds the JSON (and Mac zip junk), part 2 the photos;
 * both inside the same top-level folder.
 */
export async function facebookSplitParts(): Promise<[FileMap, FileMap]> {
  const all = await facebookExportFiles({ layout: '2024' });
  const json: FileMap = {};
  const media: FileMap = {};
  for (const [path, content] of Object.entries(all)) (isFacebookMediaPath(path) ? media : json)[path] = content;
  const part1 = { ...inFolder(FACEBOOK_TOP_FOLDER, json), ...macJunk(FACEBOOK_TOP_FOLDER, Object.keys(json)) };
  return [part1, inFolder(FACEBOOK_TOP_FOLDER, media)];
}

export const facebookSampleWriter: SampleWriter = {
  name: 'facebook',
  async write(outDir) {
    const [part1, part2] = await facebookSplitParts();
    const zip1 = join(outDir, 'facebook-export-part1.zip');
    const zip2 = join(outDir, 'facebook-export-part2.zip');
    await writeZip(zip1, part1);
    await writeZip(zip2, part2);
    const old = join(outDir, 'facebook-export-2022');
    writeFolder(old, await facebookExportFiles({ layout: '2022' }));
    return [zip1, zip2, old];
  },
};

/**
 * A big 2024+ export for benchmarks: `posts` posts (some with media and places), `messages` messages over threads of
 * 10,000, and 5,000 friends, with Meta's mojibake throughout. Deterministic.
 */
export function buildLargeFacebookExport(posts: number, messages: number): FileMap {
  const paths = LAYOUTS['2024'];
  const random = seededRandom(99);
  const names = PEOPLE.map((person) => person.name);
  const phrases = [
    'Great day at the lake with Zoë ☀️',
    'So hungover after last night 🍻',
    'My boss is driving me crazy again',
    'New blog post about TypeScript',
    'Café au lait and a good book ☕',
    '李伟 and I finally met up 😂',
  ];
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const start = unix('2025-01-01T00:00:00Z');
  const files: FileMap = {};
  const list = [];
  for (let index = 0; index < posts; index++) {
    const timestamp = start + index * 600;
    const post: Record<string, unknown> = {
      timestamp,
      data: [{ post: `${pick(phrases)} #${index}` }],
      title: `${PERSONA.name} updated his status.`,
    };
    if (index % 5 === 0) {
      post.attachments = [
        {
          data: [
            {
              media: {
                uri: `${paths.media}Bench/${index}.jpg`,
                creation_timestamp: timestamp,
                media_metadata: exif(PERSONA.bar.latitude, PERSONA.bar.longitude, '2025-06-01T20:00:00Z'),
                title: '',
              },
            },
            { place: { name: PERSONA.bar.name, coordinate: { latitude: 47.6, longitude: -122.3 } } },
          ],
        },
      ];
    }
    list.push(post);
  }
  files[paths.posts] = metaJson(list);
  for (let thread = 0; thread * 10_000 < messages; thread++) {
    const other = names[thread % names.length] as string;
    const count = Math.min(10_000, messages - thread * 10_000);
    const dir = `${paths.messages}inbox/thread${thread}_${1000 + thread}/`;
    files[`${dir}message_1.json`] = metaJson({
      participants: [{ name: other }, { name: PERSONA.name }],
      messages: Array.from({ length: count }, (_, index) => ({
        sender_name: index % 2 ? PERSONA.name : other,
        timestamp_ms: (start + index * 60) * 1000,
        content: `${pick(phrases)} (${index})`,
        is_geoblocked_for_viewer: false,
      })),
      title: other,
      thread_path: `inbox/thread${thread}_${1000 + thread}`,
    });
  }
  files[`${paths.friendsDir}${paths.friends}`] = metaJson({
    friends_v2: Array.from({ length: 5000 }, (_, index) => ({ name: `${pick(names)} ${index}`, timestamp: start + index })),
  });
  files[paths.profile] = metaJson({ profile_v2: { name: { full_name: PERSONA.name } } });
  return files;
}
