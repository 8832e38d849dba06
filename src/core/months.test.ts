import { describe, expect, it } from 'vitest';
import { monthsBetween } from './months.js';

describe('monthsBetween', () => {
  it.each([
    [
      ['2024-11', '2025-02'],
      ['2024-11', '2024-12', '2025-01', '2025-02'],
    ],
    [['2025-03'], ['2025-03']],
    [['2024-12', '2024-12'], ['2024-12']],
    [[], []],
  ])('fills every month of %j', (sorted, expected) => {
    expect(monthsBetween(sorted)).toEqual(expected);
  });

  it('stops after a hundred years of months', () => {
    expect(monthsBetween(['1900-01', '2999-01'])).toHaveLength(1200);
  });
});
