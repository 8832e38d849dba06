/**
 * `tsx scripts/eval/coach-docs.ts`: writes docs/coach/<rule id>.md for every coach rule, from the rule's `meta`,
 * the reason it exists, and its examples (src/coach/rules/examples.ts) run through the coach — so each page shows
 * what the rule really says. Run it again after changing a rule.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { checkMessage, RULES, type CoachOptions } from '../../src/coach/index.js';
import { EXAMPLES, type Example } from '../../src/coach/rules/examples.js';

/** Why each rule exists: the evidence or etiquette behind it (../shared/outreach-rules.md). */
const WHY: Record<string, string> = {
  'platform-limit-exceeded':
    'LinkedIn cuts connection notes at 300 characters for Premium and 200 for free accounts; InMail bodies at 2,000 (many sources say 1,900); X DMs at 10,000; Messenger at about 20,000. Over the limit the platform refuses or truncates the message.',
  'length-band':
    'E-mails of 50–125 words get the most replies (Boomerang, ~40 M e-mails); InMails under 400 characters do 22 % better than average. A connection note has room for two sentences.',
  'wall-of-text': 'Most messages are read on a phone, where an unbroken block of 60+ words is skimmed or skipped.',
  'reading-level':
    'Messages written at a 3rd-grade reading level got 53 % replies against 39 % at college level (Boomerang). Flesch-Kincaid grade is computed with the `syllable` and `flesch-kincaid` packages.',
  'job-ask-first-contact':
    'Career centres (SFU, Northeastern) are unanimous: no mention of jobs in a first networking contact. Asking a stranger for a job puts them on the spot. If you already applied and write to that role’s recruiter, the coach only notes it.',
  'referral-ask-stranger':
    'A referral puts the referrer’s reputation on the line; a stranger cannot vouch for you yet.',
  'transactional-reconnect':
    'Reviving a dormant tie only to ask a big favour reads as using the person. Reconnect first; ask later.',
  'no-clear-ask': 'A message that asks nothing leaves the reader nothing to do, so they do nothing.',
  'ask-too-big':
    'Career centres recommend a small, specific ask (15–20 minutes). Open-ended coffee, lunch or “an hour” is a large cost to a stranger.',
  'pick-your-brain': 'The phrase is vague, one-sided and so common that busy people have learned to ignore it.',
  'too-many-asks':
    'One to three questions raise replies by about 50 % over none; more than that lowers them (Boomerang).',
  'googleable-question':
    'Asking what a careers page answers shows you did not look, and wastes the one question you get.',
  'default-invite-text':
    'LinkedIn’s default note says nothing about why you are connecting. Personalised notes roughly double acceptance and replies (Lavender); no note is better than the default.',
  'no-recipient-detail':
    'Personalisation roughly doubles replies (Lavender); bulk messages do badly. One specific detail — their post, talk, school, group, a mutual contact — shows this is not a mass mailing. When their profile or post is pasted (`--about`), the coach looks for a word of it in the message.',
  'unfilled-placeholder': 'A left-over `[First Name]` proves the message is a template, and undoes any personal touch.',
  'generic-greeting':
    'Any greeting beats none, and “Hi/Hello” does better than “Dear” (Boomerang); “To whom it may concern” says you did not find out who they are.',
  'name-mismatch': 'The wrong name in the greeting is the surest sign of a copied template.',
  'reason-buried': 'Readers decide in the first line or two; the reason you chose them should be there.',
  'self-centred':
    'A message about you, full of self-praise (“passionate”, “results-driven”), gives the reader no reason to care. Counts I/me/my against you/your.',
  'unsolicited-resume': 'A résumé nobody asked for turns a conversation into an application. Offer it instead.',
  'contact-info-demand': 'A stranger asking for a personal number or e-mail is intrusive; offer yours instead.',
  'needy-or-apologetic': 'Desperation and apologies make the reader uneasy rather than helpful.',
  'empty-flattery': 'Slight warmth helps (+10–15 %), excessive flattery does not. Praise something concrete instead.',
  'overly-familiar': 'Pet names, text-speak and a lowercase “i” read as careless in a professional message.',
  'personal-appearance':
    'Comments on looks or romantic language are harassment on a professional network (LinkedIn’s community policies prohibit them).',
  'all-caps':
    'All caps reads as shouting; all-caps subjects get about 30 % fewer replies. Short acronyms (SFU, QA) are fine.',
  'spammy-formatting':
    'Repeated punctuation, many exclamation marks, emoji, link shorteners and spam words trip filters and look like mass mail.',
  'typos-sloppy':
    'Spelling mistakes, repeated words and lowercase sentence starts signal carelessness. Spelling uses nspell with the `dictionary-en` Hunspell dictionary when it is loaded (the CLI always loads it); capitalised words (names, products) are not spell-checked.',
  'subject-missing': 'E-mails without a subject got 14 % replies. LinkedIn InMail requires one.',
  'subject-line-quality':
    'Three-to-four-word subjects got the most replies (Boomerang); over 60 characters is cut off on phones. A fake “RE:” is a trick the reader sees through.',
  'followup-too-soon':
    'Career centres advise following up about a week after a networking message, and no sooner than 3 business days after an application. Uses the contact tracker’s history when `--to` names a tracked contact; otherwise the wording (“I sent you a message yesterday”).',
  'followup-too-many':
    'Follow up once on a networking request; after three unanswered messages, silence is an answer. Uses the contact tracker’s history, or the wording (“in case you missed the last three”).',
  'followup-pushy': 'Guilt and demands (“saw you read my DM”, “reply today”) end the conversation for good.',
  'followup-no-value':
    'A follow-up that only “checks in” gives no reason to answer now; add news or restate the small ask.',
  'wrong-channel-personal':
    'On Facebook and Instagram a message from a non-friend lands in Message Requests, and a job pitch there feels intrusive. LinkedIn or e-mail fits work contacts.',
  'ignores-instructions-or-no':
    'Writing anyway when the posting said “apply via the portal / no DMs”, or after a no, shows you do not listen. Paste the posting with `--about` to check it.',
  'unverified-name-drop':
    'Naming a mutual contact opens doors, but only if they agreed; claiming they promised a job is worse than no name at all.',
  'no-thanks':
    'Thanking in the sign-off raised replies from 47.5 % to ~62 % (Boomerang); gratitude doubled help in Grant & Gino (2010).',
  'redirect-over-explains':
    'When steering someone from Facebook to LinkedIn, one neutral sentence is enough (Emily Post; Arden Clise). Explaining a policy or the relationship makes it personal.',
  'redirect-no-alternative':
    'A redirect without a concrete professional channel (invite sent, link, e-mail) is just a rejection.',
};

