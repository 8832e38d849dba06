import { PLATFORMS, type Platform } from '../core/item.js';
import {
  RELATIONSHIP_LABEL,
  WORK_RELATIONSHIPS,
  type Decision,
  type NetworkUse,
  type Relationship,
  type TriageConfig,
} from '../config/triage.js';
import type { Classification } from './classify.js';
import { platformName } from './knowledge.js';
import type { TriageRequest } from './requests.js';

export interface DecisionResult {
  decision: Decision;
  /** One plain sentence: why. */
  reason: string;
  /** For redirects: the network to suggest instead. */
  redirectTo?: Platform;
}

const PLURAL: Readonly<Record<Relationship, string>> = {
  coworker: 'Coworkers',
  'manager-or-report': 'Managers and reports',
  candidate: 'Candidates and potential employees',
  'client-or-vendor': 'Clients and vendors',
  recruiter: 'Recruiters',
  peer: 'Professional peers',
  friend: 'Friends',
  family: 'Family',
  unknown: 'People you do not know',
};

const USE_ORDER_WORK: readonly NetworkUse[] = ['professional', 'public', 'personal'];
const USE_ORDER_PERSONAL: readonly NetworkUse[] = ['personal', 'public', 'professional'];

/**
 * Where a redirected person belongs: another network the user is on where the policy accepts their class,
 * the professional one first for work contacts, the personal one first for friends and family.
 */
export function redirectTarget(policy: TriageConfig, relationship: Relationship, from: Platform): Platform | undefined {
  const order = WORK_RELATIONSHIPS.includes(relationship) ? USE_ORDER_WORK : USE_ORDER_PERSONAL;
  const candidates = PLATFORMS.filter(
    (platform) =>
      platform !== from &&
      policy.networks[platform].use !== 'unused' &&
      policy.rules[relationship][platform] === 'accept',
  );
  return candidates.sort(
    (a, b) =>
      order.indexOf(policy.networks[a].use) - order.indexOf(policy.networks[b].use) ||
      Number(Boolean(policy.networks[b].profileUrl)) - Number(Boolean(policy.networks[a].profileUrl)),
  )[0];
}

const labelHint = (request: TriageRequest) => `decorum triage label "${request.name}" CLASS`;

/** The decision for one request: the policy's rule for the sender's class on this network, made safe. */
export function decide(request: TriageRequest, classification: Classification, policy: TriageConfig): DecisionResult {
  const { relationship } = classification;
  const network = platformName(request.platform);
  const rule = policy.rules[relationship][request.platform];
  const who = PLURAL[relationship];

  if (classification.ambiguous && relationship !== 'unknown' && (rule === 'accept' || rule === 'redirect'))
    return {
      decision: 'review',
      reason: `Looks like a ${RELATIONSHIP_LABEL[relationship]}, but the name fits more than one person: check the profile, then ${labelHint(request)}`,
    };
  if (relationship === 'unknown') {
    if (classification.spam)
      return {
        decision: 'ignore',
        reason: `Reads like spam: leave it unanswered (${network} does not tell them), or report it there`,
      };
    if (rule === 'ignore' && (classification.hasTies || classification.ambiguous))
      return {
        decision: 'review',
        reason: `You have been in touch, but nothing says who they are: look, then ${labelHint(request)}`,
      };
    if (rule === 'ignore')
      return {
        decision: 'ignore',
        reason: `Nobody you know by this name: leaving the request unanswered is safe, ${network} does not tell them`,
      };
    if (rule === 'review')
      return {
        decision: 'review',
        reason: `Nobody you know by this name: read their profile before deciding, or ${labelHint(request)}`,
      };
  }
  if (rule === 'redirect') {
    const target = redirectTarget(policy, relationship, request.platform);
    if (!target)
      return {
        decision: 'review',
        reason: `Your policy redirects ${who.toLowerCase()} on ${network}, but accepts them on no other network: set one in triage.rules.${relationship}`,
      };
    return {
      decision: 'redirect',
      reason: `${who} belong on ${platformName(target)} (your policy): suggest it, warmly`,
      redirectTo: target,
    };
  }
  if (rule === 'accept') return { decision: 'accept', reason: `${who} are welcome on ${network} (your policy)` };
  if (rule === 'ignore')
    return {
      decision: 'ignore',
      reason: `Your policy leaves requests from ${who.toLowerCase()} on ${network} unanswered`,
    };
  return { decision: 'review', reason: `Your policy asks you to look at ${who.toLowerCase()} on ${network} yourself` };
}
