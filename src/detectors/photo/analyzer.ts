import { availableParallelism } from 'node:os';
import type { MediaAnalyzer, MediaWork } from '../../audit/media.js';
import type { Detection } from '../../core/finding.js';
import type { Item, MediaRef } from '../../core/item.js';
import type { ExportSource, Problem } from '../../source/types.js';
import type { Db } from '../../store/db.js';
import { PhotoCache, contentHash } from '../../store/photo-cache.js';
import { decidePhoto, locationOf } from './decide.js';
import { DETECT_SIZE, MAX_FILE_BYTES, thumbnail } from './image.js';
import { frequentSpots, type PlacedPhoto } from './location.js';
import { inProcessAnalyser, workerAnalyser, type Analyser } from './pool.js';
import { lookAtProfilePhotos } from './profile.js';
import { ANALYSIS_VERSION, type AnalysisOutcome } from './types.js';

export interface PhotoAnalyzerOptions {
  /** The store: analyses are cached there by content hash, so a re-run only looks at new photos. */
  db?: Db;
  /** Worker threads (default: 2, or 1 on a one-core machine). 0 runs the models in this thread. */
  workers?: number;
  /** Side of the square the object detector sees (multiple of 32; default 320: 256 is faster, 512 the original). */
  detectSize?: number;
  /** Replaces the models (tests, evaluation of the decision rules). Not closed by the analyzer. */
  analyser?: Analyser;
  /** Make a 160 px JPEG data URI for each photo with a finding (default true). */
  thumbnails?: boolean;
}

/** What the last `analyze` call did, for the benchmark and the CLI's summary. */
export interface PhotoRunStats {
  photos: number;
  analysed: number;
  cached: number;
  skipped: number;
  videos: number;
}

export interface PhotoAnalyzer extends MediaAnalyzer {
  readonly stats: PhotoRunStats;
  /** The worker pool of the last run, kept open only while `analyze` runs. */
  timings?: Awaited<ReturnType<Analyser['timings']>>;
}

/** The cache version: the analysis code's version and the detector size it ran at. */
export function cacheVersion(detectSize = DETECT_SIZE): number {
  return ANALYSIS_VERSION * 10_000 + detectSize;
}

interface Job {
  item: Item;
  media: MediaRef;
  source: ExportSource;
  path: string;
}

/**
 * The photo stage of `decorum audit`: for every photo an item carries, decode → EXIF → nsfw + objects
 * (in worker threads, models loaded once per worker) → rules with the post's text, audience and the places
 * the export's photos cluster at → detections with a thumbnail. Never throws for a bad file.
 */
