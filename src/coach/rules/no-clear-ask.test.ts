import { dm, testRule } from '../../../test/fixtures/rule-tester.js';
import { rule } from './no-clear-ask.js';

testRule(rule, {
  valid: [
    { text: 'Congrats on the new role, Olivia! I still remember your talk at our meetup.', options: dm },
    { text: 'Hi Ana, I read your post on caching. Could I ask how you choose cache keys?', options: dm },
    { text: 'Hi Ana, I read your post on caching and would love to hear how you chose the keys.', options: dm },
  ],
  invalid: [
    {
      text: 'Hi Ana, I read your post on caching. I work on caching too.',
      options: dm,
      at: 'Hi Ana, I read your post on caching.',
      fix: 'End with one small, specific ask, e.g. "Would you be open to a 15-minute call next week?"',
    },
  ],
});
