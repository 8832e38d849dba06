import { describe } from 'vitest';
import { drugsDetector } from './drugs.js';
import { runTable } from './table.js';

describe('text/drugs', () => {
  runTable(drugsDetector, 'drugs', {
    invalid: [
      { text: 'did a few lines of coke at the afterparty', evidence: 'did a few lines', severity: 'high' },
      { text: 'rolling on molly at the festival 🎶', evidence: 'rolling on', severity: 'high' },
      { text: 'did some blow in the bathroom', evidence: 'some blow', severity: 'high' },
      { text: 'wake and bake sunday', evidence: 'wake and bake', severity: 'medium' },
      { text: 'so high right now lmao', evidence: 'so high', severity: 'medium' },
      { text: 'gotta hit up my plug before the weekend', evidence: 'hit up my plug', severity: 'high' },
      { text: 'Back in college I smoked weed every day', evidence: 'smoked weed', severity: 'low', reason: /past/ },
    ],
    valid: [
      'High school reunion next week!',
      'Diet Coke is my personal fuel',
      'Spent the morning weeding the garden',
      'Acid reflux is the worst',
      'This demo is going to blow everyone away',
      'Need to lean on my friends more',
      'I have never smoked weed in my life',
      'The senate debated the legalization of marijuana',
      'Took my allergy pills and went to bed',
      '',
    ],
  });
});
