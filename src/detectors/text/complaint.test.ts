import { describe } from 'vitest';
import { complaintDetector } from './complaint.js';
import { runTable } from './table.js';

describe('text/complaint', () => {
  runTable(complaintDetector, 'complaint', {
    invalid: [
      { text: 'Worst customer service ever, still waiting for a refund', evidence: 'Worst', severity: 'low' },
      { text: 'My flight got cancelled AGAIN. So fed up', evidence: 'fed up' },
      { text: "why is it so hard to cancel a subscription?? I've tried three times", evidence: 'why is' },
    ],
    valid: [
      'Thanks for the amazing service, the team was so helpful!',
      'Beautiful morning for a run',
      'Loved the new update, great work',
      '',
    ],
  });
});
