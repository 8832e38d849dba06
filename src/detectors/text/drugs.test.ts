import { describe } from 'vitest';
import { drugsDetector } from './drugs.js';
import { runTable } from '../../../test/fixtures/detector-table.js';

describe('text/drugs', () => {
  runTable(drugsDetector, 'drugs', {
    invalid: [
      { text: 'did a few lines of coke at the afterparty', evidence: 'did a few lines', severity: 'high' },
      { text: 'rolling on molly at the festival 🎶', evidence: 'rolling on', severity: 'high' },
      { text: 'did some blow in the bathroom', evidence: 'some blow', severity: 'high' },
      { text: 'wake and bake sunday', evidence: 'wake and bake', severity: 'medium' },
      { text: 'so high right now lmao', evidence: 'so high', severity: 'medium' },
      { text: 'gotta hit up my plug before the weekend', evidence: 'hit up my plug', severity: 'high' },
      { text: 'took molly before the rave', evidence: 'took molly', severity: 'high' },
      { text: 'popping ecstasy pills all weekend', evidence: 'popping ecstasy pills', severity: 'high' },
      { text: 'pass the blunt @danny', evidence: 'pass the blunt', severity: 'medium' },
      { text: 'hit a dab before the meeting lol', evidence: 'hit a dab', severity: 'medium' },
      { text: 'new dab rig arrived', evidence: 'dab rig', severity: 'medium' },
      { text: 'bong rips all night', evidence: 'bong rips', severity: 'medium' },
      { text: 'Back in college I smoked weed every day', evidence: 'smoked weed', severity: 'low', reason: /past/ },
      // severity follows strength: someone taking a hard drug is high, the drug only named is medium
      {
        text: 'Get dressed, shoot some heroin and we are ready to play!',
        evidence: 'shoot some heroin',
        severity: 'high',
      },
      { text: '@thisanimalsuxx try adderall. or cocaine.', evidence: 'cocaine', severity: 'medium' },
      { text: 'should I use meth, or heroin to avoid this dinner?', evidence: 'use meth', severity: 'high' },
      {
        text: '$75 million of heroin will be flushed into the ocean https://t.co/Zv3dp6kaId',
        evidence: 'heroin',
        severity: 'medium',
        reason: /^Mentions hard drugs/,
      },
      { text: 'breaking bad is addictive as meth', evidence: 'meth', severity: 'medium' },
      // others' use in general is a mention of the drug, not the author taking it
      {
        text: 'at that club you see people doing cocaine in the toilets',
        evidence: 'cocaine',
        severity: 'medium',
        reason: /^Mentions hard drugs/,
      },
      // the author's own use stays high, also next to a generic word
      { text: 'everyone was there and I was dropping acid', evidence: 'dropping acid', severity: 'high' },
      {
        text: '“In terms of instant relief, canceling plans is like heroin.” - John Mulaney',
        evidence: 'heroin',
        severity: 'low',
        reason: /^Quotes a line that mentions hard drugs/,
      },
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
      // everyday senses of drug slang: a name, joy, a dance, frankness, a syllable of a name
      'Happy birthday Molly! See you at the lake',
      '@sam sorry Molly, my bad',
      'It was a day of pure ecstasy at the beach',
      'Dab 🔥 @crew',
      'Thanks for the blunt feedback, we will fix the onboarding',
      'Bong Joon-ho won again',
      // a scene with people in general doing drugs, not the author
      'At any big festival you will find people dropping molly by the main stage',
      'In the sixties hippies were taking LSD and listening to the Dead',
      'kids are popping pills these days, worrying trend',
      '',
    ],
  });
});