export function createPhotoAnalyzer(options: PhotoAnalyzerOptions = {}): PhotoAnalyzer {
  const cache = options.db ? new PhotoCache(options.db, cacheVersion(options.detectSize)) : undefined;
  const wantThumbnails = options.thumbnails ?? true;
  const analyzer: PhotoAnalyzer = {
    stats: { photos: 0, analysed: 0, cached: 0, skipped: 0, videos: 0 },
    async analyze(work: readonly MediaWork[], _context, onProgress) {
      const stats: PhotoRunStats = { photos: 0, analysed: 0, cached: 0, skipped: 0, videos: 0 };
      Object.assign(analyzer.stats, stats);
      const problems: Problem[] = [];
      const jobs: Job[] = [];
      const videos: string[] = [];
      for (const { item, source } of work) {
        for (const media of item.media) {
          if (media.path === null) continue;
          if (media.type === 'video' || /\.(?:mp4|mov|m4v|webm|avi|mkv|3gp)$/i.test(media.path))
            videos.push(media.path);
          else jobs.push({ item, media, source, path: media.path });
        }
      }
      stats.videos = videos.length;
      if (videos.length)
        problems.push({
          file: videos[0]!,
          message: `${videos.length} video${videos.length === 1 ? ' was' : 's were'} not analysed: Decorum looks at photos only, so check videos yourself`,
        });

      // One analysis per file, however many items point at it.
      const files = new Map<string, { source: ExportSource; path: string; jobs: Job[] }>();
      for (const job of jobs) {
        const key = `${job.source.label}\u0000${job.path}`;
        const file = files.get(key) ?? { source: job.source, path: job.path, jobs: [] };
        file.jobs.push(job);
        files.set(key, file);
      }
      stats.photos = files.size;
      Object.assign(analyzer.stats, stats);
      const total = files.size;
      let done = 0;
      onProgress(0, total);

      let analyser = options.analyser;
      let owned: Analyser | undefined;
      const getAnalyser = async (): Promise<Analyser> => {
        if (analyser) return analyser;
        const count = options.workers ?? Math.min(2, availableParallelism());
        owned =
          count > 0 ? await workerAnalyser(count, options.detectSize) : await inProcessAnalyser(options.detectSize);
        analyser = owned;
        return owned;
      };
      let starting: Promise<Analyser> | undefined;

      const unanalysed: { path: string; message: string }[] = [];
      const outcomes = new Map<string, { outcome: AnalysisOutcome; hash: string | null; thumbnail: string | null }>();
      const analyseFile = async (key: string, source: ExportSource, path: string) => {
        let outcome: AnalysisOutcome;
        let hash: string | null = null;
        let thumb: string | null = null;
        const size = source.size(path);
        if (!source.has(path)) outcome = { ok: false, message: 'the export lists this photo but does not contain it' };
        else if (size !== undefined && size > MAX_FILE_BYTES)
          outcome = { ok: false, message: `file too large to analyse (${Math.round(size / 1024 ** 2)} MB)` };
        else {
          let bytes: Buffer | undefined;
          try {
            bytes = await source.read(path);
          } catch (error) {
            outcome = {
              ok: false,
              message: `could not be read (${error instanceof Error ? error.message : String(error)})`,
            };
          }
          if (bytes) {
            hash = contentHash(bytes);
            const hit = cache?.get(hash);
            if (hit) {
              stats.cached++;
              outcome = hit.outcome;
              thumb = hit.thumbnail;
            } else if (bytes.length > MAX_FILE_BYTES) {
              outcome = {
                ok: false,
                message: `file too large to analyse (${Math.round(bytes.length / 1024 ** 2)} MB)`,
              };
            } else {
              starting ??= getAnalyser();
              try {
                outcome = await (await starting).analyse(bytes);
                stats.analysed++;
                cache?.put(hash, outcome);
              } catch (error) {
                // The models, not the photo, failed (did not load, worker died): say so once, cache nothing.
                const message = error instanceof Error ? error.message : String(error);
                unanalysed.push({ path, message });
                outcome = { ok: false, message };
              }
            }
          }
        }
        if (unanalysed.at(-1)?.path === path) {
          onProgress(++done, total);
          return;
        }
        outcomes.set(key, { outcome: outcome!, hash, thumbnail: thumb });
        if (!outcome!.ok) stats.skipped++;
        onProgress(++done, total);
      };

      try {
        const entries = [...files.entries()];
        let next = 0;
        const lanes = Math.max(1, (options.workers ?? 2) * 2 + 1);
        await Promise.all(
          Array.from({ length: lanes }, async () => {
            while (next < entries.length) {
              const [key, file] = entries[next++]!;
              await analyseFile(key, file.source, file.path);
            }
          }),
        );
        if (owned) analyzer.timings = await owned.timings();
      } finally {
        await owned?.close();
      }

      if (unanalysed.length)
        problems.push({
          file: unanalysed[0]!.path,
          message: `${unanalysed.length} photo${unanalysed.length === 1 ? ' was' : 's were'} not analysed: ${unanalysed[0]!.message}`,
        });

      // Where the export's photos cluster: home, or another place the person is every day.
      const points: PlacedPhoto[] = [];
      const placed = new Set<string>();
      for (const [key, file] of files) {
        const result = outcomes.get(key);
        // The same photo posted, shared to a story and sent in a message is one photo taken once.
        const id = result?.hash ?? key;
        if (placed.has(id)) continue;
        const analysis = result?.outcome.ok ? result.outcome.analysis : { width: 0, height: 0, format: 'unknown' };
        const first = file.jobs[0]!;
        const located = locationOf({ analysis, item: first.item, media: first.media });
        if (!located) continue;
        placed.add(id);
        const taken = analysis.takenAt ?? first.media.takenAt ?? first.item.createdAt;
        points.push({ ...located.point, ...(taken ? { day: taken.slice(0, 10) } : {}) });
      }
      const spots = frequentSpots(points);

      const detections: { item: Item; detection: Detection }[] = [];
      for (const [key, file] of files) {
        const result = outcomes.get(key);
        if (!result) continue; // not analysed: reported once above
        if (!result.outcome.ok) {
          problems.push({ file: file.path, message: `photo skipped: ${result.outcome.message}` });
          continue;
        }
        const analysis = result.outcome.analysis;
        if (analysis.note)
          problems.push({ file: file.path, message: `photo not looked at: ${analysis.note} (its EXIF was read)` });
        const found = file.jobs.flatMap((job) =>
          decidePhoto({ analysis, item: job.item, media: job.media, spots }).map((detection) => ({
            item: job.item,
            detection,
          })),
        );
        if (found.length && wantThumbnails) {
          let thumb = result.thumbnail ?? undefined;
          if (!thumb) {
            try {
              thumb = await thumbnail(await file.source.read(file.path));
            } catch {
              thumb = undefined;
            }
            if (thumb && result.hash) cache?.putThumbnail(result.hash, thumb);
          }
          if (thumb) for (const { detection } of found) detection.details = { ...detection.details, thumbnail: thumb };
        }
        detections.push(...found);
      }
      Object.assign(analyzer.stats, stats);
      return { detections, problems };
    },
    async profilePhotos(work) {
      // A handful of photos: the models in this thread, loaded only when one is not in the cache.
      let owned: Promise<Analyser> | undefined;
      const analyser = () =>
        options.analyser ? Promise.resolve(options.analyser) : (owned ??= inProcessAnalyser(options.detectSize));
      try {
        return await lookAtProfilePhotos(work, analyser, cache);
      } finally {
        await owned?.then(
          (models) => models.close(),
          () => {},
        );
      }
    },
  };
  return analyzer;
}
