import { dm, testRule } from '../../../test/fixtures/rule-tester.js';
import { rule } from './too-many-asks.js';

testRule(rule, {
  valid: [{ text: 'Hi Ana, could I ask one question about caching? Thanks!', options: dm }],
  invalid: [
    {
      text: 'Hi Ana, how do you cache? Why? Where? When?',
      options: dm,
      at: 'Why? Where? When?',
      fix: 'Keep the single most important ask and drop the rest.',
    },
    {
      text: 'Could you send me the slides? Can you share the code? Would you review my draft?',
      options: dm,
      at: 'Can you share the code? Would you review my draft?',
      fix: 'Keep the single most important ask and drop the rest.',
    },
  ],
});
