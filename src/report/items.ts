import { planActionFor, strongestAction, type PlanAction } from '../core/actions.js';
import type { Finding } from '../core/finding.js';
import type { FlaggedItem } from '../core/flagged-items.js';

/** A flagged item as the renderers show it: one card or row, with every finding of the item. */
export type ReportItem = FlaggedItem<Finding>;

/** What to do about the whole item, in the platform's terms: the plan's action for its strongest finding. */
export const itemAction = (item: ReportItem): PlanAction =>
  planActionFor(item.findings[0], strongestAction(item.findings.map((finding) => finding.action)));
