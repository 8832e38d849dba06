import { describe } from 'vitest';
import { confidentialDetector } from './confidential.js';
import { runTable } from './table.js';

describe('text/confidential', () => {
  runTable(confidentialDetector, 'confidential', {
    invalid: [
      { text: "I'm under NDA but the new phone is amazing", evidence: 'under NDA', severity: 'high' },
      { text: 'Leaked memo says layoffs are coming', evidence: 'Leaked memo', severity: 'high' },
      { text: 'our Q3 numbers are terrible, investors have no idea', evidence: 'our Q3 numbers are', severity: 'high' },
      {
        text: "don't tell anyone but my company is moving the whole team",
        evidence: "don't tell anyone but",
        severity: 'medium',
      },
    ],
    valid: [
      "Don't tell anyone but I love pineapple pizza",
      'Secret Santa at the office today',
      'Our Q3 results were published today',
      'The roof is leaking again',
      'Confidential helpline open 24/7',
      '',
    ],
  });
});
