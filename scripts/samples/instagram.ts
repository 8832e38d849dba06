import { join } from 'node:path';
import { writeFolder, writeZip, type FileMap } from './file-map.js';
import { inFolder, macJunk, metaJson, unix } from './facebook.js';
import { samplePhoto } from './images.js';
import { PERSONA } from './persona.js';
import type { SampleWriter } from './registry.js';

// ---------------------------------------------------------------------------------------------------------------
// The Instagram export of the persona, in every layout era Instagram has used.
// ---------------------------------------------------------------------------------------------------------------

/** `2021`: media.json era; `2022`: content/; `2023`: your_instagram_activity/content/; `2025`: …/media/. */
export type InstagramEra = '2021' | '2022' | '2023' | '2025';
/** The language of the `string_map_data` keys. */
export type InstagramLocale = 'en' | 'de' | 'fr' | 'es';

const KEYS: Record<InstagramLocale, Record<'comment' | 'time' | 'owner' | 'private' | 'username' | 'name' | 'bio', string>> = {
  en: {
    comment: 'Comment',
    time: 'Time',
    owner: 'Media Owner',
    private: 'Private Account',
    username: 'Username',
    name: 'Name',
    bio: 'Bio',
  },
  de: {
    comment: 'Kommentar',
    time: 'Zeit',
    owner: 'Medieninhaber',
    private: 'Privates Konto',
    username: 'Benutzername',
    name: 'Name',
    bio: 'Biografie',
  },
  fr: {
    comment: 'Commentaire',
    time: 'Heure',
    owner: 'Propriétaire du contenu',
    private: 'Compte privé',
    username: "Nom d'utilisateur",
    name: 'Nom',
    bio: 'Biographie',
  },
  es: {
    comment: 'Comentario',
    time: 'Hora',
    owner: 'Propietario del contenido',
    private: 'Cuenta privada',
    username: 'Nombre de usuario',
    name: 'Nombre',
    bio: 'Biografía',
  },
};

/** Instagram handles of the persona's people (Instagram shows handles, not names). */
export const INSTAGRAM_HANDLES: Readonly<Record<string, string>> = {
  'Riley Chen': 'riley.chen',
  'Casey Jordan': 'caseyjordan_',
  'Noor Haddad': 'noor.haddad',
  'Pat Morgan': 'patmorgan58',
  'Jordan Lee': 'jordanlee.codes',
  'Priya Raman': 'priya.raman',
  'Taylor Brooks': 'taylorbrooks.recruits',
  'Chris Novak': 'chrisnovak.dev',
  'Morgan Diaz': 'morgandiaz_litware',
  'Dana Whitfield': 'dana.whitfield',
  'Dmitri Volkov': 'dmitri_v_1987',
  'Zoë Ångström': 'zoe.angstrom',
  李伟: 'liwei_sh',
};

const handle = (name: string): string => INSTAGRAM_HANDLES[name] as string;

export interface InstagramSampleOptions {
  era?: InstagramEra;
  locale?: InstagramLocale;
  isPrivate?: boolean;
}

interface Paths {
  posts: string;
  stories: string;
  reels: string;
  archived: string;
  profilePhotos: string;
  comments: string;
  follow: string;
  profile: string;
  /** Folder of the photo files, by month. */
  media: (kind: 'posts' | 'stories' | 'reels' | 'profile', month: string) => string;
}

function pathsOf(era: Exclude<InstagramEra, '2021'>): Paths {
  const activity = era === '2022' ? '' : 'your_instagram_activity/';
  const content = era === '2022' ? 'content/' : era === '2023' ? `${activity}content/` : `${activity}media/`;
  return {
    posts: `${content}posts_1.json`,
    stories: `${content}stories.json`,
    reels: `${content}reels.json`,
    archived: `${content}archived_posts.json`,
    profilePhotos: `${content}profile_photos.json`,
    comments: era === '2022' ? 'comments/post_comments.json' : `${activity}comments/post_comments_1.json`,
    follow: era === '2022' ? 'followers_and_following/' : 'connections/followers_and_following/',
    profile:
      era === '2022'
        ? 'personal_information/personal_information.json'
        : 'personal_information/personal_information/personal_information.json',
    media: (kind, month) => `media/${kind}/${month}/`,
  };
}

