import { useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Finding, Mark } from '../types';
import { platformLink } from '../../../src/core/safe-url.js';
import { Highlighted } from './Highlighted';

interface Filters {
  category: string;
  severity: string;
  platform: string;
  audience: string;
  from: string;
  to: string;
  status: '' | 'done' | 'undone';
}

const EMPTY: Filters = { category: '', severity: '', platform: '', audience: '', from: '', to: '', status: '' };

const MARK_LABEL: Record<Mark, string> = { deleted: 'Deleted', restricted: 'Restricted', kept: 'Keep' };

function matches(finding: Finding, filters: Filters): boolean {
  const date = finding.createdAt?.slice(0, 10) ?? '';
  return (
    (!filters.category || finding.category === filters.category) &&
    (!filters.severity || finding.severity === filters.severity) &&
    (!filters.platform || finding.platform === filters.platform) &&
    (!filters.audience || finding.audience === filters.audience) &&
    (!filters.from || (date !== '' && date >= filters.from)) &&
    (!filters.to || (date !== '' && date <= filters.to)) &&
    (!filters.status || (filters.status === 'done') === (finding.mark !== null))
  );
}

function Choice(props: {
  id: keyof Filters;
  label: string;
  values: string[];
  filters: Filters;
  set: (f: Filters) => void;
}) {
  return (
    <label>
      {props.label}{' '}
      <select
        value={props.filters[props.id]}
        onChange={(event) => props.set({ ...props.filters, [props.id]: event.target.value })}
      >
        <option value="">all</option>
        {props.values.map((value) => (
          <option key={value} value={value}>
            {value}
          </option>
        ))}
      </select>
    </label>
  );
}

function Row({ finding, onMark }: { finding: Finding; onMark: (finding: Finding, mark: Mark | null) => void }) {
  const thumbnail = typeof finding.details?.thumbnail === 'string' ? finding.details.thumbnail : null;
  const objects = Array.isArray(finding.details?.objects) ? (finding.details.objects as unknown[]).map(String) : [];
  const link = platformLink(finding.url, finding.platform);
  return (
    <article
      className={`finding sev-${finding.severity}${finding.mark ? ' is-done' : ''}`}
      data-key={finding.key}
      aria-label={`${finding.category} finding, priority ${finding.priority}`}
    >
      <div className="priority" title="Priority (0–100)">
        {finding.priority}
      </div>
      {thumbnail && <img className="thumb" src={thumbnail} alt={`Photo ${finding.mediaPath ?? ''}`} width={120} />}
      <div className="finding-body">
        <p className="meta">
          <span className="badge">{finding.category}</span> <span className="severity">{finding.severity}</span> ·{' '}
          {finding.platform} {finding.kind} · {finding.createdAt?.slice(0, 10) ?? 'undated'} · {finding.audience}
          {link && (
            <>
              {' · '}
              <a href={link} target="_blank" rel="noreferrer noopener">
                open on {finding.platform}
              </a>
            </>
          )}
        </p>
        {finding.text && <Highlighted text={finding.text} evidence={finding.evidence} />}
        {finding.mediaPath && <p className="muted">{finding.mediaPath}</p>}
        {objects.length > 0 && <p className="muted">Seen in the photo: {objects.join(', ')}</p>}
        <p className="reason">
          {finding.reason} <strong>Suggested: {finding.action}.</strong>
        </p>
        <div className="mark-buttons" role="group" aria-label="Mark this finding">
          {(Object.keys(MARK_LABEL) as Mark[]).map((mark) => (
            <button
              key={mark}
              type="button"
              aria-pressed={finding.mark === mark}
              onClick={() => onMark(finding, finding.mark === mark ? null : mark)}
            >
              {MARK_LABEL[mark]}
            </button>
          ))}
        </div>
      </div>
    </article>
  );
}

export function FindingsList({
  findings,
  onMark,
}: {
  findings: Finding[];
  onMark: (finding: Finding, mark: Mark | null) => void;
}) {
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const distinct = (key: (finding: Finding) => string) => [...new Set(findings.map(key))].sort();
  const shown = useMemo(() => findings.filter((finding) => matches(finding, filters)), [findings, filters]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 170,
    // Sizes are remembered per finding, not per row number: a filter puts other findings at the same indexes.
    getItemKey: (index) => shown[index]?.key ?? index,
    overscan: 6,
  });
  return (
    <section aria-label="Findings">
      <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <Choice
          id="category"
          label="Category"
          values={distinct((f) => f.category)}
          filters={filters}
          set={setFilters}
        />
        <Choice id="severity" label="Severity" values={['high', 'medium', 'low']} filters={filters} set={setFilters} />
        <Choice
          id="platform"
          label="Platform"
          values={distinct((f) => f.platform)}
          filters={filters}
          set={setFilters}
        />
        <Choice
          id="audience"
          label="Audience"
          values={distinct((f) => f.audience)}
          filters={filters}
          set={setFilters}
        />
        <label>
          From{' '}
          <input type="date" value={filters.from} onChange={(e) => setFilters({ ...filters, from: e.target.value })} />
        </label>
        <label>
          To <input type="date" value={filters.to} onChange={(e) => setFilters({ ...filters, to: e.target.value })} />
        </label>
        <Choice id="status" label="Status" values={['undone', 'done']} filters={filters} set={setFilters} />
        <span className="muted" aria-live="polite">
          {shown.length} shown
        </span>
        <a className="button" href="/api/audit/findings.csv" download>
          Export remaining (CSV)
        </a>
      </form>
      <div ref={scroller} className="findings-scroll" tabIndex={-1}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((row) => {
            const finding = shown[row.index] as Finding;
            return (
              <div
                key={finding.key}
                data-index={row.index}
                ref={virtualizer.measureElement}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  width: '100%',
                  transform: `translateY(${row.start}px)`,
                }}
              >
                <Row finding={finding} onMark={onMark} />
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}
