import { printable } from './printable.js';
import type { Item, Platform } from './item.js';
import { platformLink } from './safe-url.js';

/** How to get to one item on its platform: its own link when one can be built, else where and how to look. */
export interface ItemLocation {
  /** The item's own page (a deep link), or null when the export holds nothing to build one from. */
  url: string | null;
  /** A page to start looking from (an activity log, the messages list) when there is no deep link. */
  findUrl: string | null;
  /** Exact find steps: the menu path, the day, the opening words. Empty when `url` leads straight to it. */
  find: string[];
}

/**
 * Facebook names exported photos `<a>_<photo id>_<b>_n.jpg`; the middle number is the photo's id, which opens
 * the photo (and the post it belongs to) at `photo.php?fbid=`.
 */
const FACEBOOK_PHOTO_FILE = /(?:^|\/)\d+_(\d{6,20})_\d+_[a-z]\.(?:jpe?g|png|gif|webp|mp4)$/i;

export function facebookPhotoId(item: Pick<Item, 'media'>): string | undefined {
  for (const media of item.media) {
    const name = media.ref ?? media.path ?? '';
    const id = FACEBOOK_PHOTO_FILE.exec(name)?.[1];
    if (id) return id;
  }
  return undefined;
}

/** LinkedIn conversation ids (`2-<base64>==`) open their thread directly. */
const LINKEDIN_THREAD = /^2-[A-Za-z0-9+/_-]+=*$/;

function deepLink(item: Item): string | null {
  const own = platformLink(item.url, item.platform);
  switch (item.platform) {
    case 'x':
    case 'linkedin':
      if (own) return own;
      if (item.platform === 'linkedin' && item.kind === 'message' && item.thread && LINKEDIN_THREAD.test(item.thread))
        return `https://www.linkedin.com/messaging/thread/${encodeURIComponent(item.thread)}/`;
      return null;
    case 'facebook': {
      if (item.kind === 'profile') return 'https://www.facebook.com/me/about';
      if (item.kind === 'like') return own;
      const photo = item.kind === 'message' ? undefined : facebookPhotoId(item);
      return photo ? `https://www.facebook.com/photo.php?fbid=${photo}` : null;
    }
    case 'instagram':
      // The export's media ids are not the post codes instagram.com/p/ takes, so only the profile has a link.
      return item.kind === 'profile' ? own : null;
  }
}

/** Where to start looking on each platform, per kind; `default` for the rest. */
const FIND_PAGE: Readonly<Record<Platform, Partial<Record<Item['kind'] | 'default', { url: string; path: string }>>>> =
  {
    x: {
      default: { url: 'https://x.com/search-advanced', path: 'X → Search → Advanced search: your @handle and the day' },
      message: { url: 'https://x.com/messages', path: 'X → Messages → the conversation' },
    },
    facebook: {
      default: {
        url: 'https://www.facebook.com/me/allactivity',
        path: 'Facebook → your profile picture → Settings & privacy → Activity log → Filter → Date',
      },
      comment: {
        url: 'https://www.facebook.com/me/allactivity',
        path: 'Facebook → Activity log → Comments and reactions → Filter → Date',
      },
      like: {
        url: 'https://www.facebook.com/me/allactivity',
        path: 'Facebook → Activity log → Likes and reactions → Pages, posts and comments',
      },
      message: { url: 'https://www.facebook.com/messages', path: 'Messenger → search for the person' },
    },
    instagram: {
      default: {
        url: 'https://www.instagram.com/your_activity/photos_and_videos/posts',
        path: 'Instagram → Profile → ☰ → Your activity → Posts → Sort & filter → Start date and End date',
      },
      photo: {
        url: 'https://www.instagram.com/archive/stories/',
        path: 'Instagram → Profile → ☰ → Archive → Stories archive (stories), or Your activity → Posts',
      },
      comment: {
        url: 'https://www.instagram.com/your_activity/interactions/comments',
        path: 'Instagram → Profile → ☰ → Your activity → Comments → Sort & filter → the day',
      },
      message: { url: 'https://www.instagram.com/direct/inbox/', path: 'Instagram → Messages → the conversation' },
    },
    linkedin: {
      default: {
        url: 'https://www.linkedin.com/in/me/recent-activity/all/',
        path: 'LinkedIn → Me → Posts & Activity, scrolled to the day',
      },
      comment: {
        url: 'https://www.linkedin.com/in/me/recent-activity/comments/',
        path: 'LinkedIn → Me → Posts & Activity → Comments, scrolled to the day',
      },
      message: { url: 'https://www.linkedin.com/messaging/', path: 'LinkedIn → Messaging → the conversation' },
    },
  };

const SNIPPET_WIDTH = 60;

/** The first words of the text, on one line, without control or direction-changing characters. */
export function openingWords(text: string, width = SNIPPET_WIDTH): string {
  const clean = printable(text).replace(/\s+/g, ' ').trim();
  return clean.length > width ? `${clean.slice(0, width - 1)}…` : clean;
}

/** How to reach the item: a deep link when the export allows one, else the page and the exact steps to find it. */
export function locate(item: Item): ItemLocation {
  const url = deepLink(item);
  if (url) return { url, findUrl: null, find: [] };
  const page = FIND_PAGE[item.platform][item.kind] ?? FIND_PAGE[item.platform].default;
  const find: string[] = [];
  if (page) find.push(`Go to ${page.path}.`);
  if (item.createdAt) find.push(`Look on ${item.createdAt.slice(0, 10)} (UTC; a day either side in your time zone).`);
  const words = openingWords(item.text);
  if (words) find.push(`It starts: “${words}”`);
  else if (item.media[0]?.path)
    find.push(`It is the photo or video exported as ${openingWords(item.media[0].path, 120)}.`);
  if (item.person?.name && item.kind === 'message')
    find.push(`The conversation is with ${openingWords(item.person.name)}.`);
  return { url: null, findUrl: page?.url ?? null, find };
}