function exifData(latitude: number, longitude: number, taken: string): Record<string, unknown> {
  return {
    photo_metadata: {
      exif_data: [
        {
          latitude,
          longitude,
          date_time_original: taken.replace('T', ' ').replace('Z', ''),
          source_type: 'camera',
        },
      ],
    },
  };
}

/** One entry of a followers/following/requests list; 2025 puts the username in `title` and drops `value`. */
function relation(name: string, timestamp: number, era: InstagramEra): Record<string, unknown> {
  const user = handle(name);
  const href = `https://www.instagram.com/${era === '2025' ? '_u/' : ''}${user}`;
  return era === '2025'
    ? { title: user, media_list_data: [], string_list_data: [{ href, timestamp }] }
    : { title: '', media_list_data: [], string_list_data: [{ href, value: user, timestamp }] };
}

const FOLLOWERS = ['Riley Chen', 'Casey Jordan', 'Noor Haddad', 'Pat Morgan', 'Jordan Lee', 'Priya Raman'];
const FOLLOWING = ['Riley Chen', 'Casey Jordan', 'Noor Haddad', 'Pat Morgan', 'Dana Whitfield'];
const REQUESTS_RECEIVED = ['Taylor Brooks', 'Chris Novak', 'Zoë Ångström', 'Dmitri Volkov', '李伟'];
const REQUESTS_SENT = ['Morgan Diaz'];

/**
 * The persona's Instagram export as a FileMap: photo posts (one at the bar with GPS in exif_data, one with several
 * photos), a story, a reel, an archived post, a profile photo, comments, followers, following, follow requests
 * both ways, and personal information. Written with Meta's mojibake; the same bytes every run.
 */
