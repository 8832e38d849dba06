import { dm, testRule } from '../../../test/fixtures/rule-tester.js';
import { rule } from './unfilled-placeholder.js';

testRule(rule, {
  valid: [{ text: 'Hi Ana, see [my post](https://example.com) on caching.', options: dm }],
  invalid: [
    {
      text: 'Hi [First Name], your talk was great.',
      options: dm,
      at: '[First Name]',
      fix: 'Replace it with the real name or detail before sending.',
    },
    {
      text: 'Hi Ana, I love what {{company}} does.',
      options: dm,
      at: '{{company}}',
      fix: 'Replace it with the real name or detail before sending.',
    },
    {
      text: 'Hi <Name>, quick question.',
      options: dm,
      at: '<Name>',
      fix: 'Replace it with the real name or detail before sending.',
    },
  ],
});
