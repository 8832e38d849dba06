import { describe } from 'vitest';
import { absenteeismDetector } from './absenteeism.js';
import { runTable } from '../../../test/fixtures/detector-table.js';

describe('text/absenteeism', () => {
  runTable(absenteeismDetector, 'absenteeism', {
    invalid: [
      {
        text: 'Called in sick and went to the beach 😎',
        evidence: 'Called in sick and went to the beach 😎',
        severity: 'high',
      },
      { text: 'faking sick to go to the game', evidence: 'faking sick', severity: 'high' },
      { text: 'skipping work today, too sunny', evidence: 'skipping work', severity: 'high' },
      { text: 'napping at my desk again', evidence: 'napping at my desk', severity: 'medium' },
      { text: 'too hungover, calling in sick', evidence: 'hungover, calling in sick' },
      {
        text: 'third round of tequila shots, not making it to standup tomorrow',
        evidence: 'round of tequila shots, not making it to standup',
      },
    ],
    valid: [
      'Called in sick with a fever, back to bed',
      'My coworker called in sick so I covered her shift',
      'Took a vacation day for the beach',
      'Skipping dessert tonight',
      'Skipped work drinks, wanted my couch',
      '',
    ],
  });
});