export async function instagramExportFiles(options: InstagramSampleOptions = {}): Promise<FileMap> {
  const era = options.era ?? '2025';
  if (era === '2021') return instagram2021Files(options);
  const keys = KEYS[options.locale ?? 'en'];
  const paths = pathsOf(era);
  const isPrivate = options.isPrivate ?? false;
  const files: FileMap = {};
  const put = (path: string, value: unknown): void => {
    files[path] = metaJson(value);
  };
  const bar = await samplePhoto('bar-outing');
  const landscape = await samplePhoto('landscape');
  const neutral = await samplePhoto('neutral');
  const photo = (kind: Parameters<Paths['media']>[0], month: string, name: string, content: Buffer): string => {
    const path = `${paths.media(kind, month)}${name}`;
    files[path] = content;
    return path;
  };

  const barTaken = '2025-11-14T22:45:00Z';
  put(paths.posts, [
    {
      media: [
        {
          uri: photo('posts', '202511', '17912345678901234.jpg', bar),
          creation_timestamp: unix('2025-11-14T23:10:00Z'),
          media_metadata: exifData(PERSONA.bar.latitude, PERSONA.bar.longitude, barTaken),
          title: 'Cheers to the weekend 🍻 #drunk #fridaynight',
          cross_post_source: { source_app: 'FB' },
        },
      ],
    },
    {
      media: [
        {
          uri: photo('posts', '202508', '17912345678905678.jpg', landscape),
          creation_timestamp: unix('2025-08-03T17:00:00Z'),
          media_metadata: exifData(47.6616, -122.3133, '2025-08-03T16:20:00Z'),
          title: '',
        },
        {
          uri: photo('posts', '202508', '17912345678905679.jpg', neutral),
          creation_timestamp: unix('2025-08-03T17:00:00Z'),
          title: '',
        },
      ],
      title: 'Weekend hike, then straight back to the desk 🏔️',
      creation_timestamp: unix('2025-08-03T17:00:00Z'),
    },
    {
      media: [
        {
          uri: photo('posts', '202601', '17912345678909999.jpg', neutral),
          creation_timestamp: unix('2026-01-20T19:00:00Z'),
          title: 'Another pointless all-hands at Contoso. Wake me up when it is over 😴',
        },
      ],
    },
  ]);
  put(paths.stories, {
    ig_stories: [
      {
        uri: photo('stories', '202512', '17990000000000001.jpg', bar),
        creation_timestamp: unix('2025-12-31T23:50:00Z'),
        media_metadata: exifData(PERSONA.home.latitude, PERSONA.home.longitude, '2025-12-31T23:49:00Z'),
        title: 'NYE at mine 🥂 so drunk',
      },
    ],
  });
  put(paths.reels, {
    ig_reels_media: [
      {
        media: [
          {
            uri: 'media/reels/202601/17880000000000002.mp4', // not in this export: path null
            creation_timestamp: unix('2026-01-01T01:15:00Z'),
            title: 'Karaoke hour',
          },
        ],
      },
    ],
  });
  put(paths.archived, {
    ig_archived_post_media: [
      {
        media: [
          {
            uri: photo('posts', '202509', '17912345678900001.jpg', landscape),
            creation_timestamp: unix('2025-09-21T12:00:00Z'),
            title: 'Old view from the office',
          },
        ],
      },
    ],
  });
  put(paths.profilePhotos, {
    ig_profile_picture: [
      {
        uri: photo('profile', '202503', '17800000000000003.jpg', neutral),
        creation_timestamp: unix('2025-03-01T10:00:00Z'),
        title: '',
        is_active_profile: true,
      },
    ],
  });

  const comments = [
    ['lol you were even more wasted than me', 'Riley Chen', '2025-11-15T12:30:00Z'],
    ['Congrats on the new role! 🎉', 'Jordan Lee', '2026-02-01T09:00:00Z'],
    ['Tack så mycket, Zoë! Fika soon ☕', 'Zoë Ångström', '2025-07-20T10:00:00Z'],
  ] as const;
  if (era === '2022') {
    put(paths.comments, {
      comments_media_comments: comments.map(([text, owner, time]) => ({
        title: handle(owner),
        string_list_data: [{ value: text, timestamp: unix(time) }],
      })),
    });
  } else {
    put(
      paths.comments,
      comments.map(([text, owner, time]) => ({
        media_list_data: [{ uri: '' }],
        string_map_data: {
          [keys.comment]: { value: text },
          [keys.owner]: { value: handle(owner) },
          [keys.time]: { timestamp: unix(time) },
        },
      })),
    );
  }

  const stamps = (names: readonly string[], start: string): Record<string, unknown>[] =>
    names.map((name, index) => relation(name, unix(start) + index * 5 * 86400, era));
  // followers: a bare array until 2024, `{relationships_followers}` in newer exports
  const followers = stamps(FOLLOWERS, '2025-03-10T12:00:00Z');
  put(`${paths.follow}followers_1.json`, era === '2025' ? { relationships_followers: followers } : followers);
  put(`${paths.follow}following.json`, { relationships_following: stamps(FOLLOWING, '2025-03-12T12:00:00Z') });
  put(`${paths.follow}follow_requests_you've_received.json`, {
    relationships_follow_requests_received: stamps(REQUESTS_RECEIVED, '2026-01-08T08:00:00Z'),
  });
  put(`${paths.follow}pending_follow_requests.json`, {
    relationships_follow_requests_sent: stamps(REQUESTS_SENT, '2026-02-14T18:00:00Z'),
  });

  const inbox = era === '2022' ? 'messages/' : 'your_instagram_activity/messages/';
  const threads = [
    {
      folder: 'inbox',
      with: 'Jordan Lee',
      start: '2026-01-20T22:00:00Z',
      lines: [
        ['Jordan Lee', 'Priya asked where you were today 👀'],
        [PERSONA.name, 'Told her I had the flu lol. Worth it, the game was unreal'],
      ],
    },
    {
      folder: 'message_requests',
      with: 'Taylor Brooks',
      start: '2026-02-03T15:00:00Z',
      lines: [['Taylor Brooks', 'Hi Alex! I recruit for Tailspin Toys, open to a chat about a senior role?']],
    },
  ];
  for (const thread of threads) {
    const dir = `${thread.folder}/${handle(thread.with).replace(/[^a-z]/g, '')}_17841400000000000`;
    put(`${inbox}${dir}/message_1.json`, {
      participants: [{ name: thread.with }, { name: PERSONA.name }],
      messages: thread.lines
        .map(([sender, content], index) => ({
          sender_name: sender,
          timestamp_ms: Date.parse(thread.start) + index * 95_000,
          content,
          is_geoblocked_for_viewer: false,
        }))
        .reverse(),
      title: thread.with,
      is_still_participant: true,
      thread_path: dir,
      magic_words: [],
    });
  }

  put(paths.profile, {
    profile_user: [
      {
        title: '',
        media_map_data: { 'Profile Photo': { uri: 'media/profile/202503/17800000000000003.jpg', title: '' } },
        string_map_data: {
          Email: { href: '', value: PERSONA.email, timestamp: 0 },
          [keys.username]: { href: '', value: PERSONA.instagramHandle, timestamp: 0 },
          [keys.name]: { href: '', value: PERSONA.name, timestamp: 0 },
          [keys.bio]: { href: '', value: 'Seattle 📍 | code, coffee & climbing | views my own', timestamp: 0 },
          Gender: { href: '', value: 'male', timestamp: 0 },
          [keys.private]: { href: '', value: isPrivate ? 'True' : 'False', timestamp: 0 },
          'Date of birth': { href: '', value: '1996-04-12', timestamp: 0 },
        },
      },
    ],
  });
  return files;
}

