import type { Severity } from '../../core/categories.js';
import type { DetectionContext, Detector, DetectorMeta } from '../../core/detector.js';
import type { Detection, Span } from '../../core/finding.js';
import type { Item } from '../../core/item.js';
import { ENGLISH } from '../../core/text/language.js';
import type { TextLayer } from '../../core/text/layer.js';
import { detectWithContext, negatedBefore, span, type Hit } from './util.js';

export const meta: DetectorMeta = {
  languages: ENGLISH,
  id: 'text/alcohol',
  categories: ['alcohol'],
  description:
    'Drinking and partying: being drunk or hungover, drinks, bars and parties, with negation ("I don\'t drink"), ' +
    'hard negatives (a jump shot, a bar chart, a political party, a bottle of water) and past vs present.',
  docs: 'docs/detectors/text-alcohol.md',
};

/** Being drunk, hungover or blacked out: the strongest signal. */
const STATE =
  /\b(?:drunk(?:en|k+)?|dru+nk|drank|wasted|hammered|tipsy|buzzed|plastered|sloshed|smashed|trashed|faded|turnt|crunk|blacked out|black ?out drunk|hung ?over|hangover|hangovers|hangin[g']? over|day ?drinking|beer goggles|liquid courage|wine drunk|shit-?faced|three sheets|keg ?stand|beer ?pong|flip ?cup|drinking games?|chugg(?:ed|ing)|pre-?gam(?:e|ed|ing)|bar ?crawl|pub ?crawl|bar ?hopping|happy hour|booz(?:e|ed|ing|y)|alcoholic|get(?:ting)? lit|get(?:ting)? drunk)\b/gi;

/** Drinks and drinking. */
const DRINK =
  /\b(?:beers?|brews?|brewskis?|brewery|breweries|wines?|winery|vino|vodka|tequila|whiske?y|bourbon|scotch|rum|gin|margaritas?|mimosas?|champagne|prosecco|sangria|liquor|alcohol|cocktails?|martinis?|mojitos?|daiquiris?|jager(?:bombs?)?|jäger(?:bombs?)?|fireball|henn(?:y|essy)|patron|ciroc|smirnoff|svedka|bacardi|captain morgan|jack daniels?|jameson|bud light|budweiser|coors(?: light)?|natty(?: light| ice)?|pbr|miller lite|heineken|guinness|stella|modelo|corona(?:s)? (?:and|with) lime|ipas?|lagers?|ciders?|kegs?|kegger|pints?|six ?pack|sixer|30 ?rack|40 ?oz|forties|bartender|bottomless|open bar|tailgat(?:e|ing)|sake|soju|moonshine|everclear|four ?loko|mike'?s hard|twisted tea|white ?claw|seltzers?|jell-?o shots?|(?:took|take|taking|doing|did|pour(?:ing)?|round of|some|few|\d+|two|three|four|five|six|ten) shots|shots shots|drinks?|drinking|drinkin|sip(?:ping)? on|wine ?night|cheers to|bottle of (?:wine|vodka|tequila|rum|jack|henny|champagne|whiskey))\b/gi;

/** Words that are alcohol only in company: "party", "club", "bar", "shot", "bottle", "turn up", "lit". */
const WEAK =
  /\b(?:part(?:y|ying|ied|ies)|club(?:bing)?|bars?|pubs?|shots?|bottles?|turn(?:ing)? ?up|lit|sober|rager|cheers|toast)\b/gi;

/** Hard negatives: the same words in other senses. */
const NOT_ALCOHOL =
  /\b(?:(?:root|ginger) beer|drink(?:ing|s)? (?:water|coffee|tea|milk|juice|soda|pop|lemonade|smoothies?|protein|kombucha|gatorade|energy drinks?|red bull|monster|coke|pepsi|hot chocolate|cocoa|the kool-?aid)|(?:water|soft|energy|sports|protein|fizzy) drinks?|(?:third|political|republican|democratic|labour|labor|conservative|green|tea|communist|opposition|ruling|working|search|birthday|slumber|pyjama|pajama|baby shower) part(?:y|ies)|party (?:line|leader|members?|politics|platform)|bar (?:chart|graph|exam|association|code|none)|(?:chocolate|candy|granola|protein|snickers|sound|tool|status|progress|search|nav(?:igation)?|menu|pull-?up|monkey|salad|coffee|juice|oxygen) bars?|(?:jump|free throw|three|3|mug|head|screen|flu|booster|photo|money|big|long|parting|cheap|slap|warning|moon|buzzer|bank) shots?|shot (?:clock|put|glass of milk|on goal|blocker)|(?:water|baby|plastic|hot water|shampoo|message in a|spray) bottles?|bottle of water|(?:book|golf|fan|night|comedy|chess|glee|football|soccer) club|turn up the (?:volume|heat|music)|wine (?:gums|red|colou?r)|drunk on (?!(?:\w+ )?(?:beers?|wines?|vodka|tequila|whiske?y|rum|gin|champagne|prosecco|sake|soju|ciders?|cocktails?|margaritas?|mimosas?|alcohol|booze|shots|liquor|henny|\d+))\w+|drunk(?:en)? (?:audience|guys?|dudes?|m[ae]n|wom[ae]n|girls?|boys?|people|persons?|drivers?|fans?|tourists?|crowds?|neighbou?rs?|uncles?|aunts?|strangers?|lady|ladies|blokes?|customers?|passengers?|students?|kids?|idiots?|sailors?)|molotov cocktails?|(?:walks?|walked) into a bar|wast(?:ed|ing) (?:so much |too much |a lot of |all |my |our |your |his |her |their |the |an? |no |hours|days|years|time|money)|rum(?:ours?|ors?)\b|gin(?:ger)?\b(?= ale)|drunk tank)\b/gi;

const NEGATED_DRINKING =
  /\b(?:(?:i|we)(?: do not| don'?t| never| no longer| stopped| quit| gave up)|not|never|no more|quit|stopped|gave up|without|zero|non-?|alcohol-?free|sober(?: for| since)?)\b[^.!?\n]{0,15}\b(?:drink(?:ing|er)?s?|alcohol(?:ic)?|booze|drunk|beer|wine)\b|\b(?:mocktails?|non-?alcoholic|alcohol-?free|virgin (?:margarita|mojito|cocktail)s?|\d+ (?:days?|months?|years?) sober|sober (?:life|living|curious))\b/gi;

const PAST =
  /\b(?:used to|back in (?:college|uni|university|school|high school|the day)|years ago|when i was (?:younger|in college|a student|\d+)|in my (?:twenties|20s|teens|college days)|my (?:college|party) days|(?:former|recovering|ex-?) ?(?:drinker|alcoholic)|(?:\d+|years?) (?:years?|months?) sober)\b/i;

const WORK =
  /\b(?:at work|to work|for work|work(?:ing)? (?:day|today|tomorrow|shift)|on the job|in the office|the office|my shift|my desk|meeting|standup|stand-up|client|boss|monday|mon morning|before work|during work|work (?:party|event|trip)|coworkers?|clocked? in|training)\b/i;

const EXCESS =
  /\b(?:so drunk|very drunk|too drunk|super drunk|really drunk|wasted|hammered|plastered|smashed|blacked out|black ?out|shit-?faced|(?:\d+|ten|twelve|a dozen) (?:beers|shots|drinks)|chugg(?:ed|ing)|keg ?stand|worst hangover|still drunk|threw up|puk(?:ed|ing)|vomit(?:ed|ing)?)\b/i;

const ANY = new RegExp(`${STATE.source}|${DRINK.source}`, 'i');

/**
 * Words for being drunk that are everyday verbs or adjectives too ("trashed movies", "smashed it", "faded jeans"):
 * they mean drunk only after a verb of being or getting ("got hammered", "I'm so trashed").
 */
const EVERYDAY_STATE = /^(?:wasted|hammered|plastered|smashed|trashed|faded|buzzed)$/i;
const BEING_BEFORE =
  /\b(?:get|gets|got|gotten|getting|gettin|be|been|being|am|is|are|was|were|i'?m|im|we'?re|he'?s|she'?s|so|very|totally|completely|absolutely|fully|super|pretty|too|still|proper|fucking|fkn|hella)\s+(?:(?:even|much|way|far)\s+)?(?:(?:more|less)\s+)?$/i;

/** "wasted time", "even more wasted effort": the word describes a thing spent for nothing, not a person drunk. */
const SPENT_THING =
  /^\s+(?:time|effort|money|hours?|days?|weeks?|years?|energy|potential|talent|space|food|resources|opportunit(?:y|ies)|chances?|work|words|breath|votes?)\b/i;

function collect(re: RegExp, text: string, out: Span[], blocked: readonly Span[], negatable: boolean): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (blocked.some((b) => start < b.end && end > b.start)) continue;
    if (negatable && negatedBefore(text, start)) continue;
    if (
      EVERYDAY_STATE.test(m[0]) &&
      (!BEING_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || SPENT_THING.test(text.slice(end, end + 16)))
    )
      continue;
    out.push(span(text, start, end));
    if (out.length >= 12) break;
  }
  re.lastIndex = 0;
}

export function findAlcohol(text: string): Hit[] {
  if (!text || !ANY.test(text)) return [];
  const blocked: Span[] = [];
  collect(NOT_ALCOHOL, text, blocked, [], false);
  collect(NEGATED_DRINKING, text, blocked, [], false);
  const state: Span[] = [];
  const drinks: Span[] = [];
  collect(STATE, text, state, blocked, true);
  collect(DRINK, text, drinks, blocked, true);
  if (!state.length && !drinks.length) return [];
  const weak: Span[] = [];
  collect(WEAK, text, weak, [...blocked, ...state, ...drinks], false);

  const evidence = [...state, ...drinks, ...weak].sort((a, b) => a.start - b.start);
  const past = PAST.test(text);
  const atWork = WORK.test(text);
  const excess = EXCESS.test(text);
  const hungover = state.some((s) => /hang|hung/i.test(s.text));

  let severity: Severity;
  let clause: string;
  let confidence: number;
  if (past) {
    severity = 'low';
    clause = 'mentions drinking in the past';
    confidence = 0.7;
  } else if (state.length && atWork) {
    severity = 'high';
    clause = hungover ? 'mentions being hungover on a work day' : 'mentions drinking or being drunk around work';
    confidence = 0.9;
  } else if (state.length) {
    severity = excess ? 'medium' : 'medium';
    clause = hungover
      ? 'mentions being hungover'
      : excess
        ? 'mentions heavy drinking or being very drunk'
        : 'mentions being drunk or partying with alcohol';
    confidence = 0.9;
  } else {
    severity = excess ? 'medium' : 'low';
    clause = excess ? 'mentions heavy drinking' : 'mentions drinking alcohol';
    confidence = weak.length ? 0.8 : 0.7;
  }
  return [
    {
      category: 'alcohol',
      severity,
      confidence,
      clause,
      evidence,
      details: { past, atWork, excess },
    },
  ];
}

export function detect(item: Item, _context?: DetectionContext, layer?: TextLayer): Detection[] {
  return detectWithContext(meta.id, item, findAlcohol, layer);
}

export const alcoholDetector: Detector = { meta, detect };
