import { dm, testRule } from '../../../test/fixtures/rule-tester.js';
import { rule } from './empty-flattery.js';

testRule(rule, {
  valid: [{ text: 'Hi Ana, huge fan of your post on cache keys - it fixed our bug.', options: dm }],
  invalid: [
    {
      text: 'Hi Ana, you are a visionary and a genius.',
      options: dm,
      at: 'visionary',
      fix: 'Replace it with what exactly you admire, e.g. "your post on pricing experiments changed how I run A/B tests".',
    },
  ],
});
