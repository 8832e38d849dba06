import { describe } from 'vitest';
import { extremismDetector } from './extremism.js';
import { runTable } from '../../../test/fixtures/detector-table.js';

describe('text/extremism', () => {
  runTable(extremismDetector, 'extremism', {
    invalid: [
      { text: 'hitler was right about everything', evidence: 'hitler was right', severity: 'high' },
      { text: 'white power forever', evidence: 'white power', severity: 'high' },
      { text: 'join isis brothers', evidence: 'join isis', severity: 'high' },
      { text: 'deus vult, boys', evidence: 'deus vult', severity: 'medium' },
    ],
    valid: [
      'Visited the Holocaust museum today, everyone should go',
      'My grandfather fought the Nazis in 1944',
      'Great documentary about the rise of ISIS',
      '',
    ],
  });
});
