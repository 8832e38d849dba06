import { describe } from 'vitest';
import { runTable } from '../../../test/fixtures/detector-table.js';
import { sexualDetector } from './sexual.js';

describe('text/sexual', () => {
  runTable(sexualDetector, 'sexual', {
    invalid: [
      { text: 'finally got laid last night', evidence: 'got laid', severity: 'medium' },
      { text: 'send nudes', evidence: 'send nudes' },
      { text: 'looking for a one night stand this weekend', evidence: 'one night stand' },
      { text: 'lol this thread is so nsfw', evidence: 'nsfw', severity: 'low' },
    ],
    valid: [
      'Comprehensive sex education matters',
      'Hooked up the new TV in the living room',
      'Our head coach gave a great speech',
      // laid off is a job lost
      'Just picked up a message from a friend who was to meet me for a beer: I just got laid off, so I went home!',
      'She got laid off from @acme last week #layoffs',
      '',
    ],
  });
});
