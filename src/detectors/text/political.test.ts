import { describe } from 'vitest';
import { politicalDetector } from './political.js';
import { runTable } from '../../../test/fixtures/detector-table.js';

describe('text/political', () => {
  runTable(politicalDetector, 'political', {
    invalid: [
      { text: 'MAGA all the way!!', evidence: 'MAGA', severity: 'low' },
      { text: 'libtards are ruining this country', evidence: 'libtards' },
      { text: 'Democrats are destroying America', evidence: 'Democrats are destroying' },
    ],
    valid: ['Went to vote this morning, short line', 'The party was great', 'Read a book about history', ''],
  });
});
