import { describe } from 'vitest';
import { crimeDetector } from './crime.js';
import { runTable } from '../../../test/fixtures/detector-table.js';

describe('text/crime', () => {
  runTable(crimeDetector, 'crime', {
    invalid: [
      { text: 'drove home drunk again, no big deal', evidence: 'drove home drunk', severity: 'high' },
      { text: 'we shoplifted a whole cart from target lol', evidence: 'we shoplifted', severity: 'high' },
      { text: 'got a fake ID for the concert', evidence: 'fake ID', severity: 'high' },
      { text: 'fudged my expense report again', evidence: 'fudged my expense report' },
      { text: 'torrented the whole season lol', evidence: 'torrented the whole season' },
    ],
    valid: [
      'She stole the show tonight!',
      'Great documentary about fraud in the banking industry',
      'Tips to prevent credit card fraud',
      'He stole my heart',
      '',
    ],
  });
});
