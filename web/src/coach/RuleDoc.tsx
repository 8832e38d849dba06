import { useMemo } from 'react';
import { explainRule } from '../../../src/coach/explain.js';
import { RULES_BY_ID } from '../../../src/coach/index.js';

/** A rule's own documentation (`meta.docs`, as `decorum coach --explain RULE` prints it): why, before and after. */
export function RuleDoc({ ruleId }: { ruleId: string }) {
  const rule = RULES_BY_ID.get(ruleId);
  const doc = useMemo(() => (rule ? explainRule(rule) : null), [rule]);
  if (!doc) return null;
  return (
    <details className="rule-doc">
      <summary>Why this matters</summary>
      <p>{doc.why}</p>
      <p>
        <strong>Before:</strong> {doc.before.text}
      </p>
      <p>
        <strong>After:</strong> {doc.after.text}
      </p>
    </details>
  );
}
