import type { ProfilePhotoWork } from '../../audit/media.js';
import type { Platform } from '../../core/item.js';
import type { AvatarFacts, ProfilePhoto } from '../../profile/avatar.js';
import type { Problem } from '../../source/types.js';
import { contentHash, type PhotoCache } from '../../store/photo-cache.js';
import { DRINK_LABELS, THRESHOLDS } from './decide.js';
import { MAX_FILE_BYTES, thumbnail } from './image.js';
import type { Analyser } from './pool.js';
import type { PhotoAnalysis } from './types.js';

/** Pure: the counts and scores the profile rules read, from one photo's analysis. */
export function avatarFactsOf(path: string, analysis: PhotoAnalysis): AvatarFacts {
  const objects = analysis.objects ?? [];
  const nsfw = analysis.nsfw;
  return {
    path,
    people: objects.filter((object) => object.label === 'person' && object.score >= THRESHOLDS.person).length,
    drinks: objects
      .filter((object) => DRINK_LABELS.has(object.label) && object.score >= THRESHOLDS.drink)
      .map((object) => object.label),
    racy: { porn: nsfw?.porn ?? 0, hentai: nsfw?.hentai ?? 0, sexy: nsfw?.sexy ?? 0 },
    ...(analysis.nsfw ? {} : { unreadable: analysis.note ?? 'the models did not look at it' }),
  };
}

/**
 * Each network's profile photo: a thumbnail for the first view, and the models' analysis (cached by content, as
 * for posts) turned into the facts the profile rules read. Never throws for a bad file.
 */
export async function lookAtProfilePhotos(
  work: readonly ProfilePhotoWork[],
  analyser: () => Promise<Analyser>,
  cache?: PhotoCache,
): Promise<{ photos: Partial<Record<Platform, ProfilePhoto>>; problems: Problem[] }> {
  const photos: Partial<Record<Platform, ProfilePhoto>> = {};
  const problems: Problem[] = [];
  for (const { platform, path, source } of work) {
    const unreadable = (message: string) => {
      photos[platform] = {
        facts: { path, people: 0, drinks: [], racy: { porn: 0, hentai: 0, sexy: 0 }, unreadable: message },
      };
      problems.push({ file: path, message: `profile photo not looked at: ${message}` });
    };
    if (!source.has(path)) {
      unreadable('the export names it but does not contain it');
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = await source.read(path);
    } catch (error) {
      unreadable(`could not be read (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    if (bytes.length > MAX_FILE_BYTES) {
      unreadable(`file too large (${Math.round(bytes.length / 1024 ** 2)} MB)`);
      continue;
    }
    const hash = contentHash(bytes);
    const cached = cache?.get(hash);
    let outcome = cached?.outcome;
    if (!outcome) {
      try {
        outcome = await (await analyser()).analyse(bytes);
        cache?.put(hash, outcome);
      } catch (error) {
        // The models, not the photo, failed: nothing is cached, so the next run tries again.
        outcome = { ok: false, message: error instanceof Error ? error.message : String(error) };
      }
    }
    const small = cached?.thumbnail ?? (await thumbnail(bytes));
    if (small && !cached?.thumbnail) cache?.putThumbnail(hash, small);
    if (!outcome.ok) {
      unreadable(outcome.message);
      if (small) photos[platform] = { ...photos[platform], thumbnail: small };
      continue;
    }
    photos[platform] = { facts: avatarFactsOf(path, outcome.analysis), ...(small ? { thumbnail: small } : {}) };
  }
  return { photos, problems };
}
