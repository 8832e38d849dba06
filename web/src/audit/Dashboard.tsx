import { countBy, itemsByCategory } from '../../../src/core/flagged-items.js';
import { monthsBetween } from '../../../src/core/months.js';
import { audienceLabel, categoryLabel, platformLabel } from '../labels';
import { isDone, type AuditItem } from './items';

function Bars({
  title,
  counts,
  label,
}: {
  title: string;
  counts: Record<string, number>;
  label: (id: string) => string;
}) {
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  const max = Math.max(1, ...entries.map(([, n]) => n));
  return (
    <section className="panel" aria-label={title}>
      <h2>{title}</h2>
      {entries.length === 0 && <p className="muted">None</p>}
      <ul className="bars">
        {entries.map(([id, count]) => (
          <li key={id}>
            <span className="bar-label">{label(id)}</span>
            <span className="bar" style={{ width: `${(count / max) * 100}%` }} aria-hidden="true" />
            <span className="bar-count">{count}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Flagged items per month as a small bar chart: when did the risky posting happen? */
function Timeline({ byMonth }: { byMonth: Record<string, number> }) {
  const months = monthsBetween(Object.keys(byMonth).sort());
  if (months.length === 0) return null;
  const max = Math.max(1, ...Object.values(byMonth));
  const width = Math.max(280, months.length * 8);
  return (
    <section className="panel wide" aria-label="Flagged items per month">
      <h2>Flagged items per month</h2>
      <div className="timeline-scroll">
        <svg
          width={width}
          height={120}
          role="img"
          aria-label={`Flagged items per month from ${months[0]} to ${months.at(-1)}`}
        >
          {months.map((month, index) => {
            const height = ((byMonth[month] ?? 0) / max) * 90;
            return (
              <g key={month}>
                <title>{`${month}: ${byMonth[month]}`}</title>
                <rect x={index * 8 + 1} y={100 - height} width={6} height={height} className="timeline-bar" />
                {(index === 0 || month.endsWith('-01')) && (
                  <text x={index * 8 + 1} y={115} className="timeline-label">
                    {month.endsWith('-01') ? month.slice(0, 4) : month}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      </div>
    </section>
  );
}

/** Counts of the flagged items (each item once, however many findings it has) and the clean-up progress. */
export function Dashboard({ items }: { items: AuditItem[] }) {
  const severity = countBy(items, (item) => item.severity);
  const done = items.filter(isDone).length;
  return (
    <div className="dashboard">
      <div className="cards">
        <div className="card">
          <strong>{items.length}</strong> items flagged
        </div>
        <div className="card sev-high">
          <strong>{severity.high ?? 0}</strong> high
        </div>
        <div className="card sev-medium">
          <strong>{severity.medium ?? 0}</strong> medium
        </div>
        <div className="card sev-low">
          <strong>{severity.low ?? 0}</strong> low
        </div>
        <div className="card" aria-live="polite">
          <strong>
            {done} of {items.length}
          </strong>{' '}
          done
          <progress max={Math.max(1, items.length)} value={done} aria-label="Clean-up progress" />
        </div>
      </div>
      <div className="panels">
        <Bars title="By category" counts={itemsByCategory(items)} label={categoryLabel} />
        <Bars title="By platform" counts={countBy(items, (item) => item.findings[0].platform)} label={platformLabel} />
        <Bars title="By audience" counts={countBy(items, (item) => item.findings[0].audience)} label={audienceLabel} />
        <Timeline
          byMonth={countBy(
            items.filter((item) => item.createdAt),
            (item) => (item.createdAt as string).slice(0, 7),
          )}
        />
      </div>
    </div>
  );
}
