import { find } from '../text.js';
import type { Rule } from '../types.js';
import { docsFor, followUp } from './shared.js';

const FILLER_RE =
  /\bjust (?:checking in|following up|wanted to follow up|circling back|bumping)\b|\bbump(?:ing)?(?: this)?\b|\bcircling back\b|\bany (?:update|news)s?\b/i;
const NEW_INFO_RE =
  /\b\d+\b|\b(?:since|after) (?:we|our|my|your)\b|\byou mentioned\b|\bthank(?:s| you)\b|\b(?:i|we) (?:ran|built|fixed|finished|read|applied|shipped|wrote|tried|completed|published|launched|made|started|got|found|learned|updated|added)\b|\bupdate:|\bwanted to share\b|\b(?:could|would|can|will) you\b|\b(?:i'd|i would) (?:love|like|value|appreciate)\b/i;

export const rule: Rule = {
  meta: {
    id: 'followup-no-value',
    severity: 'info',
    description: 'A follow-up that only "checks in" or "bumps", with no news and no restated ask.',
    kinds: ['follow_up'],
    docs: docsFor('followup-no-value', {
      why: 'A follow-up that only “checks in” gives no reason to answer now; add news or restate the small ask.',
      before: { text: 'Hi Ana, just checking in on this.', options: followUp },
      after: {
        text: 'Hi Ana, since we spoke I shipped the cache fix you suggested. Could I ask one more question?',
        options: followUp,
      },
    }),
  },
  check(context) {
    const filler = find(context, FILLER_RE)[0];
    if (NEW_INFO_RE.test(context.body.text) && !filler) return [];
    if (NEW_INFO_RE.test(context.body.text) && filler) {
      return [
        {
          start: filler.start,
          end: filler.end,
          message: '"Just checking in" adds nothing: lead with the news instead',
          suggestion: 'Open with what is new since your last message.',
        },
      ];
    }
    const span = filler ?? { start: context.body.start, end: context.body.end };
    return [
      {
        start: span.start,
        end: span.end,
        message: 'This follow-up brings no news and no clear ask',
        suggestion: 'Add something new (a result, an article, a change) and restate the one small ask.',
      },
    ];
  },
};
