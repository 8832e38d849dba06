import { useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { categoriesOf } from '../../../src/core/flagged-items.js';
import { platformLink } from '../../../src/core/safe-url.js';
import type { MarkStatus as Mark } from '../../../src/api/audit.js';
import { actionLabel, audienceLabel, categoryLabel, kindLabel, platformLabel, severityLabel } from '../labels';
import { Highlighted } from './Highlighted';
import { isDone, itemMark, type AuditItem } from './items';

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

/** An item matches a category when any of its findings is in it; its severity is its highest. */
function matches(item: AuditItem, filters: Filters): boolean {
  const [first] = item.findings;
  const date = item.createdAt?.slice(0, 10) ?? '';
  return (
    (!filters.category || categoriesOf(item).includes(filters.category)) &&
    (!filters.severity || item.severity === filters.severity) &&
    (!filters.platform || first.platform === filters.platform) &&
    (!filters.audience || first.audience === filters.audience) &&
    (!filters.from || (date !== '' && date >= filters.from)) &&
    (!filters.to || (date !== '' && date <= filters.to)) &&
    (!filters.status || (filters.status === 'done') === isDone(item))
  );
}

function Choice(props: {
  id: keyof Filters;
  label: string;
  values: string[];
  /** What each value reads as. */
  show?: (value: string) => string;
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
            {props.show ? props.show(value) : value}
          </option>
        ))}
      </select>
    </label>
  );
}

function Row({ item, onMark }: { item: AuditItem; onMark: (item: AuditItem, mark: Mark | null) => void }) {
  const [first] = item.findings;
  const thumbnail = item.findings
    .map((finding) => finding.details?.thumbnail)
    .find((value): value is string => typeof value === 'string' && value.startsWith('data:image/'));
  const link = platformLink(first.url, first.platform);
  const mark = itemMark(item);
  const evidence = item.findings.flatMap((finding) => (finding.text === first.text ? finding.evidence : []));
  return (
    <article
      className={`finding sev-${item.severity}${isDone(item) ? ' is-done' : ''}`}
      data-key={first.key}
      aria-label={`${categoriesOf(item).map(categoryLabel).join(', ')}, priority ${item.priority}`}
    >
      <div className="priority" title="Priority (0–100)">
        {item.priority}
      </div>
      {thumbnail && <img className="thumb" src={thumbnail} alt={`Photo ${first.mediaPath ?? ''}`} width={120} />}
      <div className="finding-body">
        <p className="meta">
          {categoriesOf(item).map((category) => (
            <span key={category} className="badge" data-category={category}>
              {categoryLabel(category)}
            </span>
          ))}{' '}
          <span className="severity">{severityLabel(item.severity)}</span> · {platformLabel(first.platform)}{' '}
          {kindLabel(first.kind)} · {item.createdAt?.slice(0, 10) ?? 'undated'} · {audienceLabel(first.audience)}
          {link && (
            <>
              {' · '}
              <a href={link} target="_blank" rel="noreferrer noopener">
                open on {platformLabel(first.platform)}
              </a>
            </>
          )}
        </p>
        {first.text && <Highlighted text={first.text} evidence={evidence} />}
        <ul className="reasons">
          {item.findings.map((finding) => {
            const objects = Array.isArray(finding.details?.objects)
              ? (finding.details.objects as unknown[]).map(String)
              : [];
            return (
              <li key={finding.key} className={`reason sev-${finding.severity}`}>
                <span className="severity">{severityLabel(finding.severity)}</span> {finding.reason}{' '}
                <strong>Suggested: {actionLabel(finding.action)}.</strong>
                {finding.mediaPath && <span className="muted"> {finding.mediaPath}</span>}
                {objects.length > 0 && <span className="muted"> Seen in the photo: {objects.join(', ')}</span>}
              </li>
            );
          })}
        </ul>
        <div className="mark-buttons" role="group" aria-label="Mark this item">
          {(Object.keys(MARK_LABEL) as Mark[]).map((value) => (
            <button
              key={value}
              type="button"
              aria-pressed={mark === value}
              onClick={() => onMark(item, mark === value ? null : value)}
            >
              {MARK_LABEL[value]}
            </button>
          ))}
        </div>
      </div>
    </article>
  );
}

/** The flagged items, one card each, with filters and a virtualised list (exports can hold tens of thousands). */
export function FindingsList({
  items,
  onMark,
}: {
  items: AuditItem[];
  onMark: (item: AuditItem, mark: Mark | null) => void;
}) {
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const distinct = (values: (item: AuditItem) => string[]) => [...new Set(items.flatMap(values))].sort();
  const shown = useMemo(() => items.filter((item) => matches(item, filters)), [items, filters]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 170,
    // Sizes are remembered per item, not per row number: a filter puts other items at the same indexes.
    getItemKey: (index) => shown[index]?.key ?? index,
    overscan: 6,
  });
  return (
    <section aria-label="Flagged items">
      <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <Choice
          id="category"
          label="Category"
          values={distinct(categoriesOf)}
          show={categoryLabel}
          filters={filters}
          set={setFilters}
        />
        <Choice
          id="severity"
          label="Severity"
          values={['high', 'medium', 'low']}
          show={severityLabel}
          filters={filters}
          set={setFilters}
        />
        <Choice
          id="platform"
          label="Platform"
          values={distinct((item) => [item.findings[0].platform])}
          show={platformLabel}
          filters={filters}
          set={setFilters}
        />
        <Choice
          id="audience"
          label="Audience"
          values={distinct((item) => [item.findings[0].audience])}
          show={audienceLabel}
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
        <Choice
          id="status"
          label="Status"
          values={['undone', 'done']}
          show={(value) => (value === 'done' ? 'Done' : 'Still to do')}
          filters={filters}
          set={setFilters}
        />
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
            const item = shown[row.index] as AuditItem;
            return (
              <div
                key={item.key}
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
                <Row item={item} onMark={onMark} />
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}
