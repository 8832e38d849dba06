import { findPhoneNumbersInText } from 'libphonenumber-js';
import type { Severity } from '../../core/categories.js';
import type { DetectionContext, Detector, DetectorMeta } from '../../core/detector.js';
import type { Detection, Span } from '../../core/finding.js';
import type { Item } from '../../core/item.js';
import { textLayerOf, type TextLayer } from '../../core/text/layer.js';
import { asWrittenDetails, originalSpan, ownedSeverity, reasonFor, span } from './util.js';

export const meta: DetectorMeta = {
  id: 'text/personal-data',
  categories: ['personal-data'],
  description:
    'Phone numbers (libphonenumber-js), e-mail addresses, street addresses, birth dates and ID-like numbers ' +
    '(US SSN, payment cards that pass the Luhn check, passport/licence numbers), weighed by who can see the item.',
  docs: 'docs/detectors/text-personal-data.md',
};

type Kind = 'phone' | 'email' | 'address' | 'birth date' | 'ID number' | 'card number';

/** Not glued to letters before it: "共通ID@utac.ac.jp" is a template ("your ID"@…), not somebody's address. */
const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}\b/gu;
const DIGITS7 = /\d[\d\s().-]{5,}\d/;
/** A phone cue and a long digit run: numbers libphonenumber cannot place without a region ("call 07700 900 456"). */
const CUED_PHONE =
  /\b(?:call|text|phone|number|whatsapp|reach me|ring me|cell|mobile|tel)\b[^\d\n]{0,20}(\+?\d[\d\s().-]{8,16}\d)/gi;
const TOLL_FREE = /^\+1(?:800|888|877|866|855|844|833)/;
const EMERGENCY = /^(?:911|112|999|988|000)$/;
const ADDRESS =
  /\b\d{1,5}\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-zA-Z'-]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Crescent|Close|Gardens)\b\.?(?:,?\s+(?:Apt|Apartment|Unit|Suite|Ste|#)\.?\s*[\w-]+)?/g;
const STREET_WORD =
  /\b(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Crescent|Close|Gardens)\b/;
const BIRTH_CUE = /\b(?:born (?:on|in)?|birthday|b-?day|dob|date of birth|d\.o\.b\.?)\b/i;
const FULL_DATE =
  /\b(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?),?\s+(?:19|20)\d{2})\b/gi;
