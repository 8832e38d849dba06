import { describe } from 'vitest';
import { runTable } from '../../../test/fixtures/detector-table.js';
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
      // a threat needs a person to aim at: a pronoun or a word for a person
      { text: "I'm gonna kill that guy if he calls again", evidence: "I'm gonna kill that guy", severity: 'high' },
      { text: 'I swear I will punch the stupid ref', evidence: 'I will punch the stupid ref' },
      { text: "I'm going to beat him up after school", evidence: "I'm going to beat him", severity: 'high' },
      { text: "I'll beat the shit out of him", evidence: "I'll beat the shit out of", severity: 'high' },
      { text: 'hope you rot in hell', evidence: 'hope you rot', severity: 'high' },
      // scare quotes around a word or two do not make the sentence a quotation
      { text: 'I\'m going to kill you, "friend"', evidence: "I'm going to kill you", severity: 'high' },
    ],
    valid: [
      'This workout is going to kill me',
      'You killed it on stage tonight!',
      'I was dying laughing at that video',
      'Shoot me a text when you land',
      'Break a leg tonight!',
      // hyperbole against a thing, and "beat" as winning
      'this build again?! I WILL BURN THIS SERVER ROOM TO THE GROUND',
      "I'm going to kill this pizza, it smells so good",
      'We will bomb this launch if the demo crashes',
      "I'd like to beat that @rival in the final",
      "I'm gonna beat you at chess tomorrow",
      // wishing punishment on a criminal is not wishing harm
      'that serial killer documentary was chilling, I hope he rots in prison',
      'Hope they rot in jail for what they did',
      'Beat the traffic by leaving early',
      '',
    ],
  });
});
