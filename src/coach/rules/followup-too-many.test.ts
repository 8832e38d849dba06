import { followUp, testRule } from '../../../test/fixtures/rule-tester.js';
import { rule } from './followup-too-many.js';

testRule(rule, {
  valid: [
    {
      text: 'Hi Ana, one more thought on caching.',
      options: { ...followUp, history: [{ direction: 'sent', at: '2026-01-01T10:00:00Z' }] },
    },
  ],
  invalid: [
    {
      text: 'Hi Ana, I called your office three times this week.',
      options: followUp,
      at: 'called your office three times',
      fix: /^Stop here/,
    },
    {
      text: 'Hi Ana, just following up on my last few messages.',
      options: followUp,
      at: 'my last few messages',
      fix: /^Stop here/,
    },
    {
      text: 'Hi Ana, one more thought on caching.',
      options: {
        ...followUp,
        history: [
          { direction: 'sent', at: '2026-01-01T10:00:00Z' },
          { direction: 'sent', at: '2026-01-09T10:00:00Z' },
        ],
      },
      at: 'Hi Ana, one more thought on caching.',
      fix: 'Stop here: silence is an answer. Reach out again only with real news, months from now.',
    },
    {
      text: 'Hi Ana, in case you missed the last two messages...',
      options: followUp,
      at: 'missed the last two',
      fix: 'Stop here: silence is an answer. Reach out again only with real news, months from now.',
    },
  ],
});
