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
      // a threat in quotation marks repeats someone else's words (a lyric, a mishearing, a translation): lower
      {
        text: "Mishearing di oggi: “Boy I'm gonna stop you” che per me diventa “Boy I'm gonna STAB you”.",
        evidence: "I'm gonna STAB you",
        severity: 'medium',
        reason: /^Quotes a line that /,
      },
      {
        text: '@wideawake_media translation:\n"punch yourself or we will punch you"',
        evidence: 'we will punch you',
        severity: 'medium',
        reason: /^Quotes a line that /,
      },
      // scare quotes around a word or two do not make the sentence a quotation
      { text: 'I\'m going to kill you, "friend"', evidence: "I'm going to kill you", severity: 'high' },
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
