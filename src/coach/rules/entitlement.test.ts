import { dm, email, followUp, note, testRule } from '../../../test/fixtures/rule-tester.js';
import { rule } from './entitlement.js';

testRule(rule, {
  valid: [
    { text: 'Hi Ana, your post on pricing was sharp. Would you be open to a 15-minute call?', options: dm },
    { text: "Hi Ana, you shouldn't feel any pressure to reply; thanks for the post on pricing.", options: dm },
    { text: 'Hi Ana, you should feel free to say no. Could I ask one question about your talk?', options: dm },
    { text: "Hi Ana, I don't think I deserve special treatment, just a pointer to your slides.", options: dm },
    { text: 'Hi Ana, your talk said "you owe nobody a reply", which I loved.', options: dm },
  ],
  invalid: [
    {
      text: 'Hi Ana, with ten years in sales I deserve a senior role.',
      options: dm,
      at: 'with ten years in sales I deserve a senior role.',
      fix: '',
    },
    {
      text: 'Subject: Interview\n\nHi Ana,\n\nI have bought your products for years, so you owe me an interview.',
      options: email,
      at: 'I have bought your products for years, so you owe me an interview.',
      fix: '',
    },
    {
      text: 'Hi Ana, you should really hire me.',
      options: note,
      at: 'you should really hire me.',
      fix: 'would you be open to a 15-minute call about your team?',
    },
    {
      text: "Hi Ana, I've earned a shot and it's the least you could do to forward my resume.",
      options: followUp,
      at: "I've earned a shot and it's the least you could do to forward my resume.",
      fix: '',
    },
    {
      text: 'You need to look at my portfolio. I am better than half your designers.',
      options: dm,
      at: 'You need to look at my portfolio.',
      fix: 'Would you be open to a 15-minute call about your team?',
    },
  ],
});
