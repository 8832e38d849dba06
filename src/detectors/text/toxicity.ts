import type { DetectionContext, Detector, DetectorMeta } from '../../core/detector.js';
import type { Detection, Span } from '../../core/finding.js';
import type { Item } from '../../core/item.js';
import { ENGLISH } from '../../core/text/language.js';
import type { TextLayer } from '../../core/text/layer.js';
import { featurize, loadModel, predict, type Model } from './model.js';
import { detectWithContext, negatedBefore, scanText, span, type Hit } from './util.js';

export const meta: DetectorMeta = {
  languages: ENGLISH,
  id: 'text/toxicity',
  categories: ['insult', 'hate'],
  description:
    'Insults and hate speech from the shipped classifier (logistic regression over hashed word and character ' +
    'n-grams, trained offline on MIT-licensed data) combined with an insult lexicon and targeting cues.',
  docs: 'docs/detectors/text-toxicity.md',
};

/** Name-calling words: an insult when aimed at someone ("you idiot", "he is a clown"). */
const INSULT_WORD =
  /\b(?:idiots?|idiotic|morons?|moronic|imbeciles?|stupid|dumb(?:ass|asses)?|dimwits?|halfwits?|nitwits?|losers?|pathetic|worthless|useless|clowns?|fools?|scum(?:bags?)?|jerks?|creeps?|pigs?|rats?|snakes?|trash|garbage|disgusting|ugly|fat(?:ass)?|liars?|hypocrites?|cowards?|traitors?|lowlifes?|degenerates?|retarded|brainless|clueless|ignorant|incompetent|sick(?:o|os)|freaks?|weirdos?|psychos?|a joke|a disgrace|deplorables?|assholes?|bitch(?:es)?|bastards?|dicks?|dickheads?|pricks?|twats?|wankers?|tossers?|douche(?:bags?)?|shitheads?|cunts?|sluts?|whores?|hoes?|thots?|pussy|pussies|shut (?:the f\w* )?up|stfu|gtfo|piece of (?:shit|crap|trash|garbage)|racists?|bigots?|sexists?|nazis?|fascists?|commies?|snowflakes?|sjws?|crooks?|criminals?|corrupt|evil|shameful|shame on (?:you|him|her|them)|nut ?jobs?|lunatics?|crazy|insane|delusional|unhinged|deranged|mentally (?:ill|unstable|retarded|challenged)|sociopaths?|psychopaths?|narcissists?|narcissistic|pedo(?:phile)?s?|molesters?|rapists?|low iq|kook(?:oo|s)?|go to hell|kiss my ass|(?:you|u|he|she|they) suck|sucks? (?:at|ass)|fake|frauds?|puppets?|sheep|cult|brainwashed|scumbags?|thugs?|savages?|animals|vermin|parasites?|nasty|vile|repulsive|creepy|gross|cruel|spineless|gutless)\b/gi;

/** Cues that a text is aimed at a person: second person, a mention, or "he/she/they is/are". */
const TARGETED =
  /(?:^|\s)@\w+|\b(?:you|you'?re|youre|ur|u r|u|your|ya|yo|ye|thou)\b|\b(?:he|she|they|him|her|them|this (?:guy|man|woman|girl|dude|idiot|clown)|that (?:guy|man|woman|girl|dude|idiot|clown))(?:'?s| is| are| was| were)?\b|\b(?:liberals|conservatives|democrats|dems|republicans|leftists|lefties|libs|antifa|maga|trump(?:sters|ers)?|globalists|feminists|politicians|people|these|those|all)\b/i;

/** "What a clown", "such an idiot": an exclamation aimed at someone, unlike "what a shitty day". */
const EXCLAIMED_INSULT = new RegExp(`\\b(?:what|such) an? (?:[\\p{L}'-]+ )?${INSULT_WORD.source}`, 'iu');

/** Groups that hate speech targets: hate needs one of these (or a slur) besides a high model score. */
const GROUP =
  /\b(?:immigrants?|migrants?|refugees?|illegals|illegal aliens?|aliens|asylum seekers?|muslims?|islam(?:ic)?|jews?|jewish|blacks|whites|asians?|mexicans?|arabs?|africans?|chinese|indians|gays?|lesbians?|homosexuals?|trans(?:gender)?s?|queers?|women|females?|girls|feminists?|feminazis?|hoes|bitches|whores|sluts|niggas?|niggers?|negro(?:e?s)?|faggots?|fags?|dykes?|retards?|spics?|wetbacks?|beaners?|chinks?|kikes?|towelheads?|ragheads?|savages|rapefugees?|invaders?|foreigners|third world|thugs|christians|hindus|latinos?|hispanics?|minorities|coons?|monkeys|apes|ghetto)\b/gi;

