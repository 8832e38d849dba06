import { dm, redirect, testRule } from '../../../test/fixtures/rule-tester.js';
import { rule } from './no-thanks.js';

testRule(rule, {
  valid: [
    { text: 'Hi Ana, could I ask one question? Thank you!', options: dm },
    {
      text: 'Hi Sam, great to meet you. LinkedIn is where I keep work contacts; I sent you an invite there.',
      options: redirect,
    },
  ],
  invalid: [
    {
      text: 'Hi Ana, could I ask one question?',
      options: dm,
      at: 'Hi Ana, could I ask one question?',
      fix: 'Close with "Thank you for your time."',
    },
    {
      text: 'I keep Facebook for family. Find me on LinkedIn.',
      options: redirect,
      at: 'Find me on LinkedIn.',
      fix: 'Start with "Thanks for the request!"',
    },
  ],
});
