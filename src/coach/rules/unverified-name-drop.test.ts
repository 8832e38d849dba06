import { dm, testRule } from '../../../test/fixtures/rule-tester.js';
import { rule } from './unverified-name-drop.js';

testRule(rule, {
  valid: [{ text: 'Hi Ana, I read your post on caching.', options: dm }],
  invalid: [
    {
      text: 'Hi Ana, Sam Lee suggested I contact you.',
      options: dm,
      at: 'Sam Lee suggested I',
      fix: 'Check with them first, or copy them in ("Ana, cc\'d, suggested I contact you").',
    },
    {
      text: "Hi Ana, Sam said you'd hire me.",
      options: dm,
      at: "Sam said you'd hire",
      severity: 'error',
      fix: 'Say only what is true and agreed: "Ana Ruiz suggested I contact you about clinical data roles."',
    },
    {
      text: 'Hi Ana, Sam Lee told me you would be happy to get me an interview.',
      options: dm,
      at: 'Sam Lee told me you would be happy to get me',
      severity: 'error',
      fix: 'Say only what is true and agreed: "Ana Ruiz suggested I contact you about clinical data roles."',
    },
  ],
});
