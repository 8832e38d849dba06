import type { DetectorMeta } from '../../core/detector.js';
import { spanOf, type Detection, type Span } from '../../core/finding.js';
import type { GeoPoint, Item, MediaRef } from '../../core/item.js';
import { loadDrinksHead } from './drinks.js';
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
      'Drinks, people drinking or a party: an image classifier trained on real bar and party photos (MobileNetV2 features), with the bottles, glasses and people the COCO detector finds and drinking words in the caption; a hint, not proof.',
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
  /** Mean luma under which a photo counts as taken in dim light (bars, clubs, evenings). */
  dim: 0.3,
  /** People from which a photo counts as a group (a party, a round at the bar) rather than a lunch. */
  group: 3,
  /** Detected drinks from which a photo counts as many drinks. */
  manyDrinks: 3,
} as const;

export const DRINK_LABELS: ReadonlySet<string> = new Set(['bottle', 'wine glass', 'cup']);

/** A short list of caption cues; the full drinking-language detector is `text/alcohol`. */
const CAPTION_CUE =
  /\b(?:beer ?pong|flip ?cup|shots?|beers?|pints?|wine|vodka|tequila|whiske?y|rum|cocktails?|margaritas?|mojitos?|champagne|prosecco|booze|drunk|wasted|hammered|tipsy|hangover|hungover|cheers|bar ?crawl|pub ?crawl|happy hour|party(?:ing)?|pub|bar|taproom|brewery|keg|drinks?|drinking)\b/i;
/** Caption words that make a drinks photo medium on their own: drunkenness, shots, drinking games. */
const HEAVY_CUE =
  /\b(?:shots?|drunk|wasted|hammered|tipsy|hangover|hungover|bar ?crawl|pub ?crawl|keg|beer ?pong|flip ?cup|kings? ?cup|drinking games?)\b/i;
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

/**
 * What one analysed photo of one item should be reported for. Pure but for the default `drinksThreshold`, which is
 * read once from the shipped drinks head (models/photo-drinks.json).
 */
export function decidePhoto(facts: PhotoFacts, drinksThreshold = loadDrinksHead()?.threshold ?? 1): Detection[] {
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

  const party = partyFinding(facts, drinksThreshold);
  if (party) out.push({ ...party, mediaPath, details: { ...scores, ...party.details } });

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

type PartyFinding = Omit<Detection, 'mediaPath'> & { details: Record<string, unknown> };

/**
 * The drinks/party finding of one photo, if any. Confidence: the older object rule (people with bottles or glasses,
 * plus a caption cue) or, when the drinks head is sure, its probability above the threshold, whichever is higher.
 * Severity by context (issue #20): medium for people drinking at a bar or a party (a group, or a pair in dim
 * light), many drinks, heavy caption words (shots, drunk, drinking games) or a drink in a profile photo; low for
 * the rest, such as a glass of wine with dinner. A photo others tagged the user in is weighed as the user's own.
 */
function partyFinding(facts: PhotoFacts, drinksThreshold: number): PartyFinding | undefined {
  const { analysis, item } = facts;
  if (!analysis.objects) return undefined;
  const objects = analysis.objects;
  const people = objects.filter((o) => o.label === 'person' && o.score >= THRESHOLDS.person).length;
  const drinks = objects.filter((o) => DRINK_LABELS.has(o.label) && o.score >= THRESHOLDS.drink);
  const glasses = drinks.filter((o) => o.label !== 'cup').length;
  const table = objects.some((o) => o.label === 'dining table' && o.score >= THRESHOLDS.drink);
  const dim = analysis.brightness !== undefined && analysis.brightness < THRESHOLDS.dim;
  const cue = captionCue(item.text);
  const head = analysis.drinks;
  // The head only counts with something the detector saw (a person or a drink): it never saw screenshots,
  // cartoons or memes in training, and on real exports it scored some of them 1.0.
  const headSure = head !== undefined && head >= drinksThreshold && (people > 0 || drinks.length > 0);
  if (!drinks.length && !cue && !headSure) return undefined;

  let confidence = 0;
  if (drinks.length && people) {
    // Bottles and wine glasses say more than cups (coffee); more people says "party" more than "lunch".
    confidence = (glasses ? 0.5 : 0.35) + 0.05 * Math.min(people - 1, 3) + (drinks.length > 1 ? 0.05 : 0);
    if (cue) confidence += 0.35;
  } else if (drinks.length && cue) confidence = glasses ? 0.6 : 0.45;
  else if (cue && people >= 2) confidence = 0.5;
  if (headSure) {
    const above = (head - drinksThreshold) / Math.max(1e-6, 1 - drinksThreshold);
    confidence = Math.max(confidence, 0.55 + 0.3 * above + (cue ? 0.2 : 0));
  }
  confidence = round2(Math.min(0.95, confidence));
  if (confidence < THRESHOLDS.minPartyConfidence) return undefined;

  const context = [
    headSure && (people >= THRESHOLDS.group || (people >= 2 && dim)) ? 'people drinking together' : '',
    drinks.length >= THRESHOLDS.manyDrinks ? 'many drinks' : '',
    cue && HEAVY_CUE.test(item.text) ? `"${cue.text}" in the caption` : '',
    item.kind === 'profile' ? 'a profile photo' : '',
  ].filter(Boolean);
  const medium = context.length > 0 || confidence >= 0.8;
  const seen = [people ? countOf(people, 'person', 'people') : '', drinks.length ? drinkWords(drinks) : '']
    .filter(Boolean)
    .join(' with ');
  const setting = [table ? 'at a table' : '', dim ? 'in dim light' : ''].filter(Boolean).join(', ');
  const what = `${seen || 'a scene'}${setting ? ` ${setting}` : ''}`;
  const classifier = headSure ? ` (image classifier ${Math.round(head * 100)} %)` : '';
  const reason = cue
    ? `Photo of ${what}, captioned with "${cue.text}": reads as drinking or a party${classifier}`
    : headSure
      ? `Photo of ${what}: looks like drinks or a party${classifier}`
      : `Photo of ${what}: could be drinks or a party (the detector cannot tell beer from soda)`;
  return {
    ruleId: PHOTO_RULES.party.id,
    category: 'alcohol',
    severity: medium ? 'medium' : 'low',
    confidence,
    reason: context.length ? `${reason}; ${context.join(', ')}` : reason,
    evidence: cue ? [cue] : [],
    action: medium ? 'restrict-audience' : 'review',
    details: {
      people,
      drinks: objectsOf(drinks, () => true),
      objects: objectsOf(objects, () => true),
      ...(head !== undefined ? { drinksScore: head } : {}),
      ...(analysis.brightness !== undefined ? { brightness: analysis.brightness } : {}),
      ...(context.length ? { context } : {}),
      ...(cue ? { caption: cue.text } : {}),
    },
  };
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
function countOf(n: number, one: string, many: string): string {
  return `${NUMBER_WORDS[n] ?? String(n)} ${n === 1 ? one : many}`;
}

function drinkWords(drinks: readonly DetectedObject[]): string {
  const counts = new Map<string, number>();
  for (const d of drinks) counts.set(d.label, (counts.get(d.label) ?? 0) + 1);
  return [...counts]
    .map(([label, n]) =>
      n === 1 ? `a ${label}` : `${NUMBER_WORDS[n] ?? n} ${label.replace(/(glass)?$/, (g) => (g ? 'glasses' : 's'))}`,
    )
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
