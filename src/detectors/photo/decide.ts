import type { DetectorMeta } from '../../core/detector.js';
import { spanOf, type Detection, type Span } from '../../core/finding.js';
import type { GeoPoint, Item, MediaRef } from '../../core/item.js';
import { SPOT_RADIUS_M, spotAt, type FrequentSpot } from './location.js';
import type { DetectedObject, PhotoAnalysis } from './types.js';

const docs = 'docs/photos.md';

export const PHOTO_RULES = {
  nsfw: {
    id: 'photo/nsfw',
    categories: ['nudity', 'sexual'],
    description:
      'Nude or explicit images (nsfwjs MobileNetV2: Porn/Hentai), and very suggestive ones (Sexy, only above a high threshold, for review).',
    docs,
  },
  party: {
    id: 'photo/party',
    categories: ['alcohol'],
    description:
      'People together with bottles or glasses (COCO CenterNet), weighed with drinking words in the caption: a party or drinks hint, not proof.',
    docs,
  },
  location: {
    id: 'photo/location',
    categories: ['location'],
    description:
      'GPS in the photo file or the platform metadata at a spot where many of your photos were taken (likely home), or on a public post (or one whose audience the export does not give).',
    docs,
  },
} as const satisfies Record<string, DetectorMeta>;

/** Thresholds, in one place so the evaluation and the docs can quote them. */
export const THRESHOLDS = {
  /** Porn or Hentai probability that makes a nudity finding. */
  nudity: 0.6,
  /** Sexy probability for a review finding: high, because crowds of people in summer clothes score 0.9. */
  sexy: 0.95,
  person: 0.3,
  drink: 0.3,
  /** Party findings under this confidence are not reported. */
  minPartyConfidence: 0.5,
} as const;

export const DRINK_LABELS: ReadonlySet<string> = new Set(['bottle', 'wine glass', 'cup']);

/** A short list of caption cues; the full drinking-language detector is `text/alcohol`. */
const CAPTION_CUE =
  /\b(?:shots?|beers?|pints?|wine|vodka|tequila|whiske?y|rum|cocktails?|margaritas?|mojitos?|champagne|prosecco|booze|drunk|wasted|hammered|tipsy|hangover|hungover|cheers|bar ?crawl|pub ?crawl|happy hour|party(?:ing)?|pub|bar|taproom|brewery|keg|drinks?|drinking)\b/i;
const NOT_A_CUE =
  /\b(?:(?:root|ginger) beer|energy drinks?|soft drinks?|chocolate bar|protein bar|bar chart|photo shoot)\b/i;

export interface PhotoFacts {
  analysis: PhotoAnalysis;
  item: Item;
  media: MediaRef;
  /** Spots where many of the export's photos were taken (see `frequentSpots`). */
  spots: readonly FrequentSpot[];
}

/** The drinking word in the post's own text, if any, as a span of it. */
export function captionCue(text: string): Span | undefined {
  if (NOT_A_CUE.test(text)) return undefined;
  const match = CAPTION_CUE.exec(text);
  return match ? spanOf(text, match.index, match.index + match[0].length) : undefined;
}

const round2 = (value: number) => Math.round(value * 100) / 100;
const objectsOf = (objects: readonly DetectedObject[], test: (o: DetectedObject) => boolean) =>
  objects.filter(test).map((o) => ({ label: o.label, score: o.score }));

