import { redirect, testRule } from '../../../test/fixtures/rule-tester.js';
import { rule } from './redirect-no-alternative.js';

testRule(rule, {
  valid: [{ text: 'Thanks! You can reach me at ana@example.com.', options: redirect }],
  invalid: [
    {
      text: 'Thanks for the request, but I keep Facebook for family.',
      options: redirect,
      at: 'Thanks for the request, but I keep Facebook for family.',
      fix: 'Offer the professional channel: "LinkedIn is where I keep work contacts — I\'ve sent you an invite there."',
    },
  ],
});
