import { dm, note, testRule } from '../../../test/fixtures/rule-tester.js';
import { rule } from './referral-ask-stranger.js';

testRule(rule, {
  valid: [
    { text: "Hi Ana, I'm not asking for a referral, I just loved your post on night shifts.", options: note },
    { text: 'Hi Ana, Sam Lee referred me to your post on caching. Could I ask one question about it?', options: dm },
  ],
  invalid: [
    {
      text: 'Hi Ana, would you be open to passing my name to your hiring manager?',
      options: dm,
      at: 'passing my name to',
      fix: /^Build the connection first/,
    },
    {
      text: 'Hi Ana, could you get my CV in front of someone at Shopify?',
      options: dm,
      at: 'get my CV in front of',
      fix: /^Build the connection first/,
    },
    {
      text: 'I hope you can forward it to HR.',
      options: dm,
      at: 'forward it to HR',
      fix: /^Build the connection first/,
    },
    {
      text: 'Hi Ana, could you refer me to your recruiter?',
      options: dm,
      at: 'refer me',
      fix: 'Build the connection first: ask one question about their work; a referral can come later, if offered.',
    },
    {
      text: 'Hi Ana, please forward my resume to your manager.',
      options: dm,
      at: 'forward my resume to',
      fix: 'Build the connection first: ask one question about their work; a referral can come later, if offered.',
    },
  ],
});
