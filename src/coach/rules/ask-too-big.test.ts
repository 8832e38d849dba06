import { dm, testRule } from '../../../test/fixtures/rule-tester.js';
import { rule } from './ask-too-big.js';

testRule(rule, {
  valid: [{ text: 'Hi Ana, could I buy you a coffee for 20 minutes next week to ask about caching?', options: dm }],
  invalid: [
    {
      text: 'Hi Ana, can I grab you a coffee sometime?',
      options: dm,
      at: 'grab you a coffee',
      fix: 'Make it small and time-boxed, e.g. "Would you have 15 minutes for a call next week?"',
    },
    {
      text: 'Hi Ana, would you mentor me?',
      options: dm,
      at: 'mentor me',
      fix: 'Ask one specific question first; mentoring grows out of a relationship.',
    },
    {
      text: 'Hi Ana, could you review my CV, share your contacts and tell me about your salary?',
      options: dm,
      at: 'Hi Ana, could you review my CV, share your contacts and tell me about your salary?',
      fix: 'Pick the one favour that matters most and ask only for that.',
    },
  ],
});
