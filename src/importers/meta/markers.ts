import type { ExportSource } from '../../source/types.js';
import { scoreByMarkers, type Marker } from './detect.js';

/**
 * What Facebook and Instagram exports look like from their file lists. The two look alike (same company, same
 * JSON style, both have `personal_information/`, `connections/`, `messages/inbox/`), so only names that one of them
 * alone uses score high. Media-only parts of a split export score above the 0.5 the pipeline needs, so they are
 * recognised and merged with the JSON part.
 */
export const FACEBOOK_MARKERS: readonly Marker[] = [
  { pattern: /(?:^|\/)your_facebook_activity\//, score: 0.95 },
  { pattern: /(?:^|\/)posts\/your_posts[^/]*\.(json|html)$/, score: 0.9 },
  { pattern: /(?:^|\/)profile_information\/profile_information\.(json|html)$/, score: 0.9 },
  { pattern: /(?:^|\/)friends_and_followers\//, score: 0.85 },
  { pattern: /(?:^|\/)connections\/friends\//, score: 0.85 },
  { pattern: /(?:^|\/)comments_and_reactions\//, score: 0.8 },
  { pattern: /(?:^|\/)(apps_and_websites_off_of_facebook|facebook_marketplace|facebook_gaming)\//, score: 0.8 },
  // media-only parts of split exports: 2021–2023 uris start `posts/media/…`, older ones `photos_and_videos/…`
  { pattern: /(?:^|\/)posts\/(media|album)\//, score: 0.7 },
  { pattern: /(?:^|\/)photos_and_videos\//, score: 0.7 },
  // Instagram 2022 also has messages/inbox, so this is the weakest marker: it wins only when nothing of Instagram is
  // there (a Messenger-only part whose your_facebook_activity/ folder was stepped into)
  { pattern: /(?:^|\/)messages\/(inbox|archived_threads|message_requests|filtered_threads)\//, score: 0.5 },
];

export const INSTAGRAM_MARKERS: readonly Marker[] = [
  { pattern: /(?:^|\/)your_instagram_activity\//, score: 0.95 },
  { pattern: /(?:^|\/)personal_information\/personal_information\.(json|html)$/, score: 0.9 },
  { pattern: /(?:^|\/)followers_and_following\//, score: 0.9 },
  { pattern: /(?:^|\/)content\/(posts_\d+|stories|reels|profile_photos|archived_posts)\.(json|html)$/, score: 0.9 },
  { pattern: /^media\.json$/, score: 0.8 },
  { pattern: /^(connections|profile|comments|likes|stories_activities|seen_content)\.json$/, score: 0.6 },
  // media-only parts: `media/posts/202501/…` (2022+) or `photos/201905/…`, `stories/201905/…` (before 2022)
  { pattern: /(?:^|\/)media\/(posts|stories|reels|profile|other|archived_posts|igtv)\//, score: 0.7 },
  { pattern: /^(photos|stories|videos|profile|direct)\/\d{6}\//, score: 0.65 },
  // the same parts once a lone top folder (`media/`, `photos/`) has been stepped into
  { pattern: /^(posts|reels|other|archived_posts|igtv)\/\d{6}\/[^/]+$/, score: 0.6 },
  { pattern: /^\d{6}\/[^/]+\.(jpe?g|png|webp|heic|gif|mp4|mov)$/i, score: 0.55 },
];

export function facebookScore(source: ExportSource): number {
  const score = scoreByMarkers(source, FACEBOOK_MARKERS);
  // only the shared messages/ folder matched, and the rest looks like Instagram: it is Instagram's
  if (score <= 0.52 && scoreByMarkers(source, INSTAGRAM_MARKERS) >= 0.5) return Math.min(score, 0.3);
  return score;
}

export function instagramScore(source: ExportSource): number {
  return scoreByMarkers(source, INSTAGRAM_MARKERS);
}

/** Pages Meta's HTML-format export writes where the JSON format writes `.json` files. */
export const META_HTML_PAGES: readonly RegExp[] = [
  /(?:^|\/)(your_)?posts_\d+\.html$/,
  /(?:^|\/)your_posts[^/]*\.html$/,
  /^(index|start_here)\.html$/,
  /(?:^|\/)(profile_information|personal_information|followers_\d+|following|your_friends|friends)\.html$/,
  /(?:^|\/)message_\d+\.html$/,
];
