import type { AccountType, CoachPlatform, MessageKind, Rule, RuleContext, RuleReport } from '../types.js';
import { docsFor, note } from './shared.js';

/** Hard limits per channel (outreach-rules.md); settings with defaults, not laws of nature. */
export const LIMITS = {
  linkedinNoteFree: 200,
  linkedinNotePremium: 300,
  inmailSubject: 200,
  inmailBody: 2000,
  inmailBodyWarn: 1900,
  xDm: 10000,
  facebookMessage: 20000,
  emailLine: 998,
} as const;

/**
 * The hard character limit of a message body on a channel, or null when there is none worth counting against
 * (e-mail limits lines, not messages). The counter in the web editor and this rule read the same numbers.
 */
export function characterLimit(
  platform: CoachPlatform | null | undefined,
  kind: MessageKind,
  account: AccountType | null | undefined,
): number | null {
  if (platform === 'linkedin')
    return kind === 'connection_note'
      ? account === 'premium'
        ? LIMITS.linkedinNotePremium
        : LIMITS.linkedinNoteFree
      : LIMITS.inmailBody;
  if (platform === 'x') return LIMITS.xDm;
  if (platform === 'facebook') return LIMITS.facebookMessage;
  return null;
}

function over(context: RuleContext, start: number, end: number, limit: number, what: string): RuleReport {
  const length = end - start;
  return {
    start: start + limit,
    end,
    message: `${what} is ${length} characters; the limit is ${limit}, so ${length - limit} will be cut or refused`,
    suggestion: `Cut it to ${limit} characters or fewer: keep the one specific detail and the ask.`,
  };
}

export const rule: Rule = {
  meta: {
    id: 'platform-limit-exceeded',
    severity: 'error',
    description: "The text is longer than the channel's hard limit (LinkedIn notes: 200 free / 300 Premium).",
    requires: ['platform'],
    languageNeutral: true,
    docs: docsFor('platform-limit-exceeded', {
      why: 'LinkedIn cuts connection notes at 300 characters for Premium and 200 for free accounts; InMail bodies at 2,000 (many sources say 1,900); X DMs at 10,000; Messenger at about 20,000. Over the limit the platform refuses or truncates the message.',
      before: {
        text: 'Hi Ana, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
        options: note,
      },
      after: {
        text: 'Hi Ana, your talk on caching at DevDays was great. I work on the same problem and would like to connect.',
        options: note,
      },
    }),
  },
  check(context) {
    const { platform, kind, body, subject } = context;
    const text = body.text.trim();
    const start = body.start + (body.text.length - body.text.trimStart().length);
    const end = start + text.length;
    if (platform === 'linkedin' && kind === 'connection_note') {
      const limit = characterLimit(platform, kind, context.account) as number;
      const who = context.account === 'premium' ? 'Premium' : context.account === 'free' ? 'free' : 'free (assumed)';
      if (text.length > limit) return [over(context, start, end, limit, `This connection note (${who} account)`)];
      return [];
    }
    if (platform === 'linkedin' && subject) {
      const reports: RuleReport[] = [];
      if (subject.text.length > LIMITS.inmailSubject)
        reports.push(over(context, subject.start, subject.end, LIMITS.inmailSubject, 'The InMail subject'));
      if (text.length > LIMITS.inmailBody)
        reports.push(over(context, start, end, LIMITS.inmailBody, 'The InMail body'));
      else if (text.length > LIMITS.inmailBodyWarn)
        reports.push({
          start: start + LIMITS.inmailBodyWarn,
          end,
          severity: 'warning',
          message: `The InMail body is ${text.length} characters; many sources put the limit at 1,900`,
          suggestion: 'Cut it below 1,900 characters to be safe.',
        });
      return reports;
    }
    const limit = characterLimit(platform, kind, context.account);
    if (platform === 'x' && limit !== null && text.length > limit) return [over(context, start, end, limit, 'This DM')];
    if (platform === 'facebook' && limit !== null && text.length > limit)
      return [over(context, start, end, limit, 'This Messenger message')];
    if (platform === 'email') {
      let offset = 0;
      for (const line of context.text.split('\n')) {
        if (line.length > LIMITS.emailLine)
          return [over(context, offset, offset + line.length, LIMITS.emailLine, 'An e-mail line')];
        offset += line.length + 1;
      }
    }
    return [];
  },
};
