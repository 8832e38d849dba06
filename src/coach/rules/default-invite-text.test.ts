import { note, testRule } from '../../../test/fixtures/rule-tester.js';
import { rule } from './default-invite-text.js';

testRule(rule, {
  valid: [{ text: 'Hi Ana, your talk on caching was great; I would like to connect.', options: note }],
  invalid: [
    {
      text: "I'd like to add you to my professional network on LinkedIn.",
      options: note,
      at: "I'd like to add you to my professional network on LinkedIn.",
      fix: 'Say why them, in one line, e.g. "Hi Dana, your FrontConf talk on accessible forms helped our team — I\'d like to stay in touch." Or send no note at all.',
    },
    {
      text: 'Hi Ana, join my network!',
      options: note,
      at: 'join my network',
      fix: 'Say why them, in one line, e.g. "Hi Dana, your FrontConf talk on accessible forms helped our team — I\'d like to stay in touch." Or send no note at all.',
    },
  ],
});
