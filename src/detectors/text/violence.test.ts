import { describe } from 'vitest';
import { runTable } from '../../../test/fixtures/detector-table.js';
import { violenceDetector } from './violence.js';

describe('text/violence', () => {
  runTable(violenceDetector, 'violence', {
    invalid: [
      { text: 'got into a fight at the bar and knocked out this guy', evidence: 'got into a fight', severity: 'high' },
      { text: 'punched him right in the face lol', evidence: 'punched him', severity: 'high' },
      { text: 'who wants to catch these hands', evidence: 'catch these hands', severity: 'medium' },
      { text: 'When I was younger I got in a fight every weekend', evidence: 'got in a fight', severity: 'low' },
    ],
    valid: [
      'Great UFC fight last night',
      'We fight for justice and equality',
      'Pillow fight with the kids',
      'Fighting the flu all week',
      '',
    ],
  });
});
