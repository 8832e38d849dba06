import { dm, testRule } from '../../../test/fixtures/rule-tester.js';
import { rule } from './pick-your-brain.js';

testRule(rule, {
  valid: [{ text: 'Hi Ana, could I ask you two questions about caching?', options: dm }],
  invalid: [
    {
      text: 'Hi Ana, could I pick your brain about caching?',
      options: dm,
      at: 'pick your brain',
      fix: 'Ask one specific question, e.g. "ask you two questions about how you moved into product marketing".',
    },
  ],
});
