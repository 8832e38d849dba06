/**
 * `tsx scripts/eval/coach-docs.ts`: writes docs/coach/<rule id>.md for every coach rule from the rule's `meta.docs`
 * (why it matters, a before/after example) through `explainRule` — the same data `decorum coach --explain RULE`
 * prints and the web app shows — with the before example run through the coach, so each page shows what the rule
 * really says. Run it again after changing a rule.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { explainRule } from '../../src/coach/explain.js';
import { applyFixes, checkMessage, RULES } from '../../src/coach/index.js';
import { coachText } from '../../src/cli/coach.js';
import { createColors } from 'picocolors';

const quote = (text: string) => (text.length > 300 ? `${text.slice(0, 300)}… (${text.length} characters)` : text);
const block = (text: string) => `\`\`\`text\n${quote(text)}\n\`\`\``;

mkdirSync('docs/coach', { recursive: true });
for (const rule of RULES) {
  const doc = explainRule(rule);
  const lines = doc.before.findings.map((f) => {
    const kind = f.replaces ? (f.suggestion === '' ? 'remove it' : `replace with “${f.suggestion}”`) : f.suggestion;
    return (
      `- \`${doc.before.text.slice(f.start, f.end).replace(/\n/g, '↵').slice(0, 80)}\` (${f.start}–${f.end}, ${f.severity}): ${f.message}` +
      (kind ? `\n  → ${kind}${f.advice ? ` (${f.advice})` : ''}` : '')
    );
  });
  const page = `# ${doc.id}

**Default severity:** ${doc.severity} · **Applies to:** ${doc.appliesTo}${doc.needs.length ? ` · **Needs:** ${doc.needs.join(', ')} (otherwise listed in \`skipped\`)` : ''}${doc.languageNeutral ? ' · runs on any language' : ' · English only'}

${doc.description}

## Why it matters

${doc.why}

## Before

${block(doc.before.text)}
_${doc.before.context}_

${lines.join('\n')}

## After

${block(doc.after.text)}
_${doc.after.context}_${doc.after.findings.length ? '' : ' — no finding of this rule'}

\`decorum coach --explain ${doc.id}\` prints this page. Tests: [\`src/coach/rules/${doc.id}.test.ts\`](../../src/coach/rules/${doc.id}.test.ts) · source: [\`src/coach/rules/${doc.id}.ts\`](../../src/coach/rules/${doc.id}.ts) · all rules: [overview](README.md)
`;
  writeFileSync(`docs/coach/${doc.id}.md`, page);
}
console.log(`wrote ${RULES.length} pages to docs/coach/`);

/** The README's example, run for real (no colours, no speller) so it cannot drift from what the CLI prints. */
const SAMPLE = "Hi Tom, I really need this job, my rent is due. Is your company hiring? I've attached my CV.";
const sampleOutput = coachText(
  SAMPLE,
  checkMessage(SAMPLE, { platform: 'linkedin', kind: 'connection_note' }),
  createColors(false),
).trimEnd();

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
$ cat note.txt
${SAMPLE}
$ decorum coach note.txt --platform linkedin --kind connection_note
${sampleOutput}
$ decorum coach note.txt --platform linkedin --kind connection_note --fix
${applyFixes(SAMPLE, checkMessage(SAMPLE, { platform: 'linkedin', kind: 'connection_note' }).findings).text}
\`\`\`

Each finding quotes the words it is about (highlighted on a terminal; no colour when piped or with \`NO_COLOR\`).
\`--fix\` prints the draft with every drop-in rewrite applied and says on stderr what it changed and what still
needs your own words; \`--fix --write better.txt\` writes it to a file instead (never over the input).
\`decorum coach --explain RULE\` prints a rule's page: why it matters, the evidence, a before/after example.

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
platforms, requires, docs) and a pure \`check(context)\`; each has its table of valid and invalid drafts in its
own \`<id>.test.ts\` beside it (which words it marks, at what severity, which fix, and that a drop-in fix clears it),
run by \`test/fixtures/rule-tester.ts\`. \`meta.docs\` holds why the rule matters and a before/after example;
\`explainRule\` (\`src/coach/explain.ts\`) turns it into what \`--explain\`, the web and these pages show
(\`tsx scripts/eval/coach-docs.ts\`). Phrase rules skip negated and quoted wording ("I'm not asking for a job",
\`your post said "never say any job"\`).
A finding's optional \`replaces: true\` says its \`suggestion\` is a drop-in replacement for \`start\`–\`end\`
('' removes it; \`advice\` says why), so an editor may offer to apply it and \`applyFixes\` (\`src/coach/fix.ts\`)
applies them all: hardship appeals and apologies removed, pressure replaced by an easy way out, an attached résumé
replaced by an offer, a job question by a small ask, all-caps, greetings, names, text-speak; \`characterLimit(platform, kind, account)\` is the limit the \`platform-limit-exceeded\` rule enforces. Neither is
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