function topWords(model: Model, text: string, head: number, limit: number): Span[] {
  const words: { s: Span; z: number }[] = [];
  const re = /[\p{L}\p{N}'*$@!]+/gu;
  const weights = model.heads[head]?.weights;
  if (!weights) return [];
  let count = 0;
  for (let m = re.exec(text); m && count < 400; m = re.exec(text)) {
    count++;
    const { index, value } = featurize(m[0], model.dim);
    let z = 0;
    for (let k = 0; k < index.length; k++) z += (weights[index[k] as number] as number) * (value[k] as number);
    if (z > 1 && m[0].length >= 3) words.push({ s: span(text, m.index, m.index + m[0].length), z });
  }
  return words
    .sort((a, b) => b.z - a.z)
    .slice(0, limit)
    .map((w) => w.s)
    .sort((a, b) => a.start - b.start);
}

function insultWords(text: string): Span[] {
  const out: Span[] = [];
  INSULT_WORD.lastIndex = 0;
  for (let m = INSULT_WORD.exec(text); m && out.length < 6; m = INSULT_WORD.exec(text)) {
    if (!negatedBefore(text, m.index)) out.push(span(text, m.index, m.index + m[0].length));
  }
  INSULT_WORD.lastIndex = 0;
  return out;
}

export interface Scores {
  offensive: number;
  hate: number;
}

export function scoresOf(model: Model, text: string): Scores {
  const out = predict(model, text);
  return { offensive: out.offensive ?? 0, hate: out.hate ?? 0 };
}

/** Without a name-calling word, the model alone must be this sure to call a targeted text an insult. */
const MODEL_ONLY_INSULT = 0.95;

/** Hate needs at least this score even when the trained threshold is lower (Davidson's hate class is small and noisy). */
const HATE_FLOOR = 0.6;

/** The thresholds the training script chose on its validation part. */
function thresholdOf(model: Model, name: string, fallback: number): number {
  return model.heads.find((head) => head.name === name)?.threshold ?? fallback;
}

export function findToxicity(text: string, model: Model | null = loadModel()): Hit[] {
  if (!text || !/[\p{L}\p{N}]/u.test(text)) return [];
  const targeted = TARGETED.test(text) || EXCLAIMED_INSULT.test(text);
  const hits: Hit[] = [];
  GROUP.lastIndex = 0;
  const hasGroup = GROUP.test(text);
  GROUP.lastIndex = 0;
  // the model can only change the outcome when a group is named (hate) or someone is addressed (insult)
  if (!hasGroup && !targeted) return hits;
  const insults = targeted ? insultWords(text) : [];
  if (!model) {
    if (insults.length && targeted)
      hits.push({
        category: 'insult',
        severity: 'high',
        confidence: 0.6,
        clause: 'insults someone',
        evidence: insults,
      });
    return hits;
  }
  const scores = scoresOf(model, text);
  const hateIndex = model.heads.findIndex((head) => head.name === 'hate');
  const offIndex = model.heads.findIndex((head) => head.name === 'offensive');
  GROUP.lastIndex = 0;
  const group = GROUP.exec(text);
  GROUP.lastIndex = 0;
  if (group && scores.hate >= Math.max(HATE_FLOOR, thresholdOf(model, 'hate', 0.5))) {
    const groupSpan = span(text, group.index, group.index + group[0].length);
    const evidence = [
      groupSpan,
      ...topWords(model, text, hateIndex, 3).filter((s) => s.start !== groupSpan.start),
    ].sort((a, b) => a.start - b.start);
    hits.push({
      category: 'hate',
      severity: 'high',
      confidence: scores.hate,
      clause: 'reads as hateful towards a group of people',
      evidence,
      details: { score: Math.round(scores.hate * 100) / 100 },
    });
  }
  const offensive = scores.offensive >= thresholdOf(model, 'offensive', 0.7);
  if (targeted && (insults.length || offensive)) {
    const evidence = insults.length ? insults : topWords(model, text, offIndex, 3);
    if (evidence.length && (insults.length || scores.offensive >= MODEL_ONLY_INSULT))
      hits.push({
        category: 'insult',
        severity: 'high',
        confidence: Math.max(scores.offensive, insults.length ? 0.7 : 0),
        clause: 'insults or demeans someone',
        evidence,
        details: { score: Math.round(scores.offensive * 100) / 100 },
      });
  }
  return hits;
}

export function detect(item: Item, _context?: DetectionContext, layer?: TextLayer): Detection[] {
  return detectWithContext(meta.id, item, (text) => findToxicity(scanText(text)), layer);
}

export const toxicityDetector: Detector = { meta, detect };
