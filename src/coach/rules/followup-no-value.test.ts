import { followUp, testRule } from '../../../test/fixtures/rule-tester.js';
import { rule } from './followup-no-value.js';

testRule(rule, {
  valid: [
    {
      text: 'Hi Ana, since we spoke I shipped the cache fix you suggested. Could I ask one more question?',
      options: followUp,
    },
  ],
  invalid: [
    {
      text: 'Hi Ana, just checking in on this.',
      options: followUp,
      at: 'just checking in',
      fix: 'Add something new (a result, an article, a change) and restate the one small ask.',
    },
  ],
});
