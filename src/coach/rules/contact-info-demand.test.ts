import { dm, testRule } from '../../../test/fixtures/rule-tester.js';
import { rule } from './contact-info-demand.js';

testRule(rule, {
  valid: [{ text: 'Hi Ana, if a call is easier, my number is 555-0100.', options: dm }],
  invalid: [
    {
      text: "Hi Ana, what's your personal email?",
      options: dm,
      at: "what's your personal email",
      fix: 'Offer yours instead and let them choose: "If a call is easier, I\'m at 555-0100."',
    },
  ],
});
