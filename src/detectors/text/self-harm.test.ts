import { describe, expect, it } from 'vitest';
import { EMPTY_CONTEXT } from '../../core/detector.js';
import { itemOf } from '../../../test/fixtures/items.js';
import { selfHarmDetector } from './self-harm.js';
import { runTable } from '../../../test/fixtures/detector-table.js';

describe('text/self-harm', () => {
  runTable(selfHarmDetector, 'self-harm', {
    invalid: [
      { text: 'I just want to kill myself', evidence: 'want to kill myself', severity: 'medium' },
      { text: "honestly don't want to wake up anymore", evidence: "don't want to wake up anymore" },
      { text: 'started cutting myself again', evidence: 'cutting myself' },
    ],
    valid: [
      'I could die laughing at this',
      'Suicide prevention week: share the hotline',
      "I'm gonna kill myself laughing at this show",
      '',
    ],
  });

  it('is worded with care and points to help', () => {
    const [hit] = selfHarmDetector.detect(itemOf('I want to die'), EMPTY_CONTEXT);
    expect(hit?.reason).toMatch(/988/);
    expect(hit?.reason).toMatch(/deserve support/);
    expect(hit?.reason).not.toMatch(/shame|inappropriate|embarrass/i);
  });
});
