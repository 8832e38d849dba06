import { testRule } from '../../../test/fixtures/rule-tester.js';
import { rule } from './wrong-channel-personal.js';

testRule(rule, {
  valid: [
    {
      text: 'Hi Ana, we met at the climbing group. Is your team hiring analysts?',
      options: { platform: 'facebook', kind: 'first_message' },
    },
  ],
  invalid: [
    {
      text: 'Hi Ana, I am applying for analyst jobs. Could we talk?',
      options: { platform: 'instagram', kind: 'first_message' },
      at: 'jobs',
      fix: 'Send it on LinkedIn or by e-mail, or mention how you know them.',
    },
  ],
});
