import type { Summary } from '../types';

function Bars({ title, counts }: { title: string; counts: Record<string, number> }) {
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  const max = Math.max(1, ...entries.map(([, n]) => n));
  return (
    <section className="panel" aria-label={title}>
      <h2>{title}</h2>
      {entries.length === 0 && <p className="muted">None</p>}
      <ul className="bars">
        {entries.map(([label, count]) => (
          <li key={label}>
            <span className="bar-label">{label}</span>
            <span className="bar" style={{ width: `${(count / max) * 100}%` }} aria-hidden="true" />
            <span className="bar-count">{count}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Every month from the first to the last (YYYY-MM), so quiet months show as gaps rather than vanish. */
export function monthsBetween(sorted: string[]): string[] {
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last) return [];
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 1200; guard++) {
    const label = `${year}-${String(month).padStart(2, '0')}`;
    months.push(label);
    if (label >= last) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** Findings per month as a small bar chart: when did the risky posting happen? */
function Timeline({ byMonth }: { byMonth: Record<string, number> }) {
  const months = monthsBetween(Object.keys(byMonth).sort());
  if (months.length === 0) return null;
  const max = Math.max(1, ...Object.values(byMonth));
  const width = Math.max(280, months.length * 8);
  return (
    <section className="panel wide" aria-label="Findings per month">
      <h2>Findings per month</h2>
      <div className="timeline-scroll">
        <svg
          width={width}
          height={120}
          role="img"
          aria-label={`Findings per month from ${months[0]} to ${months.at(-1)}`}
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

export function Dashboard({ summary }: { summary: Summary }) {
  const severity = summary.bySeverity;
  return (
    <div className="dashboard">
      <div className="cards">
        <div className="card">
          <strong>{summary.findings}</strong> findings
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
            {summary.done} of {summary.findings}
          </strong>{' '}
          done
          <progress max={Math.max(1, summary.findings)} value={summary.done} aria-label="Clean-up progress" />
        </div>
      </div>
      <div className="panels">
        <Bars title="By category" counts={summary.byCategory} />
        <Bars title="By platform" counts={summary.byPlatform} />
        <Bars title="By audience" counts={summary.byAudience} />
        <Timeline byMonth={summary.byMonth} />
      </div>
    </div>
  );
}
