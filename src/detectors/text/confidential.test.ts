import { describe } from 'vitest';
import { confidentialDetector } from './confidential.js';
import { runTable } from '../../../test/fixtures/detector-table.js';

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
      { text: "we're being acquired next month, keep it quiet", evidence: "we're being acquired", severity: 'high' },
      { text: 'Working on an unreleased product at work 🤫', evidence: 'unreleased product', severity: 'high' },
    ],
    valid: [
      "Don't tell anyone but I love pineapple pizza",
      'Secret Santa at the office today',
      'Our Q3 results were published today',
      'The roof is leaking again',
      'Confidential helpline open 24/7',
      // saying a project is secret reveals nothing; an acquisition announced is public news
      'Working on a secret project with my brother. #NBN',
      'We needed some high performance code for the secret project, and node was not cutting it.',
      'In 2012 I started Gramener with friends. Today, we were acquired by Straive.',
      // a recruiter's advert hides the client's name on purpose
      'Head of HR, Leading Consumer Goods Company - Confidential client, Lagos',
      // "can't tell you" said of a thing, not a secret kept by the writer
      "For an entry level role the cover letter can't tell you if there is a fit with the job",
      '',
    ],
  });
});
