import type { Item, Platform, Position } from '../core/item.js';
import type { Decision, Relationship, TriageConfig } from '../config/triage.js';
import { classify, type Classification } from './classify.js';
import { decide, type DecisionResult } from './decide.js';
import { buildKnowledge, platformName, type Label } from './knowledge.js';
import { greetingName, redirectReply } from './replies.js';
import { incomingRequests, type TriageRequest } from './requests.js';
import { handleMatchesName, looksLikeHandle, namesMatch } from '../people/names.js';

export { classify, type Classification } from './classify.js';
export { decide, redirectTarget, type DecisionResult } from './decide.js';
export { buildKnowledge, type Knowledge, type Label } from './knowledge.js';
export { redirectReply, greetingName } from './replies.js';
export { incomingRequests, isIncomingRequest, personKey, type TriageRequest } from './requests.js';

/** A decision made in an earlier run, keyed by `TriageRequest.key`. */
export interface PastDecision {
  relationship: Relationship;
  decision: Decision;
}

export interface TriageInput {
  items: readonly Item[];
  positions: readonly Position[];
  labels: readonly Label[];
  /** The user's own names from the exports' accounts. */
  selfNames?: readonly string[];
  policy: TriageConfig;
  previous?: ReadonlyMap<string, PastDecision>;
}

export interface TriageEntry {
  request: TriageRequest;
  classification: Classification;
  decision: DecisionResult;
  /** The redirect reply draft, or null for other decisions. */
  reply: string | null;
  /** Not decided in an earlier run (or decided differently, or still up for review). */
  isNew: boolean;
}

function sameSender(a: string, b: string): boolean {
  return namesMatch(a, b).exact || handleMatchesName(a, b).match || handleMatchesName(b, a).match;
}

const DECISION_ORDER: readonly Decision[] = ['redirect', 'review', 'accept', 'ignore'];

/**
 * The whole triage over what the store holds: every open incoming request, classified, decided, and for
 * redirects a reply draft. Pure: the caller loads and saves.
 */
export function triage(input: TriageInput): TriageEntry[] {
  const knowledge = buildKnowledge({
    items: input.items,
    positions: input.positions,
    labels: input.labels,
    selfNames: input.selfNames ?? [],
    employers: input.policy.employers,
    clientCompanies: input.policy.clientCompanies,
  });
  const selfName = input.selfNames?.find((name) => name.trim());
  const signature = input.policy.signature ?? (selfName ? greetingName(selfName) : undefined);
  // A request from someone already connected on that network is no longer open (LinkedIn keeps old invitations).
  const classified = incomingRequests(input.items)
    .map((request) => ({ request, classification: classify(request, knowledge) }))
    .filter(
      ({ request, classification }) =>
        request.platform === 'instagram' ||
        request.platform === 'x' ||
        !classification.connectedOn.includes(request.platform),
    );
  const requests = classified.map(({ request }) => request);
  const entries = classified.map(({ request, classification }): TriageEntry => {
    const decision = decide(request, classification, input.policy);
    const target = decision.decision === 'redirect' ? decision.redirectTo : undefined;
    let reply: string | null = null;
    if (target) {
      const alreadyConnected = classification.connectedOn.includes(target);
      const theyAskedThere = requests.some(
        (other) => other.platform === target && other !== request && sameSender(other.name, request.name),
      );
      reply = redirectReply({
        name: looksLikeHandle(request.name) && classification.knownAs ? classification.knownAs : request.name,
        platform: request.platform,
        relationship: classification.relationship,
        target,
        ...(input.policy.networks[target].profileUrl ? { profileUrl: input.policy.networks[target].profileUrl } : {}),
        alreadyConnected,
        theyAskedThere,
        ...(signature ? { signature } : {}),
      });
      // The draft says what the user does on the other network: make sure it is true.
      const network = platformName(target);
      const todo = theyAskedThere
        ? `accept their ${network} request, then send the reply`
        : alreadyConnected
          ? `you are already connected on ${network}`
          : `send them an invite on ${network}, then the reply`;
      decision.reason = `${decision.reason}; ${todo}`;
    }
    const past = input.previous?.get(request.key);
    const isNew =
      !past ||
      decision.decision === 'review' ||
      past.decision !== decision.decision ||
      past.relationship !== classification.relationship;
    return { request, classification, decision, reply, isNew };
  });
  return entries.sort(
    (a, b) => DECISION_ORDER.indexOf(a.decision.decision) - DECISION_ORDER.indexOf(b.decision.decision),
  );
}

/** One request in `decorum triage --json` (a public contract: see docs/triage.md). */
export interface TriageJsonRequest {
  platform: Platform;
  name: string;
  receivedAt: string | null;
  relationship: Relationship;
  evidence: string[];
  decision: Decision;
  reason: string;
  reply: string | null;
}

/** One entry as the `--json` contract shows it. */
export function toJsonRequest(entry: TriageEntry): TriageJsonRequest {
  return {
    platform: entry.request.platform,
    name: entry.request.name,
    receivedAt: entry.request.receivedAt,
    relationship: entry.classification.relationship,
    evidence: entry.classification.evidence,
    decision: entry.decision.decision,
    reason: entry.decision.reason,
    reply: entry.reply,
  };
}

export function toJson(entries: readonly TriageEntry[]): { requests: TriageJsonRequest[] } {
  return { requests: entries.map(toJsonRequest) };
}