const describeOptions = (options: CoachOptions | undefined): string => {
  if (!options) return 'no context';
  const parts: string[] = [];
  if (options.platform) parts.push(`--platform ${options.platform}`);
  if (options.kind) parts.push(`--kind ${options.kind}`);
  if (options.account) parts.push(`--account ${options.account}`);
  if (options.recipientName) parts.push(`--to "${options.recipientName}"`);
  if (options.about) parts.push(`--about (“${options.about}”)`);
  if (options.history?.length)
    parts.push(`history: ${options.history.map((h) => `${h.direction} ${h.at.slice(0, 10)}`).join(', ')}`);
  if (options.now) parts.push(`as of ${options.now.toISOString().slice(0, 10)}`);
  if (options.speller) parts.push('a stub dictionary');
  return parts.join(' ');
};

const quote = (text: string) => (text.length > 300 ? `${text.slice(0, 300)}… (${text.length} characters)` : text);
const block = (text: string) => `\`\`\`text\n${quote(text)}\n\`\`\``;

mkdirSync('docs/coach', { recursive: true });
for (const rule of RULES) {
  const { id } = rule.meta;
  const examples = EXAMPLES[id] ?? { valid: [], invalid: [] };
  const bad = examples.invalid.map((example: Example) => {
    const found = checkMessage(example.text, example.options).findings.filter((f) => f.ruleId === id);
    const lines = found.map(
      (f) =>
        `- \`${example.text.slice(f.start, f.end).replace(/\n/g, '↵').slice(0, 80)}\` (${f.start}–${f.end}, ${f.severity}): ${f.message}` +
        (f.suggestion ? `\n  → ${f.suggestion}` : ''),
    );
    return `${block(example.text)}\n_${describeOptions(example.options)}_\n\n${lines.join('\n')}`;
  });
  const good = examples.valid.map((example) => `${block(example.text)}\n_${describeOptions(example.options)}_`);
  const page = `# ${id}

**Default severity:** ${rule.meta.severity} · **Applies to:** ${rule.meta.kinds ? rule.meta.kinds.join(', ') : 'every kind'}${rule.meta.platforms ? ` on ${rule.meta.platforms.join(', ')}` : ''}${rule.meta.requires?.length ? ` · **Needs:** ${rule.meta.requires.join(', ')} (otherwise listed in \`skipped\`)` : ''}${rule.meta.languageNeutral ? ' · runs on any language' : ' · English only'}

${rule.meta.description}

## Why

${WHY[id] ?? ''}

## Flagged

${bad.join('\n\n')}

## Not flagged

${good.join('\n\n')}

Source: [\`src/coach/rules/${id}.ts\`](../../src/coach/rules/${id}.ts) · all rules: [overview](README.md)
`;
  writeFileSync(`docs/coach/${id}.md`, page);
}
console.log(`wrote ${RULES.length} pages to docs/coach/`);

const table = RULES.map(
  (rule) =>
    `| [\`${rule.meta.id}\`](${rule.meta.id}.md) | ${rule.meta.severity} | ${rule.meta.description.replace(/\|/g, '\\|')} |`,
).join('\n');

writeFileSync(
  'docs/coach/README.md',
  `# The outreach coach

\`decorum coach\` checks a draft message before you send it — a LinkedIn connection note, a first message, a
follow-up, an e-mail, or a reply that steers a friend request to LinkedIn — against ${RULES.length} rules from
\`../shared/outreach-rules.md\`. Every finding points at characters, says why, and offers better wording where
there is one. Then it scores the draft 0–100.

\`\`\`text
$ decorum coach note.txt --platform linkedin --kind connection_note
1:1-1:7   warning  Nothing in this message is specific to them: it could go to anyone  no-recipient-detail
          → Name one specific thing: their post or talk, a shared school or group, a mutual contact, e.g. "your post on X was…".
1:9-1:34  error    Announces a job hunt in a first contact: it reads as a request for a job  job-ask-first-contact
          → Lead with the specific reason you are writing to them; mention your search only once they reply.

Score 50/100 — 1 error(s), 1 warning(s), 0 note(s); fix the errors before sending
Top fixes: +40 job-ask-first-contact, +10 no-recipient-detail
Not checked: name-mismatch (no recipient name given (--to): can't compare the greeting)
\`\`\`

## Context
| option | what it enables |
|---|---|
| \`--platform linkedin\\|x\\|facebook\\|instagram\\|email\` | channel limits (\`platform-limit-exceeded\`), \`wrong-channel-personal\` |
| \`--kind connection_note\\|first_message\\|follow_up\\|email\\|redirect_reply\` | which rules apply; without it a text starting with \`Subject:\` is an e-mail, anything else a first message |
| \`--account free\\|premium\` | LinkedIn note limit 200 / 300 (free assumed) |
| \`--to NAME\` | \`name-mismatch\`, greeting suggestions; a tracked contact's history (\`decorum contacts\`) drives the follow-up rules |
| \`--about FILE\` | their profile, post or posting: \`no-recipient-detail\` looks for its words, \`ignores-instructions-or-no\` for "no DMs" |

Without context the coach still runs what it can and lists each check it could not make in \`skipped\`
(\`{"ruleId","reason"}\`). Text that is not English gets only the language-neutral checks (limits, placeholders,
formatting, subject, follow-up timing); empty and binary input exit 3; more than 20,000 characters (past every channel’s limit) are cut there, and each rule lists at most 25 findings.

## \`--json\` (a public contract)
\`\`\`json
{"score":50,"findings":[{"ruleId":"job-ask-first-contact","severity":"error","message":"…","start":8,"end":33,"suggestion":"…"}],"skipped":[{"ruleId":"name-mismatch","reason":"…"}]}
\`\`\`
\`start\`/\`end\` are UTF-16 offsets into the text as given (including a \`Subject:\` line); \`suggestion\` is
\`null\` when there is none; \`severity\` is \`error\`, \`warning\` or \`info\`. Exit code 1 when any finding is an error.

## Score
100, minus 30 per error, 10 per warning and 3 per note (a rule's further findings cost a third as much, at most
double); never above 50 with an error. The score comes with its explanation and the top fixes, ranked by the points
each would add (\`src/coach/score.ts\`).

## In code
\`checkMessage(text, options)\` in \`src/coach/index.ts\` is pure and synchronous (no Node imports), so the web app
runs it in the browser. Spelling is injected: \`options.speller\` (Node: \`loadSpeller()\` from
\`src/coach/speller.ts\`, nspell + dictionary-en). Rules are ESLint-shaped: \`meta\` (id, severity, kinds,
platforms, requires, docs) and a pure \`check(context)\`; each has its examples in
\`src/coach/rules/examples.ts\`, which the table test runs and these pages show (\`tsx scripts/eval/coach-docs.ts\`).
A finding's optional \`replaces: true\` says its \`suggestion\` is a word-for-word replacement for \`start\`–\`end\`
(all-caps, generic-greeting when the name is known, name-mismatch, lowercase "i"), so an editor may offer to apply
it; \`characterLimit(platform, kind, account)\` is the limit the \`platform-limit-exceeded\` rule enforces. Neither is
in \`coach --json\`.

## Language tools
Readability: \`syllable\` + \`flesch-kincaid\`. Spelling: \`nspell\` + \`dictionary-en\`, with one-edit corrections
checked against the dictionary (nspell's own \`suggest\` takes milliseconds per word). Sentences: a small splitter
that knows \`Mr.\`/\`Dr.\`/\`e.g.\` — ICU's \`Intl.Segmenter\` does not split before a lowercase word, which hides
sloppy sentence starts. retext (english, passive, repeated-words) was tried and dropped: its parse alone ate most of
the 5 ms budget; repeated words are a plain check here.

## Rules
| rule | severity | what |
|---|---|---|
${table}

## Contact tracker and follow-ups
\`decorum contacts add|list|show|log|import\` and \`decorum followups\` keep people and messages in the same store
(\`--db\`, default \`./decorum.db\`). Networking: wait a week after an unanswered message, follow up once, then stop.
Applications (\`contacts add --purpose application\`): wait 3 business days; stop after three unanswered messages.
\`contacts import\` seeds the log from the LinkedIn messages and outgoing invitations an audit stored.
`,
);
console.log('wrote docs/coach/README.md');
