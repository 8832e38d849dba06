/**
 * `npm run eval`: scores the whole text engine (src/detectors TEXT_DETECTORS) on the dev splits of the public data
 * sets in ../shared/data and on our own labelled posts in eval-data/, prints precision / recall / F1 with a
 * confusion table per category mapping, and writes the `text-eval` section of EVALUATION.md.
 *
 * Splits: every public set is cut by `splitOf` (scripts/eval/data.ts: FNV-1a of a fixed seed + the text, 30 % dev);
 * only the dev part is scored here. The classifier trains on all of Davidson (so its rows here are fit, and labelled
 * so) and on nothing else. OLID's official test file is withheld from ../shared/data, so its seeded dev part stands in
 * for it. HatEval has an official validation file, which is used as its dev split.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CategoryId } from '../../src/core/categories.js';
import type { DetectionContext } from '../../src/core/detector.js';
import type { Item } from '../../src/core/item.js';
import { TEXT_DETECTORS } from '../../src/detectors/index.js';
import { detectItem } from '../../src/detectors/run.js';
import { writeMarkdownSection } from '../lib/markdown-section.js';
import {
  available,
  devOf,
  loadComplaints,
  loadDavidson,
  loadDrunkTweets,
  loadEthos,
  loadHatEval,
  loadOlid,
  type Example,
} from './data.js';

const ROOT = join(import.meta.dirname, '..', '..');
const OFFENSIVE: readonly CategoryId[] = ['profanity', 'insult', 'hate', 'threat', 'sexual'];

interface Case {
  text: string;
  gold: boolean;
  item?: Partial<Item>;
  employers?: string[];
}

interface Result {
  name: string;
  mapping: string;
  n: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  target?: { metric: 'F1' | 'macro-F1'; value: number };
  firedOnNegatives: Map<string, number>;
}

function itemFor(text: string, extra: Partial<Item> = {}): Item {
  return {
    platform: 'x',
    kind: 'post',
    id: 'eval',
    text,
    createdAt: null,
    audience: 'public',
    engagement: {},
    media: [],
    locator: { input: 'eval', file: 'eval' },
    flags: {},
    ...extra,
  };
}

function categoriesOf(text: string, extra: Partial<Item> = {}, employers: string[] = []): Set<CategoryId> {
  const context: DetectionContext = { employers, allowlist: [] };
  const found = new Set<CategoryId>();
  const item = itemFor(text, extra);
  for (const d of detectItem(TEXT_DETECTORS, item, context).detections) found.add(d.category);
  return found;
}

function score(
  name: string,
  cases: readonly Case[],
  positive: readonly CategoryId[],
  target?: Result['target'],
): Result {
  const result: Result = {
    name,
    mapping: positive.join(' ∪ '),
    n: cases.length,
    tp: 0,
    fp: 0,
    fn: 0,
    tn: 0,
    firedOnNegatives: new Map(),
    ...(target ? { target } : {}),
  };
  for (const c of cases) {
    const found = categoriesOf(c.text, c.item, c.employers);
    const predicted = positive.some((category) => found.has(category));
    if (predicted && c.gold) result.tp++;
    else if (predicted) {
      result.fp++;
      for (const category of found)
        if (positive.includes(category))
          result.firedOnNegatives.set(category, (result.firedOnNegatives.get(category) ?? 0) + 1);
    } else if (c.gold) result.fn++;
    else result.tn++;
  }
  return result;
}

const f1 = (tp: number, fp: number, fn: number): number => (2 * tp) / Math.max(1, 2 * tp + fp + fn);
const precision = (r: Result): number => r.tp / Math.max(1, r.tp + r.fp);
const recall = (r: Result): number => r.tp / Math.max(1, r.tp + r.fn);
const macro = (r: Result): number => (f1(r.tp, r.fp, r.fn) + f1(r.tn, r.fn, r.fp)) / 2;
const fmt = (x: number): string => x.toFixed(3);

function cases(examples: readonly Example[], label: string): Case[] {
  return examples.map((e) => ({ text: e.text, gold: e.labels[label] === 1 }));
}

interface OwnRecord {
  text: string;
  label: 0 | 1;
  kind?: Item['kind'];
  audience?: Item['audience'];
  inReplyTo?: string;
  employers?: string[];
  note?: string;
}

/** Our own labelled posts: <dir>/<category>.jsonl, one {text, label, …} per line. */
function ownSets(sub = ''): { category: CategoryId; cases: Case[] }[] {
  const dir = join(ROOT, 'eval-data', sub);
  if (!existsSync(dir)) return [];
  const sets: { category: CategoryId; cases: Case[] }[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    const category = file.replace(/\.jsonl$/, '') as CategoryId;
    const records = readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as OwnRecord);
    sets.push({
      category,
      cases: records.map((r) => ({
        text: r.text,
        gold: r.label === 1,
        employers: r.employers ?? [],
        item: {
          ...(r.kind ? { kind: r.kind } : {}),
          ...(r.audience ? { audience: r.audience } : {}),
          ...(r.inReplyTo ? { inReplyTo: { text: r.inReplyTo } } : {}),
        },
      })),
    });
  }
  return sets;
}