/** Pure: what one analysed photo of one item should be reported for. */
export function decidePhoto(facts: PhotoFacts): Detection[] {
  const { analysis, item, media } = facts;
  const mediaPath = media.path ?? undefined;
  const out: Detection[] = [];
  const nsfw = analysis.nsfw;
  const scores = nsfw ? { scores: nsfw } : {};

  if (nsfw) {
    const explicit = Math.max(nsfw.porn, nsfw.hentai, nsfw.porn + nsfw.hentai - 0.1);
    if (explicit >= THRESHOLDS.nudity) {
      out.push({
        ruleId: PHOTO_RULES.nsfw.id,
        category: 'nudity',
        severity: 'high',
        confidence: round2(Math.min(1, explicit)),
        reason: `Photo looks sexually explicit or nude (${Math.round(explicit * 100)} % by the image classifier)`,
        evidence: [],
        action: 'delete',
        mediaPath,
        details: { ...scores },
      });
    } else if (nsfw.sexy >= THRESHOLDS.sexy) {
      out.push({
        ruleId: PHOTO_RULES.nsfw.id,
        category: 'sexual',
        severity: 'low',
        confidence: round2(nsfw.sexy * 0.6),
        reason: 'Photo may be revealing or suggestive (swimwear, underwear or similar): worth a look',
        evidence: [],
        action: 'review',
        mediaPath,
        details: { ...scores },
      });
    }
  }

  const objects = analysis.objects ?? [];
  const people = objects.filter((o) => o.label === 'person' && o.score >= THRESHOLDS.person).length;
  const drinks = objects.filter((o) => DRINK_LABELS.has(o.label) && o.score >= THRESHOLDS.drink);
  const glasses = drinks.filter((o) => o.label !== 'cup').length;
  const cue = captionCue(item.text);
  if (analysis.objects && (drinks.length || cue)) {
    let confidence = 0;
    if (drinks.length && people) {
      // Bottles and wine glasses say more than cups (coffee); more people says "party" more than "lunch".
      confidence = (glasses ? 0.5 : 0.35) + 0.05 * Math.min(people - 1, 3) + (drinks.length > 1 ? 0.05 : 0);
      if (cue) confidence += 0.35;
    } else if (drinks.length && cue) confidence = glasses ? 0.6 : 0.45;
    else if (cue && people >= 2) confidence = 0.5;
    confidence = round2(Math.min(0.95, confidence));
    if (confidence >= THRESHOLDS.minPartyConfidence) {
      const strong = confidence >= 0.8;
      const seen = [
        people ? `${people} ${people === 1 ? 'person' : 'people'}` : '',
        drinks.length ? drinkWords(drinks) : '',
      ]
        .filter(Boolean)
        .join(' with ');
      out.push({
        ruleId: PHOTO_RULES.party.id,
        category: 'alcohol',
        severity: strong ? 'medium' : 'low',
        confidence,
        reason: cue
          ? `Photo of ${seen || 'a group'}, captioned with "${cue.text}": reads as drinking or a party`
          : `Photo of ${seen}: could be drinks or a party (the detector cannot tell beer from soda)`,
        evidence: cue ? [cue] : [],
        action: strong ? 'restrict-audience' : 'review',
        mediaPath,
        details: {
          ...scores,
          people,
          drinks: objectsOf(drinks, () => true),
          objects: objectsOf(objects, () => true),
          ...(cue ? { caption: cue.text } : {}),
        },
      });
    }
  }

  const located = locationOf(facts);
  if (located) {
    const spot = spotAt(located.point, facts.spots);
    const where = { latitude: round5(located.point.latitude), longitude: round5(located.point.longitude) };
    if (spot) {
      out.push({
        ruleId: PHOTO_RULES.location.id,
        category: 'location',
        severity: 'medium',
        confidence: round2(Math.min(0.9, 0.6 + spot.photos / 50)),
        reason: `Photo carries its location (${located.source}), within ${SPOT_RADIUS_M} m of where ${spot.photos} of your photos were taken${spot.days ? ` on ${spot.days} different days` : ''} — likely your home or a place you are every day`,
        evidence: [],
        action: 'restrict-audience',
        mediaPath,
        details: { location: where, source: located.source, photosAtSpot: spot.photos, daysAtSpot: spot.days },
      });
    } else if (item.audience === 'public' || item.audience === 'unknown') {
      out.push({
        ruleId: PHOTO_RULES.location.id,
        category: 'location',
        severity: 'low',
        confidence: item.audience === 'public' ? 0.6 : 0.5,
        reason: `${item.audience === 'public' ? 'Public photo' : 'Photo'} carries its exact location (${located.source})`,
        evidence: [],
        action: 'restrict-audience',
        mediaPath,
        details: { location: where, source: located.source },
      });
    }
  }
  return out;
}

const round5 = (value: number) => Math.round(value * 1e5) / 1e5;

function drinkWords(drinks: readonly DetectedObject[]): string {
  const counts = new Map<string, number>();
  for (const d of drinks) counts.set(d.label, (counts.get(d.label) ?? 0) + 1);
  return [...counts]
    .map(([label, n]) => (n === 1 ? `a ${label}` : `${n} ${label.replace(/(glass)?$/, (g) => (g ? 'glasses' : 's'))}`))
    .join(' and ');
}

/** The photo's own GPS first, then the platform's EXIF copy, then the post's place. */
export function locationOf(facts: Pick<PhotoFacts, 'analysis' | 'item' | 'media'>): {
  point: GeoPoint;
  source: string;
} | null {
  if (facts.analysis.gps) return { point: facts.analysis.gps, source: 'GPS in the photo file' };
  if (facts.media.geo) return { point: facts.media.geo, source: 'GPS the platform kept with the photo' };
  if (facts.item.place?.geo)
    return {
      point: facts.item.place.geo,
      source: `the post's place${facts.item.place.name ? ` "${facts.item.place.name}"` : ''}`,
    };
  return null;
}
