import type { TriageConfig } from '../config/triage.js';
import { RELATIONSHIPS, type Relationship } from '../config/triage.js';
import type { Db } from '../store/db.js';
import { loadItems, loadPositions } from '../store/items.js';
import { loadAccountNames, loadDecisions, loadLabels, saveDecisions } from '../store/triage.js';
import { triage, type PastDecision, type TriageEntry } from './index.js';

/**
 * Triage over what the store holds: loads requests, connections, messages, positions, labels and the earlier
 * decisions, decides, and records the decisions. The CLI (`decorum triage`) and the web app both call this.
 */
export function triageStore(db: Db, policy: TriageConfig, now = new Date()): TriageEntry[] {
  const items = loadItems(db, { kinds: ['request', 'connection', 'message'] });
  const previous = loadDecisions(db) as Map<string, PastDecision>;
  const labels = loadLabels(db).flatMap((label) =>
    (RELATIONSHIPS as readonly string[]).includes(label.relationship)
      ? [{ name: label.name, relationship: label.relationship as Relationship }]
      : [],
  );
  const entries = triage({
    items,
    positions: loadPositions(db),
    labels,
    selfNames: loadAccountNames(db),
    policy,
    previous,
  });
  saveDecisions(
    db,
    entries.map((entry) => ({
      requestKey: entry.request.key,
      platform: entry.request.platform,
      name: entry.request.name,
      relationship: entry.classification.relationship,
      decision: entry.decision.decision,
      reason: entry.decision.reason,
      reply: entry.reply,
    })),
    now,
  );
  return entries;
}
