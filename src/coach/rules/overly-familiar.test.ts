import { dm, testRule } from '../../../test/fixtures/rule-tester.js';
import { rule } from './overly-familiar.js';

testRule(rule, {
  valid: [
    { text: 'Hi Ana, my friend Sam said you run the Leeds meetup. Could I ask about it?', options: dm },
    { text: 'Hi Ana, I would like to ask you a question.', options: dm },
  ],
  invalid: [
    { text: 'Yo Derek my man! Could you help?', options: dm, at: 'Yo', fix: /./ },
    { text: 'heyyy Monica, quick question', options: dm, at: 'heyyy', fix: 'Use their name instead.' },
    { text: 'Thanks for reading.\nLove, Jay', options: dm, at: '\nLove, J', fix: 'Use their name instead.' },
    { text: 'hey bro, can u help?', options: dm, at: 'bro', fix: 'Use their name instead.' },
    { text: 'Hi Ana, i would like to ask a question.', options: dm, at: 'i', fix: 'I' },
    {
      text: 'Hi Ana 🙂🙂 quick question',
      options: dm,
      at: '🙂🙂',
      fix: 'Drop the emoji; let the words carry the warmth.',
    },
  ],
});
