import { describe } from 'vitest';
import { runTable } from './table.js';
import { threatDetector } from './threat.js';

describe('text/threat', () => {
  runTable(threatDetector, 'threat', {
    invalid: [
      { text: "I'm going to kill you when I see you", evidence: "I'm going to kill you", severity: 'high' },
      { text: 'hope you die in a fire', evidence: 'hope you die', severity: 'high' },
      { text: 'watch your back', evidence: 'watch your back' },
      { text: 'I know where you live', evidence: 'I know where you live' },
      { text: 'people like that should be shot', evidence: 'should be shot' },
    ],
    valid: [
      'This workout is going to kill me',
      'You killed it on stage tonight!',
      'I was dying laughing at that video',
      'Shoot me a text when you land',
      'Break a leg tonight!',
      'Beat the traffic by leaving early',
      '',
    ],
  });
});
