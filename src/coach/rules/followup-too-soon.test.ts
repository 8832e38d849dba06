import { followUp, testRule } from '../../../test/fixtures/rule-tester.js';
import { rule } from './followup-too-soon.js';

testRule(rule, {
  valid: [
    {
      text: 'Hi Ana, I tried your caching tip and it worked. Could I ask one more question?',
      options: {
        ...followUp,
        history: [{ direction: 'sent', at: '2026-01-01T10:00:00Z' }],
        now: new Date('2026-01-12T10:00:00Z'),
      },
    },
  ],
  invalid: [
    {
      text: 'Hi Ana, following up on my note.',
      options: {
        ...followUp,
        history: [{ direction: 'sent', at: '2026-01-10T10:00:00Z' }],
        now: new Date('2026-01-12T10:00:00Z'),
      },
      at: 'Hi Ana, following up on my note.',
      severity: 'error',
      fix: 'Send this on or after 2026-01-17.',
    },
    {
      text: 'Hi Ana, I sent you a message yesterday about caching.',
      options: followUp,
      at: 'sent you a message yesterday',
      fix: 'Wait a week for networking messages (3 business days after an application) before following up.',
    },
  ],
});
