import { describe, expect, it } from 'vitest';
import { progressBar } from './progress.js';

function terminal() {
  const lines: string[] = [];
  return { lines, stream: { isTTY: true, write: (text: string) => lines.push(text) > 0 } };
}

describe('progressBar', () => {
  it('shows items per second and the time left once a phase has run half a second', () => {
    let now = 0;
    const { lines, stream } = terminal();
    const bar = progressBar(stream, () => now);
    bar.update('checking', 0, 30_000);
    expect(lines.at(-1)).not.toMatch(/\/s|ETA/);
    now = 2_000;
    bar.update('checking', 10_000, 30_000);
    expect(lines.at(-1)).toContain('10000/30000 5,000/s ETA 4s');
  });

  it('starts the rate again with each phase', () => {
    let now = 0;
    const { lines, stream } = terminal();
    const bar = progressBar(stream, () => now);
    bar.update('reading', 1, 2);
    now = 10_000;
    bar.update('checking', 100, 1_000);
    expect(lines.at(-1)).not.toContain('/s');
    now = 11_000;
    bar.update('checking', 600, 1_000);
    expect(lines.at(-1)).toContain('600/1000 600/s ETA 1s');
  });

  it('draws nothing when the stream is not a terminal', () => {
    const { lines, stream } = terminal();
    progressBar({ ...stream, isTTY: false }).update('checking', 1, 2);
    expect(lines).toEqual([]);
  });
});
