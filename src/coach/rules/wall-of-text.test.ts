import { dm, email, testRule, words } from '../../../test/fixtures/rule-tester.js';
import { rule } from './wall-of-text.js';

testRule(rule, {
  valid: [{ text: `Hi Ana,\n\n${words(40)}\n\n${words(40)}`, options: email }],
  invalid: [
    {
      text: `Hi Ana, ${words(70)}`,
      options: dm,
      at: 'Hi Ana, we ship the data to our team and it works. well for the people who use it every day we. ship the data to our team and it works well. for the people who use it every day we ship. the data to our team and it works well for. the people who use it every day we ship the. data to our team and it works well for the.',
      fix: 'Break it into short paragraphs of one to three sentences each.',
    },
    {
      text: 'I read it. I liked it. I tried it. It worked. I wrote about it. Thanks.',
      options: dm,
      at: 'I read it. I liked it. I tried it. It worked. I wrote about it. Thanks.',
      fix: 'Break it into short paragraphs of one to three sentences each.',
    },
  ],
});
