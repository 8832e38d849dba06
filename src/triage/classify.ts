import type { Platform } from '../core/item.js';
import { RELATIONSHIP_LABEL, type Relationship } from '../config/triage.js';
import { companyDisplayName, companyKey, isBlankCompany } from '../people/companies.js';
import {
  handleLetters,
  handleMatchesName,
  handleSpellings,
  looksLikeHandle,
  namesMatch,
  normalizeName,
  type NameHit,
} from '../people/names.js';
import {
  platformName,
  type ConnectionFact,
  type Employer,
  type Knowledge,
  type Label,
  type PersonRecord,
} from './knowledge.js';
import type { TriageRequest } from './requests.js';

/** Who a request comes from, and how we know: every class comes with the facts behind it. */
export interface Classification {
  relationship: Relationship;
  /** Plain sentences, each ending with where the fact comes from ("— from LinkedIn connections"). */
  evidence: string[];
  /** `label`: the user said so; `exports`: drawn from the exports; `none`: nothing known. */
  basis: 'label' | 'exports' | 'none';
  /** Some contact exists (messages, follows, a connection) even when no class could be drawn from it. */
  hasTies: boolean;
  /** The name fits several people or several requests: we cannot tell which one this is. */
  ambiguous: boolean;
  /** Platforms where the user is already connected with them (a reply should not "send an invite" there). */
  connectedOn: Platform[];
  /** The name the exports know them by, when the request gives only a handle or a variant. */
  knownAs?: string;
  /** What they wrote reads like spam (only for people nothing else is known about). */
  spam: boolean;
}

const RECRUITER_TITLE =
  /\b(recruit\w*|talent (acquisition|partner|sourcing|scout|advisor)|sourcer|sourcing specialist|headhunt\w*|staffing|hiring (manager|partner|specialist))\b/i;
const MANAGER_TITLE =
  /\b(manager|director|head of|vp|vice[- ]president|chief \w+ officer|c[etio]o|founder|managing partner)\b/i;
const SALES_TITLE =
  /\b(account (manager|executive|director|lead)|sales|business development|customer success|client (partner|services|manager)|partner(ship)?s? manager|procurement|purchasing|buyer|vendor manager|consultant)\b/i;

/** What someone says about themselves in an invitation or a message. */
const RECRUITER_TEXT =
  /\b(i'?m a (\w+ )?recruiter|i (work in|lead) (talent acquisition|recruiting)|i recruit|recruiting for|hiring for (a|an|our|my)|we'?re hiring|(a|an) (exciting )?(role|opportunity|position) (at|with) (my|our|a) client|on behalf of (a|my|our) client)\b/i;