function table(results: readonly Result[]): string {
  const rows = results.map((r) => {
    const value = r.target?.metric === 'macro-F1' ? macro(r) : f1(r.tp, r.fp, r.fn);
    const target = r.target ? `${r.target.metric} ≥ ${r.target.value} ${value >= r.target.value ? '✅' : '❌'}` : '';
    return `| ${r.name} | ${r.mapping} | ${r.n} | ${fmt(precision(r))} | ${fmt(recall(r))} | ${fmt(f1(r.tp, r.fp, r.fn))} | ${fmt(macro(r))} | ${r.tp} | ${r.fp} | ${r.fn} | ${r.tn} | ${target} |`;
  });
  return [
    '| set (dev split) | predicted positive when the engine reports | n | precision | recall | F1 | macro-F1 | TP | FP | FN | TN | target |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/**
 * What the numbers mean, the gaps to the targets and what was tried (kept with the script that makes the numbers);
 * the "after" figures are this run's.
 */
const notes = (after: {
  olid: string;
  hatEval: string;
  alcohol: string;
  complaints: string;
  ethos: string;
}): string => `## Text engine: data, licences, gaps

**Data and licences.** The shipped classifier (\`models/text-classifier.json\`, \`npm run train\`, deterministic,
under a minute) is trained only on sets whose licence allows shipping derived weights: of the sets in \`../shared/data\`
that is Davidson et al. 2017 (MIT; every row) alone. OLID has no licence (its SOURCE.md: internal evaluation only),
TweetEval/HatEval is research-only, the complaints and drunk-tweets sets have no licence, ETHOS is GPL-3.0: all of
these are evaluation-only here, and the training script does not read them, not even to choose a threshold.

**Retrained without OLID (the project owner's licence rule).** Until this change the model was also trained on the
seeded 70 % train part of the OLID training file (issue #13 read its README's request for citation as permission; the
owner's brief reads the missing licence as "internal evaluation only"). Its \`insult\` head (targeted insult or
threat, OLID level B) had no other source, so it is gone, and with it the low "may read as demeaning someone" finding
from the model alone; the \`offensive\` and \`hate\` heads are now Davidson-only with thresholds chosen on Davidson.
The cost, same dev splits (\`npm run train && npm run eval\`): OLID level A macro-F1 0.752 → 0.724, HatEval 0.579 →
0.564, ETHOS 0.612 → 0.574; drunk tweets and complaints do not use the model (0.860, 0.674). Real exports (\`npm run
eval:real\`, 13 labelled exports): top-20 precision 0.68 (162/237) → 0.70 (162/232), false alarms 3.2 % (67/2092)
→ 3.2 % (67/2092), recall of medium+ 0.88 (217/248) → 0.87 (215/248): two insults without an insult word in one
export are no longer found. Citations: Davidson, Warmsley, Macy, Weber (2017), *Automated Hate
Speech Detection and the Problem of Offensive Language*, ICWSM; Zampieri, Malmasi, Nakov, Rosenthal, Farra, Kumar
(2019), *Predicting the Type and Target of Offensive Posts in Social Media*, NAACL (OLID); Basile et al. (2019),
SemEval-2019 Task 5 (HatEval) and Barbieri et al. (2020), TweetEval; Mollas et al. (2022), ETHOS; Hossain et al.
(2016), ICWSM (drunk tweets); Preoțiuc-Pietro, Găman, Aletras (2019), ACL (complaints); Nielsen (2011), AFINN, and
Kralj Novak et al. (2015), Emoji Sentiment Ranking (wink-sentiment).

**Before → after (issue #13, meaning not words; same dev splits, \`npm run train && npm run eval\`).**

| set | before | after | target |
|---|---|---|---|
| OLID level A, macro-F1 | 0.735 | ${after.olid} | ≥ 0.76 |
| HatEval (val), macro-F1 | 0.588 | ${after.hatEval} | ≥ 0.55 |
| Drunk tweets, F1 | 0.861 | ${after.alcohol} | ≥ 0.85 |
| Complaints, F1 | 0.637 | ${after.complaints} | ≥ 0.70 |
| ETHOS hate, macro-F1 | 0.576 | ${after.ethos} | |

"Before" is the engine with the Davidson-only model (70 % of Davidson) and word-level insult rules; its Davidson rows
(0.853 / 0.626 macro-F1) were held out then and are fit now.

**What changed.** An insult needs a target linked to the word (same clause, nearer than any word for the writer),
descriptors count only as what a person is, enthusiasm-prone words (crazy, sick, insane, killer, dope) also need a
text that does not read as positive (wink-sentiment), and severity follows strength: profane names and "fuck you"
high, name-calling medium, descriptors, "shut up" and "you're crazy" low. A capitalised name-calling word inside a
sentence is a proper name ("Snowflake", "Dick Cheney"); a name used as a verb ("fool all the people", "creep
away"), inside a hyphenated compound ("psycho-historian") or in the saying "fool me once, shame on you" insults
nobody (real exports: top-20 precision 0.69 (166/242) → 0.70 (166/236), false alarms 3.4 % (71/2104) → 3.1 %
(65/2104), recall 0.87 (215/248) unchanged); nor do "racist", "sexist", "fascist", "nazi" or "commie" before a thing
("a racist tirade"), and a group word naming a cause or a thing ("gay marriage") is no hate target (false alarms
3.1 % → 3.0 % (63/2104), the rest unchanged). Hate needs a text of four or more words that insults or reads
as hostile beside the group word ("gay" alone is not hate). Mild swearing the obscenity dataset lacks (hell, damn,
crap, wtf, sucks) is profanity, low. The classifier gained NB weighting (and, until the retrain above, an
OLID-trained \`insult\` head). Complaints are said to someone or are rants (below).

**Real exports (\`npm run eval:real\`, the hand labels in eval-data/real-labels/; not tuned on single items).**
Before these changes (main with the text layer): top-20 precision 0.47 (138/295), false alarms 6.5 % (134/2054),
recall of medium+ 0.89 (197/221). After: top-20 precision 0.50 (139/277, with 40 of 317 top-20 items not yet
labelled), false alarms 4.2 % (87/2054), recall 0.88 (194/221). Insults and hate now cause 14 of the false alarms
(51 before). The bars of issue #13 (precision ≥ 0.85, false alarms ≤ 3 %, recall ≥ 0.85) are not met: most of the
top-20 items judged harmless are low findings (complaints, mild swearing, alcohol) in exports with few real
problems, where anything flagged reaches the top 20.

**Real exports, precision pass (3 December 2026).** Before: top-20 precision 0.66 (164/247), false alarms 3.4 %
(71/2104), recall 0.88 (217/248). After: 0.84 (171/204), 2.5 % (54/2119), recall 0.87 (229/264) (0.81, 2.8 %, 0.87
before the insult-target change 70cb0db joined), with 58 new blind labels for the items that moved up (\`DECORUM_REAL_EXPORTS=../shared/data/real-exports npm run eval:real\`). What
changed, each a general rule with its own test cases: a swear word inside another word counts only as a swearing
compound or ending ("bullshit", "fuckinggg", camelCase "FuckYourCivilLiberties"; not "Fukushima", "fagiolini",
"Sanusi"); a finding whose words all lie in a quotation of three words or more or a #NowPlaying title is someone
else's words, one step lower (lyrics, mishearings, headlines, translations); messages the user received count as
someone else's words too; a weak cue needs a second rule on other words (two rules reading "sucks" are one cue), and
a liked or reposted low counts alone only when its words were stronger as written; a hard drug only named is medium,
taking it high; drinking words with an everyday sense (wasted time, trashed movies, drunk on the mountains, a drunken
audience member, Molotov cocktails) and "laid off", "the opposite sex", "secret project", "we were acquired", a
recruiter's "confidential client" are not findings; a contact offered to be used ("for more information contact …",
a dial-in number) is low. Remaining errors in the top 20: the insult model on idioms and verbs ("fool me once", "you
can fool all the people", "wimp", "creep away", "psycho-historian"), complaints on ordinary grumbles, and exports with
almost nothing risky (fb-kunleiky, x-smithjd, li-femi10), where the few medium findings left are the whole list.

**Speed.** \`npm run bench text\` (whole engine, CPU time of one core) on this shared machine (load 2–3), runs
alternated with the commit before these changes: before the last lexicon tweak about 5–10 % fewer posts per
CPU-second (19,000–21,400 vs 21,100–22,200); after matching mild swearing on lower-cased text, 21,728 and 21,578 vs
20,410 and 22,580: within the run-to-run spread, so not measurably lower. The model runs only when a group is
named; wink-sentiment (~25 µs) only for enthusiasm-prone words, hate candidates and complaints with no
problem word.

**OLID level A (macro-F1 ≥ 0.76): ${Number(after.olid) >= 0.76 ? 'met' : 'not met'}, ${after.olid}.** Without OLID in training, the Davidson
\`offensive\` head adds nothing the lexicons do not already find (engine ∪ head over its threshold, with or without
someone named: +0.003 at best on OLID's train part), nor does a hostile tone (wink-sentiment) beside a person
(+0.006). Earlier, with OLID in training, measured on a 15 % validation part of OLID's train part with a model
trained without it (never on the dev split): plain logistic regression on Davidson + OLID (head
alone 0.70), NB weighting (0.72–0.73, kept), a one-hidden-layer network over the same hashed features (0.70, no gain),
character 6–7-grams across word boundaries and word trigrams (0.71, no gain), collapsing runs of @USER (no gain);
then the engine: lexicons by meaning ∪ the model alone at its trained thresholds (0.744 on that validation part). Many
remaining errors are OLID's own conventions (political tweets about gun control or #MAGA labelled offensive without an
offensive word; swearing labelled not offensive). Closing the gap needs a stronger model than a hashed linear one
(e.g. a small distilled transformer exported for offline use) trained on shippable data.

**HatEval (macro-F1 ≥ 0.55): ${Number(after.hatEval) >= 0.55 ? 'met' : 'not met'}, ${after.hatEval}** (0.588 before). HatEval's hate is aimed at immigrants and women,
often without slurs; its negatives include much offensive-but-not-hateful swearing, which the insult rule reports.
Insults about the writer and praise no longer count, which costs a little recall here.

**Complaints (F1 ≥ 0.70): ${after.complaints}${Number(after.complaints) >= 0.7 ? ', met' : ', not met'}** (0.637 before, 0.644 with the text
layer alone, 0.674 before the revision below; on the train part, where the rules were read and tuned, 0.704 → 0.737).
The set may not train shipped weights, so complaints are a weighted
cue lexicon read by meaning: said to a handle with a problem (or a negative tone, wink-sentiment), or an angry rant;
never a request for help that names no problem, developer talk about bugs or a grumble. The set labels many service
requests to brands ("when will it be back in stock?", "can you help me?") as complaints; the product deliberately does
not (issue #13), which costs about 0.01 F1 on the train part. As a feature, wink-sentiment alone separates complaints
with AUC 0.67 on the train part (vader-sentiment 0.64, at ~8× the CPU per post); adding it to the cue score beside the
rules gained nothing further; nor did reading a hostile tone alone as a complaint (−0.2…−0.5, train part 0.726–0.732
vs 0.739), nor asking a negative tone (≤ −0.05) instead of a not-positive one when no problem is named (0.707).
The last revision: thanks beside a named problem is sarcasm or politeness and no longer cancels it ("thanks for
ruining my morning"); a problem put right ("solved", "resolved", "replaced") cancels; short replies of fewer than four
words ("@sam No") and emphasis alone ("Nice!!", "???") are no complaint; threats to leave ("about to cancel my
subscription", "lose my business") and plain problems ("disappeared", "stranded", "doesn't seem to work") are cues.
Real exports, same labels: top-20 precision 0.70 (162/232) → 0.70 (164/234), false alarms 3.2 % (67/2092) → 3.2 %
(67/2092), recall 0.87 (215/248) → 0.87 (215/248).

**Our own sets.** First run of eval-data/ before any revision: employer-criticism P 0.89 R 0.74 F1 0.81;
absenteeism P 0.94 R 0.71 F1 0.81; confidential P 0.90 R 0.86 F1 0.88; personal-data P 1.00 R 0.90 F1 0.95. The
detectors were then revised on those posts (so they now score 1.0 there); the holdout files written afterwards show
the honest picture. Their first run: absenteeism P 1.00 R 0.50; confidential P 1.00 R 0.63; personal-data
P 1.00 R 0.88; employer-criticism P 0.00 R 0.00 (0 of 8): sarcasm and idioms ("rather eat glass than…",
"two-faced", "no idea what they're doing") were outside its negative-word list. Employer-criticism was then widened
(more negative words, and a work sentence that reads as a rant by the complaint cue score), so its \`holdout/\` row
now shows fit too; \`holdout2/\` (14 posts written after that change, before running it) is its honest number.`;

function main(): void {
  const started = performance.now();
  const results: Result[] = [];
  if (available('olid'))
    results.push(
      score('OLID level A (OFF)', cases(devOf(loadOlid()), 'off'), OFFENSIVE, { metric: 'macro-F1', value: 0.76 }),
    );
  if (available('tweeteval-hate'))
    results.push(
      score('HatEval / TweetEval hate (val)', cases(loadHatEval('val'), 'hate'), ['hate', 'insult', 'threat'], {
        metric: 'macro-F1',
        value: 0.55,
      }),
    );
  if (available('davidson-hate-offensive')) {
    const davidson = devOf(loadDavidson());
    // the classifier trains on every Davidson row: these two rows measure fit, not generalisation
    results.push(score('Davidson offensive-or-hate (trained on)', cases(davidson, 'offensive'), OFFENSIVE));
    results.push(score('Davidson hate (trained on)', cases(davidson, 'hate'), ['hate']));
  }
  if (available('ethos'))
    results.push(score('ETHOS hate', cases(devOf(loadEthos()), 'hate'), ['hate', 'insult', 'threat']));
  if (available('drunk-tweets-hossain'))
    results.push(
      score('Drunk tweets (Hossain Q1)', cases(devOf(loadDrunkTweets()), 'alcohol'), ['alcohol'], {
        metric: 'F1',
        value: 0.85,
      }),
    );
  if (available('complaints'))
    results.push(
      score(
        'Complaints (Preoțiuc-Pietro)',
        cases(devOf(loadComplaints()), 'complaint'),
        ['complaint', 'employer-criticism'],
        {
          metric: 'F1',
          value: 0.7,
        },
      ),
    );
  const own = [
    ...ownSets().map(({ category, cases: list }) => score(`eval-data/${category}.jsonl`, list, [category])),
    ...ownSets('holdout').map(({ category, cases: list }) =>
      score(`eval-data/holdout/${category}.jsonl`, list, [category]),
    ),
    ...ownSets('holdout2').map(({ category, cases: list }) =>
      score(`eval-data/holdout2/${category}.jsonl`, list, [category]),
    ),
  ];

  const public_ = table(results);
  const ours = table(own);
  const fired = results
    .filter((r) => r.firedOnNegatives.size)
    .map(
      (r) =>
        `- ${r.name}: ${[...r.firedOnNegatives.entries()]
          .sort((a, b) => b[1] - a[1])
          .map(([category, count]) => `${category} ${count}`)
          .join(', ')}`,
    )
    .join('\n');
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const section = `## Text engine (\`npm run eval\`)

Every number is the whole engine (all built-in text detectors, \`TEXT_DETECTORS\`) on items built from the texts, scored
as a binary decision per set: positive when the engine reports one of the listed categories. Dev splits: a fixed,
seeded 30 % of each public file (\`splitOf\` in \`scripts/eval/data.ts\`: FNV-1a of \`decorum-split-v1:\` + text),
HatEval's official validation file. The shipped classifier trains on all of Davidson (MIT; so its rows are fit, not
held out) and nothing else; OLID's official test file is withheld from \`../shared/data\`, so its dev part stands in;
the other sets are evaluation-only by licence, and the lexicon detectors were tuned by reading the train parts only.
Reproduce with \`npm run train && npm run eval\` (the data sets are read from \`../shared/data\`, or \`DECORUM_DATA\`).

### Public data sets
${public_}

### Our own labelled posts (eval-data/, realistic posts with hard negatives; not used by unit tests)
The main files (≥ 40 posts per category) were written first and scored; the detectors were then revised on them, so
they now measure fit, not generalisation. The \`holdout/\` files (14 posts per category) were written after that
revision and never used to change a detector: they are the honest number for these categories.

${ours}

### Categories that fired on negatives (false positives by category)
${fired || '- none'}

Run in ${seconds} s.`;
  console.log(section);
  writeMarkdownSection(join(ROOT, 'EVALUATION.md'), 'text-eval', section, '# Evaluation');
  const metric = (name: string): string => {
    const r = results.find((x) => x.name === name);
    if (!r) return 'not run';
    return fmt(r.target?.metric === 'F1' ? f1(r.tp, r.fp, r.fn) : macro(r));
  };
  const after = {
    olid: metric('OLID level A (OFF)'),
    hatEval: metric('HatEval / TweetEval hate (val)'),
    alcohol: metric('Drunk tweets (Hossain Q1)'),
    complaints: metric('Complaints (Preoțiuc-Pietro)'),
    ethos: metric('ETHOS hate'),
  };
  writeMarkdownSection(join(ROOT, 'EVALUATION.md'), 'text-eval-notes', notes(after), '# Evaluation');
}

main();
