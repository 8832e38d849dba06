import { dm, testRule } from '../../../test/fixtures/rule-tester.js';
import { rule } from './transactional-reconnect.js';

testRule(rule, {
  valid: [
    {
      text: "Hi Ana, long time no talk! I saw your promotion news - congratulations. How's the new team?",
      options: dm,
    },
  ],
  invalid: [
    {
      text: 'Hi Ana, long time no talk! Could you refer me for the open role?',
      options: dm,
      at: 'long time no talk! Could you refer',
      fix: 'Reconnect first (a real update, a question about them); ask for the favour in a later message.',
    },
  ],
});