/** Before 2022: `media.json`, `comments.json`, `connections.json`, `profile.json` at the root, photos by month. */
async function instagram2021Files(options: InstagramSampleOptions): Promise<FileMap> {
  const bar = await samplePhoto('bar-outing');
  const landscape = await samplePhoto('landscape');
  const iso = (text: string): string => text.replace('Z', '+00:00');
  const files: FileMap = {
    'photos/202511/5f1b2c3d4e.jpg': bar,
    'photos/202508/6a7b8c9d0e.jpg': landscape,
    'stories/202512/7b8c9d0e1f.jpg': bar,
  };
  files['media.json'] = metaJson({
    photos: [
      {
        caption: 'Cheers to the weekend 🍻 #drunk',
        taken_at: iso('2025-11-14T23:10:00Z'),
        path: 'photos/202511/5f1b2c3d4e.jpg',
        location: PERSONA.bar.name,
      },
      { caption: 'Green Lake ☀️', taken_at: iso('2025-08-03T17:00:00Z'), path: 'photos/202508/6a7b8c9d0e.jpg' },
    ],
    videos: [],
    stories: [{ caption: 'NYE 🥂', taken_at: iso('2025-12-31T23:50:00Z'), path: 'stories/202512/7b8c9d0e1f.jpg' }],
    profile: [],
    direct: [],
  });
  files['comments.json'] = metaJson({
    media_comments: [
      [iso('2025-11-15T12:30:00Z'), 'lol you were even more wasted than me', handle('Riley Chen')],
      [iso('2025-07-20T10:00:00Z'), 'Tack så mycket, Zoë!', handle('Zoë Ångström')],
    ],
    live_comments: [],
  });
  const map = (names: readonly string[], start: string): Record<string, string> =>
    Object.fromEntries(
      names.map((name, index) => [handle(name), iso(new Date(Date.parse(start) + index * 86400_000).toISOString())]),
    );
  files['connections.json'] = metaJson({
    followers: map(FOLLOWERS, '2025-03-10T12:00:00Z'),
    following: map(FOLLOWING, '2025-03-12T12:00:00Z'),
    follow_requests_sent: map(REQUESTS_SENT, '2026-02-14T18:00:00Z'),
    blocked_users: {},
  });
  files['profile.json'] = metaJson({
    username: PERSONA.instagramHandle,
    name: PERSONA.name,
    biography: 'Seattle 📍 | code, coffee & climbing',
    email: PERSONA.email,
    private_account: options.isPrivate ?? false,
    date_joined: iso('2015-05-01T10:00:00Z'),
  });
  return files;
}

export const INSTAGRAM_TOP_FOLDER = 'instagram-alex.morgan.photos-2026-03-01-Qw8Er2Ty';

export const instagramSampleWriter: SampleWriter = {
  name: 'instagram',
  async write(outDir) {
    const current = await instagramExportFiles({ era: '2025' });
    const zip = join(outDir, 'instagram-export.zip');
    await writeZip(zip, {
      ...inFolder(INSTAGRAM_TOP_FOLDER, current),
      ...macJunk(INSTAGRAM_TOP_FOLDER, Object.keys(current)),
    });
    const old = join(outDir, 'instagram-export-2021');
    writeFolder(old, await instagram2021Files({}));
    return [zip, old];
  },
};
