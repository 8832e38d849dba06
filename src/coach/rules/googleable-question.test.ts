import { dm, testRule } from '../../../test/fixtures/rule-tester.js';
import { rule } from './googleable-question.js';

testRule(rule, {
  valid: [{ text: 'Hi Ana, how did your team decide to move billing to events?', options: dm }],
  invalid: [
    {
      text: 'Hi Ana, what does your company do?',
      options: dm,
      at: 'what does your company do',
      fix: 'Look this up on their careers page first, then ask something only they can answer.',
    },
    {
      text: 'Hi Ana, what positions are open at Contoso?',
      options: dm,
      at: 'what positions are open',
      fix: 'Look this up on their careers page first, then ask something only they can answer.',
    },
  ],
});
