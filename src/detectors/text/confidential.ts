import type { DetectionContext, Detector, DetectorMeta } from '../../core/detector.js';
import type { Detection, Span } from '../../core/finding.js';
import type { Item } from '../../core/item.js';
import { ENGLISH } from '../../core/text/language.js';
import type { TextLayer } from '../../core/text/layer.js';
import { detectWithContext, scanText, span, type Hit } from './util.js';

export const meta: DetectorMeta = {
  languages: ENGLISH,
  id: 'text/confidential',
  categories: ['confidential'],
  description:
    'Work secrets: talk under NDA, "don\'t tell anyone but" about work, unreleased products, internal numbers, ' +
    'leaked memos, layoffs or deals before they are public.',
  docs: 'docs/detectors/text-confidential.md',
};

/** Strong by themselves: these phrases are about sharing work information that is not public. */
const STRONG =
  /\b(?:(?:under|signed|breaking|break|violat(?:e|ing)) (?:an? |my |the )?nda|not supposed to (?:say|tell|share|post|talk about)|(?:can'?t|cannot) (?:say|tell|share) (?:much|more|details)(?: yet)?(?: but)?|internal (?:memo|email|numbers|figures|roadmap|docs?|document|slack|all-?hands|only|deck|metrics|dashboard|data)|leaked (?:memo|email|roadmap|doc|deck|specs?|numbers|screenshot)|(?:unreleased|unannounced|not yet announced) (?:product|feature|project|phone|device|game|model|version|launch|deal)|code ?name(?:d)?|before (?:it'?s|it is) (?:announced|public|official)|(?:not|isn'?t) (?:public|announced) yet|(?:layoffs?|job cuts|reorg|restructuring|acquisition|merger|buyout) (?:are |is )?(?:coming|happening|planned|next (?:week|month|quarter))|(?:we['’]re|we are|company is|getting) (?:getting |being |about to be )?acquired|(?:our|the company'?s?) (?:q[1-4]|quarterly|annual) (?:numbers|revenue|earnings|sales) (?:are|were|will|look|came)|(?:sales|revenue|earnings) (?:figures|numbers) (?:for|this) (?:the )?(?:quarter|month|year)|(?:salary|salaries|pay) (?:spreadsheet|list|data|bands?) (?:for|of)|(?:boss|company|manager|work|employer) (?:doesn'?t|does not|would kill me if (?:they|he|she)) know (?:i'?m|that i'?m) (?:posting|sharing)|here'?s (?:the|our) (?:prototype|unreleased)|(?:sneak peek|first look) (?:at|of) (?:what we'?re building|our (?:next|new|upcoming))|confidential (?:project|info(?:rmation)?|data|document|report))\b/gi;

/** Secrecy cues that need a work word in the same post. */
const SECRECY =
  /\b(?:don'?t tell anyone(?: but)?|(?:just )?between (?:us|you and me)|off the record|keep (?:this|it) (?:quiet|secret|between us|on the down ?low)|\bi (?:really )?(?:can'?t|shouldn'?t) (?:really )?(?:say|tell) (?:this|you)|hush[- ]hush|on the dl|(?:it'?s|this is) (?:a )?secret|top secret|confidential|leak(?:ed|ing)?|sh{3,})\b|🤫/gi;

const WORK =
  /\b(?:work|job|company|office|boss|manager|client|customer|project|product|launch|release|team|layoffs?|revenue|sales|quarter|q[1-4]|merger|acquisition|board|ceo|memo|roadmap|deal|contract|employees?|headcount|salary|salaries|budget|numbers|figures|earnings|prototype)\b/i;

const NOT_CONFIDENTIAL =
  /\b(?:nda (?:template|lawyer|law|clause|basics)|how to (?:write|draft|read) an nda|confidential (?:helpline|hotline|counsel?ling|support|service|client|employer|company|search)|secret (?:santa|recipe|garden|sauce|menu|spot|ingredient|weapon|admirer|society|service|agent|life|hitler)|(?:game|movie|show|book|season|episode|finale|series|marvel|star wars) (?:\w+ )?spoilers?|spoiler (?:alert|warning)|leak(?:ed|ing|y)? (?:roof|pipe|faucet|tap|tire|tyre|boat|ceiling|sink)|(?:roof|pipe|faucet|tap|sink|ceiling) (?:is |was |still )?leak(?:ed|ing|s)?|(?:results|report|numbers|figures) (?:were|are|was|is) (?:published|out|public|announced|released))\b/gi;

function spans(re: RegExp, text: string, blocked: readonly Span[]): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m && out.length < 8; m = re.exec(text)) {
    const s = span(text, m.index, m.index + m[0].length);
    if (!blocked.some((b) => s.start < b.end && s.end > b.start)) out.push(s);
  }
  re.lastIndex = 0;
  return out;
}

export function findConfidential(text: string): Hit[] {
  if (!text) return [];
  const blocked = spans(NOT_CONFIDENTIAL, text, []);
  const strong = spans(STRONG, text, blocked);
  const secrecy = strong.length ? [] : spans(SECRECY, text, blocked);
  if (!strong.length && !(secrecy.length && WORK.test(text))) return [];
  const evidence = strong.length ? strong : secrecy;
  return [
    {
      category: 'confidential',
      severity: strong.length ? 'high' : 'medium',
      confidence: strong.length ? 0.8 : 0.65,
      clause: strong.length
        ? 'seems to share confidential work information'
        : 'shares something about work "between us" that may be confidential',
      evidence,
    },
  ];
}

export function detect(item: Item, _context?: DetectionContext, layer?: TextLayer): Detection[] {
  return detectWithContext(meta.id, item, (text) => findConfidential(scanText(text)), layer);
}

export const confidentialDetector: Detector = { meta, detect };
