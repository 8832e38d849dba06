import { describe, expect, it } from 'vitest';
import { itemStatus, type StatusInput } from './status.js';

const base: StatusInput = {
  action: 'delete',
  deletedInExport: false,
  missingSince: null,
  lastSeenAt: '2026-01-10T00:00:00.000Z',
  marks: [],
};
const mark = (status: StatusInput['marks'][number]['status'], markedAt: string) => ({ status, markedAt });

describe('itemStatus', () => {
  it.each<[string, Partial<StatusInput>, string, string | null]>([
    ['nothing marked', {}, 'left', null],
    [
      'deleted in the export itself',
      { deletedInExport: true, marks: [mark('skipped', '2026-01-11')] },
      'gone',
      'your export lists it as deleted',
    ],
    [
      'missing from a newer export, even if skipped',
      { missingSince: '2026-02-01T09:00:00Z', marks: [mark('skipped', '2026-01-11')] },
      'gone',
      'no longer in your export of 2026-02-01',
    ],
    ['marked done after the last export', { marks: [mark('done', '2026-01-11T00:00:00Z')] }, 'done', null],
    [
      'marked done, then an export still holds it',
      { marks: [mark('done', '2026-01-09T00:00:00Z')] },
      'left',
      'marked done but still in your export of 2026-01-10',
    ],
    [
      'audience changed: still in the export, and that is fine',
      { action: 'change-audience', marks: [mark('restricted', '2026-01-09T00:00:00Z')] },
      'done',
      null,
    ],
    ['skipped', { marks: [mark('skipped', '2026-01-11')] }, 'skipped', null],
    ['kept in the web app', { marks: [mark('kept', '2026-01-11')] }, 'skipped', null],
    ['deleted in the web app', { marks: [mark('deleted', '2026-01-11')] }, 'done', null],
    ['the latest mark wins', { marks: [mark('done', '2026-01-11'), mark('kept', '2026-01-12')] }, 'skipped', null],
  ])('%s', (_name, change, status, note) => {
    const result = itemStatus({ ...base, ...change });
    expect(result.status).toBe(status);
    expect(result.note).toBe(note);
  });
});
