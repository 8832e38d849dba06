import { redirect, testRule } from '../../../test/fixtures/rule-tester.js';
import { rule } from './redirect-over-explains.js';

testRule(rule, {
  valid: [
    {
      text: 'Thanks for the request! LinkedIn is where I stay in touch with work contacts, so I sent you an invite there.',
      options: redirect,
    },
  ],
  invalid: [
    {
      text: "Thanks, but we're not really friends. I sent you a LinkedIn invite.",
      options: redirect,
      at: "we're not really friends",
      fix: 'One neutral sentence is enough: "LinkedIn is where I stay in touch with work contacts."',
    },
    {
      text: "Don't take it personally, but I sent you a LinkedIn invite.",
      options: redirect,
      at: "Don't take it personally",
      fix: 'One neutral sentence is enough: "LinkedIn is where I stay in touch with work contacts."',
    },
  ],
});
