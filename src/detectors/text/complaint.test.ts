import { describe, expect, it } from 'vitest';
import { EMPTY_CONTEXT } from '../../core/detector.js';
import { complaintDetector, findComplaint } from './complaint.js';
import { itemOf } from '../../../test/fixtures/items.js';
import { runTable } from '../../../test/fixtures/detector-table.js';

describe('text/complaint', () => {
  runTable(complaintDetector, 'complaint', {
    invalid: [
      // said to a company or a person by handle, with a problem or frustration
      { text: '@comcast your service is the worst, third outage this week', evidence: 'worst', severity: 'low' },
      { text: '@telco your customer service is a joke', evidence: 'is a joke' },
      { text: '@united lost my bag AGAIN. never flying with you again', evidence: 'never flying' },
      { text: '@acmebank charged me twice and still no reply from support', evidence: 'charged me twice' },
      { text: "@shopco my order hasn't arrived and nobody answers the phone", evidence: "hasn't arrived" },
      // angry rants with nobody addressed
      { text: 'Worst customer service ever, still waiting for a refund', evidence: 'Worst' },
      { text: 'My flight got cancelled AGAIN. So fed up', evidence: 'fed up' },
      { text: "why is it so hard to cancel a subscription?? I've tried three times", evidence: 'why is' },
      // thanks beside a named problem is sarcasm, not praise
      { text: '@shopco thanks for ruining my morning, the courier never showed up', evidence: 'never showed up' },
      // threatening to leave, and a problem that is not a request
      { text: '@telco about to cancel my subscription, third outage this week', evidence: 'about to cancel' },
      { text: '@acmebank my savings account disappeared from the app overnight', evidence: 'disappeared' },
    ],
    valid: [
      // service requests
      '@AmazonHelp can you help me track my order?',
      '@shopco when will the black jersey be back in stock?',
      '@telco please DM me the steps to move my plan, thanks',
      '@airline can someone please help me change my seat?',
      // bug reports and tech talk
      'Found a bug in the parser: it crashes on empty input. Fix in PR #12',
      '@sam the build fails on Node 18, repro steps in issue #431',
      'Spent the morning debugging a memory leak, the stack trace finally made sense',
      // a problem put right, short replies and emphasis name no complaint
      '@vwcares thank you, we solved the problem',
      '@AcmeSupport the issue was resolved within a day, thanks',
      '@sam No',
      '@shopco within 48 hours',
      '@jen Nice!!',
      '@sam is there room for one more???',
      // a joke that is a joke
      '@sam everybody has a story to tell and a joke to share, not just you',
      // ordinary grumbles
      'ugh mondays',
      'so tired of this rain',
      'no coffee left at home, send help',
      // praise and plain posts
      'Thanks for the amazing service, the team was so helpful!',
      'Beautiful morning for a run',
      '@sam no worries, see you tomorrow!',
      '',
    ],
  });

  it('tells a complaint to someone from a rant', () => {
    expect(findComplaint('@comcast your service is the worst')[0]?.clause).toBe('complains publicly to someone');
    expect(findComplaint('Worst service ever, still waiting for a refund')[0]?.clause).toBe('reads as a public rant');
  });

  it('reads handles through the text layer, not their letters', () => {
    // "@worstbuy" is a handle: its letters are no cue
    expect(complaintDetector.detect(itemOf('@worstbuy thanks, see you soon'), EMPTY_CONTEXT)).toEqual([]);
  });
});
