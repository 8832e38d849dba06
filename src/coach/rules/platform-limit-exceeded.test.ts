import { note, testRule } from '../../../test/fixtures/rule-tester.js';
import { rule } from './platform-limit-exceeded.js';

testRule(rule, {
  valid: [
    {
      text: 'Hi Ana, your talk on caching at DevDays was great. I work on the same problem and would like to connect.',
      options: note,
    },
    { text: `Hi Ana, ${'a'.repeat(240)}`, options: { ...note, account: 'premium' } },
  ],
  invalid: [
    {
      text: `Hi Ana, ${'a'.repeat(240)}`,
      options: note,
      at: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
      fix: 'Cut it to 200 characters or fewer: keep the one specific detail and the ask.',
    },
    {
      text: 'x'.repeat(10_050),
      options: { platform: 'x', kind: 'first_message' },
      at: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      fix: 'Cut it to 10000 characters or fewer: keep the one specific detail and the ask.',
    },
  ],
});