const CANDIDATE_TEXT =
  /\b(i('ve| have)? (just |recently )?applied|my application|application for|applying (for|to)|interview(ed)? (with|for) (you|your team)|(role|position|opening) (on|in) your team|open to (work|new opportunities)|#opentowork|looking for my next (role|job|position)|would love to join your team)\b/i;

function quote(text: string, match: RegExpExecArray): string {
  const start = Math.max(0, text.lastIndexOf('.', match.index) + 1);
  let end = text.indexOf('.', match.index + match[0].length);
  if (end < 0) end = text.length;
  let sentence = text.slice(start, end).trim().replace(/\s+/g, ' ');
  if (sentence.length > 90) {
    const from = Math.max(0, match.index - start - 30);
    sentence = `${from > 0 ? '…' : ''}${sentence.slice(from, from + 85).trim()}…`;
  }
  return `“${sentence}”`;
}

function employerPeriod(employer: Employer): string {
  if (employer.startedOn && employer.finishedOn) return `${employer.startedOn} to ${employer.finishedOn}`;
  if (employer.finishedOn) return `until ${employer.finishedOn}`;
  return '';
}

function findEmployer(knowledge: Knowledge, company: string | undefined): Employer | undefined {
  if (!company || isBlankCompany(company)) return undefined;
  const key = companyKey(company);
  const matches = knowledge.employers.filter((employer) => companyKey(employer.company) === key);
  return matches.find((employer) => employer.current) ?? matches[0];
}

interface Candidate {
  relationship: Relationship;
  /** Lower is stronger. */
  rank: number;
  evidence: string;
}

function connectionCandidates(knowledge: Knowledge, fact: ConnectionFact): Candidate[] {
  const source = `— from ${platformName(fact.platform)} connections`;
  const candidates: Candidate[] = [];
  if (fact.platform === 'facebook')
    candidates.push({
      relationship: 'friend',
      rank: 1,
      evidence: 'Already your friend on Facebook — from Facebook friends',
    });
  if (fact.platform !== 'linkedin' && fact.platform !== 'facebook') return candidates;
  const company = fact.company && !isBlankCompany(fact.company) ? companyDisplayName(fact.company) : undefined;
  const role = [fact.position, company ? `at ${company}` : ''].filter(Boolean).join(' ');
  const employer = findEmployer(knowledge, fact.company);
  if (employer?.current) {
    const manager = fact.position && MANAGER_TITLE.test(fact.position) && !RECRUITER_TITLE.test(fact.position);
    candidates.push({
      relationship: manager ? 'manager-or-report' : 'coworker',
      rank: 2,
      evidence: manager
        ? `${role}, your current employer: a manager-level title there ${source}`
        : `Works at ${company}, your current employer ${source}`,
    });
  } else if (employer) {
    const period = employerPeriod(employer);
    candidates.push({
      relationship: 'coworker',
      rank: 6,
      evidence: `Works at ${company}, where you worked${period ? ` ${period}` : ''} ${source}`,
    });
  }
  if (fact.position && RECRUITER_TITLE.test(fact.position))
    candidates.push({ relationship: 'recruiter', rank: 3, evidence: `${role}: a recruiting role ${source}` });
  if (fact.company && knowledge.clientCompanies.some((client) => companyKey(client) === companyKey(fact.company ?? '')))
    candidates.push({
      relationship: 'client-or-vendor',
      rank: 4,
      evidence: `Works at ${company}, a client or vendor in your policy ${source}`,
    });
  if (fact.position && SALES_TITLE.test(fact.position))
    candidates.push({
      relationship: 'client-or-vendor',
      rank: 7,
      evidence: `${role}: a sales or account role ${source}`,
    });
  if (fact.platform === 'linkedin')
    candidates.push({
      relationship: 'peer',
      rank: 9,
      evidence: `Already a LinkedIn connection${role ? ` (${role})` : ''} ${source}`,
    });
  return candidates;
}

function textCandidates(text: string, where: string): Candidate[] {
  const candidates: Candidate[] = [];
  const recruiter = RECRUITER_TEXT.exec(text);
  if (recruiter)
    candidates.push({ relationship: 'recruiter', rank: 3, evidence: `${where} ${quote(text, recruiter)}` });
  const candidate = CANDIDATE_TEXT.exec(text);
  if (candidate && !recruiter)
    candidates.push({ relationship: 'candidate', rank: 5, evidence: `${where} ${quote(text, candidate)}` });
  return candidates;
}

function personCandidates(knowledge: Knowledge, record: PersonRecord): Candidate[] {
  const candidates = record.connections.flatMap((fact) => connectionCandidates(knowledge, fact));
  const instagram = record.connections.filter((fact) => fact.platform === 'instagram');
  if (instagram.some((f) => f.direction === 'incoming') && instagram.some((f) => f.direction === 'outgoing'))
    candidates.push({
      relationship: 'friend',
      rank: 8,
      evidence: 'You follow each other on Instagram — from Instagram followers and following',
    });
  for (const { platform, text } of [...record.messageTexts].reverse()) {
    const found = textCandidates(text, `Wrote in a ${platformName(platform)} message`);
    if (found.length) {
      candidates.push(...found);
      break;
    }
  }
  return candidates;
}

function tieEvidence(record: PersonRecord): string[] {
  const evidence: string[] = [];
  for (const [platform, count] of Object.entries(record.messages) as [Platform, number][]) {
    evidence.push(
      `${count} message${count === 1 ? '' : 's'} exchanged on ${platformName(platform)} — from ${platformName(platform)} messages`,
    );
  }
  const instagram = record.connections.filter((fact) => fact.platform === 'instagram');
  if (instagram.length === 1) {
    evidence.push(
      instagram[0]?.direction === 'outgoing'
        ? 'You follow them on Instagram — from Instagram following'
        : 'They follow you on Instagram — from Instagram followers',
    );
  }
  return evidence;
}

function pickHits<T>(hits: NameHit<T>[]): NameHit<T>[] {
  const exact = hits.filter((hit) => hit.match.exact);
  return exact.length ? exact.slice(0, 1) : hits;
}

function findLabel(knowledge: Knowledge, name: string): NameHit<Label> | undefined {
  const hits = pickHits(knowledge.labels.find(name));
  if (hits[0] || !looksLikeHandle(name)) return hits[0];
  for (const label of knowledge.labelList) {
    const match = handleMatchesName(name, label.name);
    if (match.match) return { name: label.name, value: label, match };
  }
  return undefined;
}

/** Records whose name matches: exactly, tolerantly, or through an Instagram handle that spells the name. */
function findPeople(knowledge: Knowledge, name: string): NameHit<PersonRecord>[] {
  const hits = pickHits(knowledge.people.find(name));
  const seen = new Set(hits.map((hit) => hit.value));
  const add = (record: PersonRecord, handle: string) => {
    if (seen.has(record)) return;
    seen.add(record);
    hits.push({
      name: record.name,
      value: record,
      match: { match: true, exact: false, reason: `handle ${handle.replace(/^@/, '')} spells the name` },
    });
  };
  if (looksLikeHandle(name)) {
    const letters = handleLetters(name);
    for (const { spelled, record } of knowledge.spellings) if (letters.includes(spelled)) add(record, name);
  } else {
    const spellings = handleSpellings(name);
    if (spellings.length)
      for (const { letters, record } of knowledge.handleRecords)
        if (spellings.some((spelled) => letters.includes(spelled))) add(record, record.name);
  }
  return hits;
}

function sameOne(a: string, b: string): boolean {
  return namesMatch(a, b).match || handleMatchesName(a, b).match || handleMatchesName(b, a).match;
}

/** Splits hits into groups of names that can be one person; several groups = several people. */
function compatibleGroups<T>(hits: NameHit<T>[]): NameHit<T>[][] {
  const groups: NameHit<T>[][] = [];
  for (const hit of hits) {
    const group = groups.find((g) => g.every((other) => sameOne(other.name, hit.name)));
    if (group) group.push(hit);
    else groups.push([hit]);
  }
  return groups;
}

function mergeRecords(records: PersonRecord[]): PersonRecord {
  if (records.length === 1 && records[0]) return records[0];
  const messages: PersonRecord['messages'] = {};
  for (const record of records)
    for (const [platform, count] of Object.entries(record.messages) as [Platform, number][])
      messages[platform] = (messages[platform] ?? 0) + count;
  return {
    name: records.find((record) => !looksLikeHandle(record.name))?.name ?? records[0]?.name ?? '',
    connections: records.flatMap((record) => record.connections),
    messages,
    messageTexts: records.flatMap((record) => record.messageTexts),
    declined: records.flatMap((record) => record.declined),
  };
}

const SPAM_TEXT =
  /\b(crypto\w*|bitcoin|forex|guaranteed (returns?|profits?|income)|(business|investment) opportunit(y|ies)|passive income|make money (fast|online|from home)|binary options|sugar (daddy|baby)|click (the|this) link)\b/i;

/** A request or message that reads like spam, quoted. */
function spamEvidence(request: TriageRequest, record: PersonRecord | undefined): string | undefined {
  const texts = [
    { text: request.message, where: 'Their request reads like spam:' },
    ...(record?.messageTexts ?? []).map(({ platform, text }) => ({
      text,
      where: `Their ${platformName(platform)} message reads like spam:`,
    })),
  ];
  for (const { text, where } of texts) {
    const match = SPAM_TEXT.exec(text);
    if (match) return `${where} ${quote(text, match)}`;
  }
  return undefined;
}

function declineEvidence(record: PersonRecord | undefined): string[] {
  return (record?.declined ?? []).map(({ platform, state, at }) => {
    const when = at ? ` on ${at.slice(0, 10)}` : '';
    return state === 'rejected'
      ? `You declined their ${platformName(platform)} request${when} — from ${platformName(platform)} requests`
      : `You removed them as a ${platformName(platform)} friend${when} — from ${platformName(platform)} friends`;
  });
}

/**
 * Classifies the sender of a request from the user's labels and what the exports say about them. Never guesses:
 * with nothing to go on, the answer is `unknown` and the evidence says so.
 */
export function classify(request: TriageRequest, knowledge: Knowledge): Classification {
  const evidence: string[] = [];
  let ambiguous = request.sameNameOthers > 0;
  if (ambiguous)
    evidence.push(
      `${request.sameNameOthers + 1} ${platformName(request.platform)} requests carry this name: check which one you know`,
    );

  const label = findLabel(knowledge, request.name);
  const hits = findPeople(knowledge, request.name);
  const groups = compatibleGroups(hits);
  if (groups.length > 1) {
    ambiguous = true;
    evidence.push(`The name fits ${groups.length} people in your exports: ${groups.map((g) => g[0]?.name).join(', ')}`);
  }
  const group = groups.length === 1 ? groups[0] : undefined;
  const record = group ? mergeRecords(group.map((hit) => hit.value)) : undefined;
  const connectedOn = [...new Set(record?.connections.map((fact) => fact.platform) ?? [])].filter(
    (platform) => platform !== 'instagram' || record?.connections.some((f) => f.direction === 'outgoing'),
  );
  for (const hit of group ?? []) if (!hit.match.exact) evidence.push(`Matched as ${hit.name} (${hit.match.reason})`);

  const candidates: Candidate[] = [];
  if (request.message) candidates.push(...textCandidates(request.message, 'Their request says'));
  const names = new Set([normalizeName(request.name), ...(group ?? []).map((hit) => normalizeName(hit.name))]);
  let knownAs = record?.name;
  if (looksLikeHandle(request.name)) {
    for (const [key, said] of knowledge.requestTexts) {
      const match = said[0] && !names.has(key) ? handleMatchesName(request.name, said[0].name) : undefined;
      if (!match?.match || !said[0]) continue;
      names.add(key);
      knownAs ??= said[0].name;
      evidence.push(`Matched as ${said[0].name} (${match.reason})`);
    }
  }
  for (const name of names) {
    for (const other of knowledge.requestTexts.get(name) ?? []) {
      if (other.text.trim() === request.message) continue;
      candidates.push(...textCandidates(other.text, `Their ${platformName(other.platform)} request says`));
    }
  }
  if (record) candidates.push(...personCandidates(knowledge, record));
  candidates.sort((a, b) => a.rank - b.rank);
  const ties = record ? tieEvidence(record) : [];
  const spam = spamEvidence(request, record);
  const declines = declineEvidence(record);
  const hasTies = ties.length > 0 || (record?.connections.length ?? 0) > 0;

  if (label) {
    const loosely = label.match.exact ? '' : ` (as ${label.name}: ${label.match.reason})`;
    return {
      relationship: label.value.relationship,
      evidence: [
        `You labelled them ${RELATIONSHIP_LABEL[label.value.relationship]}${loosely} — from your labels`,
        ...evidence,
        ...candidates.map((c) => c.evidence),
        ...ties,
        ...declines,
      ],
      basis: 'label',
      hasTies: true,
      ambiguous: false,
      connectedOn,
      spam: false,
      ...(knownAs ? { knownAs } : {}),
    };
  }
  const best = candidates[0];
  if (!best) {
    if (!record && hits.length === 0)
      evidence.push(
        /\p{L}/u.test(request.name) && !/\p{Script=Latin}/u.test(request.name)
          ? 'Nothing in your exports or labels matches this name (names in other scripts match only their own script or a transliteration)'
          : 'Nothing in your exports or labels mentions this name',
      );
    return {
      relationship: 'unknown',
      evidence: [...(spam ? [spam] : []), ...evidence, ...candidates.map((c) => c.evidence), ...ties, ...declines],
      basis: 'none',
      hasTies,
      ambiguous,
      connectedOn,
      spam: Boolean(spam),
    };
  }
  const seen = new Set<string>();
  const all = [...candidates.map((c) => c.evidence), ...ties, ...declines, ...evidence].filter((line) =>
    seen.has(line) ? false : (seen.add(line), true),
  );
  return {
    relationship: best.relationship,
    evidence: all,
    basis: 'exports',
    hasTies,
    ambiguous,
    connectedOn,
    spam: false,
    ...(knownAs ? { knownAs } : {}),
  };
}