const SSN = /\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b/g;
const ID_CUE =
  /\b(?:ssn|social security(?: number| no\.?| #)?|passport(?: number| no\.?| #)?|driver'?s licen[cs]e(?: number| no\.?| #)?|licen[cs]e (?:number|no\.?|#)|national insurance(?: number)?|ni number|tax (?:id|number)|id (?:number|no\.?|#)|employee (?:id|number)|account (?:number|no\.?|#)|routing number|iban|pin(?: number| code)?)\b\s*(?:is|:|=|#)?\s*([A-Z0-9][A-Z0-9 -]{4,24}[A-Z0-9])/gi;
const CARD = /\b(?:\d[ -]?){13,19}\b/g;

function luhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/**
 * Issuer prefixes and lengths of the card networks people actually hold (Visa, Mastercard, Amex, Discover, JCB,
 * Diners, UnionPay, Maestro): a long number that passes Luhn by chance (one in ten do) is not a card without them.
 */
const CARD_NETWORK =
  /^(?:4\d{12}(?:\d{3}){0,2}|(?:5[1-5]\d{2}|222[1-9]|22[3-9]\d|2[3-6]\d{2}|27[01]\d|2720)\d{12}|3[47]\d{13}|(?:6011|65\d{2}|64[4-9]\d)\d{12,15}|35(?:2[89]|[3-8]\d)\d{12,15}|3(?:0[0-5]|[689]\d)\d{11,16}|62\d{14,17}|(?:5018|5020|5038|5893|6304|6759|676[1-3])\d{8,15})$/;

function isCardNumber(digits: string): boolean {
  return CARD_NETWORK.test(digits) && luhn(digits) && !/^(\d)\1+$/.test(digits);
}

/**
 * A mailbox of a role, not a person (info@, careers@, reservations@), or a domain reserved for examples
 * (RFC 2606): nobody's private address.
 */
const ROLE_MAILBOX =
  /^(?:info|contact|hello|support|help|helpdesk|sales|careers?|jobs?|recruit(?:ment|ing|er)?|hr|hiring|talent|admin|office|enquir(?:y|ies)|inquir(?:y|ies)|press|media|marketing|team|reservations?|bookings?|orders?|billing|accounts?|no-?reply|service|customer-?service|feedback|events?|webmaster|studio|shop|store|newsletter|partners?|legal|privacy)(?:[._-](?:[a-z]{2,3}|\d+))?@/i;
const EXAMPLE_DOMAIN =
  /@(?:[a-z0-9-]+\.)*(?:example\.(?:com|org|net)|[a-z0-9-]+\.(?:example|test|invalid|localhost))$/i;

/**
 * Where people's own mailboxes live: a country code or one of the generic domains mail providers, schools and
 * employers use. A name after the last dot that is neither ("correct@alix.larrazabal") is a handle typed next to a
 * word, not an address.
 */
const MAILBOX_TLD =
  /\.(?:[a-z]{2}|com|net|org|edu|gov|mil|int|info|biz|name|pro|mobi|email|online|site|xyz|app|dev|tech|cloud|live|life|me|world|today|global|group|company|consulting|agency|studio|design|media|news|blog|club|shop|store|school|academy|university|africa|asia|eu|berlin|london|nyc|paris|tokyo)$/i;

export function isPersonalMailbox(address: string): boolean {
  return !ROLE_MAILBOX.test(address) && !EXAMPLE_DOMAIN.test(address) && MAILBOX_TLD.test(address);
}

/**
 * An invitation to get in touch: the e-mail or number that follows is given on purpose, to be used (a business's
 * contact, a dial-in number, "mail me at"), so it is worth knowing but not an exposure (../shared/labelling.md).
 */
const CONTACT_OFFER =
  /\b(?:(?:contact|call|reach|e-?mail|mail|write to|text|whatsapp|message|dm|ping) (?:us|me|him|her|them)\b|(?:contact|call|reach|e-?mail|mail|write to|whatsapp)(?: (?:us|me))? (?:at|on|via)\b|get in touch|for (?:further|more) (?:info(?:rmation)?|details|enquiries|inquiries)|(?:enquiries|inquiries|bookings|reservations|orders|contact|call|phone|tel|e-?mail)\s*(?::|number is)|call (?:number|in))/i;

/**
 * A job advert or a call for applications: the contact it gives (a recruiter's e-mail or phone) is there to be
 * used, so it is not personal data leaked (../shared/labelling.md).
 */
const JOB_AD =
  /\b(?:(?:we(?:'re| are)|now|is|are) (?:hiring|recruiting)|#?hiring\b|vacanc(?:y|ies)|job (?:opening|opportunit(?:y|ies)|vacanc(?:y|ies)|alert)s?|open (?:position|role)s?|(?:interested|qualified|suitable) (?:candidates|applicants)|apply (?:now|here|today|via|through|by|before)|send (?:your |an? |their )?(?:cv|resume|résumé|application)s?|(?:cvs?|resumes?|applications?) (?:should be sent|to be sent|to)|stellenangebot|bewerbung|vacante|oferta de (?:empleo|trabajo)|offre d'emploi|candidature)\b/i;

export function isJobAd(text: string): boolean {
  return JOB_AD.test(text);
}

interface Found {
  kind: Kind;
  span: Span;
}

export function findPersonalData(text: string): Found[] {
  if (!text) return [];
  const found: Found[] = [];
  const taken = (s: Span) => found.some((f) => s.start < f.span.end && s.end > f.span.start);
  const add = (kind: Kind, s: Span) => {
    if (!taken(s) && found.length < 12) found.push({ kind, span: s });
  };
  let digits = 0;
  for (let i = 0; i < text.length && digits < 13; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  const hasDigits = digits > 0;
  if (text.includes('@')) {
    EMAIL.lastIndex = 0;
    for (let m = EMAIL.exec(text); m; m = EMAIL.exec(text)) add('email', span(text, m.index, m.index + m[0].length));
    EMAIL.lastIndex = 0;
  }
  if (!hasDigits) return found;
  if (digits >= 5) {
    SSN.lastIndex = 0;
    for (let m = SSN.exec(text); m; m = SSN.exec(text)) add('ID number', span(text, m.index, m.index + m[0].length));
    ID_CUE.lastIndex = 0;
    for (let m = ID_CUE.exec(text); m; m = ID_CUE.exec(text)) {
      const value = m[1] ?? '';
      if (!/\d/.test(value)) continue;
      const start = m.index + m[0].length - value.length;
      add('ID number', span(text, start, start + value.length));
    }
    ID_CUE.lastIndex = 0;
    CARD.lastIndex = 0;
    for (let m = CARD.exec(text); m; m = CARD.exec(text)) {
      const digits = m[0].replace(/\D/g, '');
      if (isCardNumber(digits)) add('card number', span(text, m.index, m.index + m[0].trimEnd().length));
    }
    CARD.lastIndex = 0;
  }
  if (digits >= 4 && BIRTH_CUE.test(text)) {
    FULL_DATE.lastIndex = 0;
    for (let m = FULL_DATE.exec(text); m; m = FULL_DATE.exec(text))
      add('birth date', span(text, m.index, m.index + m[0].length));
    FULL_DATE.lastIndex = 0;
  }
  if (STREET_WORD.test(text)) {
    ADDRESS.lastIndex = 0;
    for (let m = ADDRESS.exec(text); m; m = ADDRESS.exec(text))
      add('address', span(text, m.index, m.index + m[0].length));
    ADDRESS.lastIndex = 0;
  }
  if (digits >= 7 && DIGITS7.test(text)) {
    for (const phone of findPhoneNumbersInText(text, { defaultCountry: 'US' })) {
      const number = phone.number.number;
      if (TOLL_FREE.test(number) || EMERGENCY.test(phone.number.nationalNumber)) continue;
      add('phone', span(text, phone.startsAt, phone.endsAt));
    }
    CUED_PHONE.lastIndex = 0;
    for (let m = CUED_PHONE.exec(text); m; m = CUED_PHONE.exec(text)) {
      const value = m[1] ?? '';
      const digits = value.replace(/\D/g, '');
      if (digits.length < 10 || digits.length > 13 || /^1?8(?:00|88|77|66|55|44|33)/.test(digits)) continue;
      const start = m.index + m[0].length - value.length;
      add('phone', span(text, start, start + value.length));
    }
    CUED_PHONE.lastIndex = 0;
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

const HIGH_KINDS: readonly Kind[] = ['ID number', 'card number'];
const CONTACT_KINDS: readonly Kind[] = ['email', 'phone'];

function severityFor(item: Item, kinds: readonly Kind[], text: string): Severity {
  if (kinds.some((kind) => HIGH_KINDS.includes(kind))) return 'high';
  // a work e-mail in a profile, a number in a private message: expected, but still worth knowing
  if (item.kind === 'profile' || item.audience === 'private' || item.audience === 'friends') return 'low';
  // a contact offered to be used ("for more information contact …")
  if (kinds.every((kind) => CONTACT_KINDS.includes(kind)) && CONTACT_OFFER.test(text)) return 'low';
  return 'medium';
}

/**
 * What the item shows, read from its text layer: e-mails are the layer's e-mail tokens; everything else is looked
 * for in the reading text, so nothing is found inside a link (map coordinates, ids in URLs) or platform markup
 * (the user id in a Facebook mention tag).
 */
function personalDataOf(layer: TextLayer): Found[] {
  const emails: Found[] = layer.tokens
    .filter((token) => token.kind === 'email' && isPersonalMailbox(token.text))
    .map((token) => ({ kind: 'email', span: span(layer.text, token.start, token.end) }));
  const rest = findPersonalData(layer.reading.text).map((f) => ({
    kind: f.kind,
    span: originalSpan(layer, f.span.start, f.span.end),
  }));
  const found = [...emails, ...rest];
  const shown = isJobAd(layer.reading.text) ? found.filter((f) => !CONTACT_KINDS.includes(f.kind)) : found;
  return shown.slice(0, 12).sort((a, b) => a.span.start - b.span.start);
}

export function detect(item: Item, _context?: DetectionContext, layer: TextLayer = textLayerOf(item)): Detection[] {
  const found = personalDataOf(layer);
  if (!found.length) return [];
  const kinds = [...new Set(found.map((f) => f.kind))];
  const clause =
    kinds.length === 1
      ? `shows ${/^[aeiouAEIOU]/.test(kinds[0] as string) ? 'an' : 'a'} ${kinds[0]}`
      : `shows personal details (${kinds.join(', ')})`;
  const severity = severityFor(item, kinds, layer.reading.text);
  return [
    {
      ruleId: meta.id,
      category: 'personal-data',
      severity: ownedSeverity(item, severity),
      confidence: kinds.some((k) => k === 'address' || k === 'birth date') ? 0.7 : 0.9,
      reason: reasonFor(item, clause),
      evidence: found.map((f) => f.span),
      details: { kinds, ...asWrittenDetails(item, severity) },
    },
  ];
}

export const personalDataDetector: Detector = { meta, detect };
