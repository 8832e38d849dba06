import { dm, testRule } from '../../../test/fixtures/rule-tester.js';
import { rule } from './typos-sloppy.js';

testRule(rule, {
  valid: [
    { text: 'Hi Ana. Thanks for the talk.', options: dm },
    {
      text: 'Hi Ana, my organisation moved the rebrand slides to https://exmpl.dev/talks.',
      options: { ...dm, speller: { correct: (w) => !/exmpl|organis|rebrand/.test(w), suggest: () => [] } },
    },
  ],
  invalid: [
    { text: 'Hi Ana. thanks for the talk.', options: dm, at: 'thanks', fix: 'Thanks' },
    { text: 'Hi Ana, thanks for the the talk.', options: dm, at: 'the the', fix: 'the' },
    {
      text: 'Hi Ana, thanks for the tlak.',
      options: { ...dm, speller: { correct: (w) => w !== 'tlak', suggest: () => ['talk'] } },
      at: 'tlak',
      fix: 'ltak',
    },
  ],
});
