import { dm, note, testRule } from '../../../test/fixtures/rule-tester.js';
import { rule } from './personal-appearance.js';

testRule(rule, {
  valid: [
    { text: 'Hi Ana, your zine on community gardens is gorgeous. Where was it printed?', options: dm },
    { text: 'Hi Ana, your talk on caching was stunning work.', options: { ...dm, kind: 'follow_up' } },
  ],
  invalid: [
    {
      text: 'Hi Ana, you look so professional in your photo.',
      options: note,
      at: 'you look so professional in your photo',
      fix: /^Remove it/,
    },
    {
      text: 'Hi Ana, you look gorgeous in your photo.',
      options: dm,
      at: 'you look gorgeous',
      fix: 'Remove it: comment on their work, never on how they look.',
    },
    {
      text: 'Hi Ana, your profile pic caught my eye.',
      options: dm,
      at: 'profile pic caught my eye',
      fix: 'Remove it: comment on their work, never on how they look.',
    },
  ],
});
