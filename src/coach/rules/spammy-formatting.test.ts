import { dm, testRule } from '../../../test/fixtures/rule-tester.js';
import { rule } from './spammy-formatting.js';

testRule(rule, {
  valid: [{ text: 'Hi Ana, thanks for the tip! It worked.', options: dm }],
  invalid: [
    { text: 'Hi Ana, quick question!!', options: dm, at: '!!', fix: 'Use a single "." or "?".' },
    { text: 'Hi Ana, see bit.ly/abc', options: dm, at: 'bit.ly/abc', fix: 'Use the full link.' },
    {
      text: 'See https://a.example and https://b.example',
      options: dm,
      at: 'https://b.example',
      fix: 'Keep the one link that matters.',
    },
  ],
});
