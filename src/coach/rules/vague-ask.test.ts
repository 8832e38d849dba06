import { dm, email, followUp, note, testRule } from '../../../test/fixtures/rule-tester.js';
import { rule } from './vague-ask.js';

const SPECIFIC = /^Ask for one specific, small thing/;

testRule(rule, {
  valid: [
    { text: 'Hi Ana, could I ask how you moved from retail into data analysis?', options: dm },
    { text: "Hi Ana, I'm not asking for anything, just wanted to thank you for the post.", options: dm },
    { text: 'Hi Ana, your post said "never ask a stranger for any job", and it stuck with me.', options: dm },
    {
      text: 'Subject: Thanks\n\nHi Ana,\n\nPlease let me know if I can send anything else.\n\nBest,\nSam',
      options: email,
    },
    { text: 'Hi Ana, are there any roles on your team that use Rust? Just curious how you use it.', options: followUp },
  ],
  invalid: [
    {
      text: 'Hi Ana, if there is any opening at all, please tell me.',
      options: dm,
      at: 'any opening at all',
      fix: SPECIFIC,
    },
    { text: 'Hi Ana, can you help me find anything?', options: dm, at: 'help me find anything', fix: SPECIFIC },
    { text: "Hi Ana, I'm open to anything in healthcare.", options: note, at: 'open to anything', fix: SPECIFIC },
    { text: 'Hi Ana, any job would do, any role, any company.', options: dm, at: 'any job', fix: SPECIFIC },
    {
      text: 'Hi Ana, let me know if you hear of anything!',
      options: followUp,
      at: 'if you hear of anything',
      fix: SPECIFIC,
    },
    {
      text: 'Hi Ana, any advice or leads would be appreciated.',
      options: dm,
      at: 'any advice or leads would',
      fix: SPECIFIC,
    },
    { text: 'Hi Ana, whatever you have, I will take it.', options: dm, at: 'whatever you have', fix: SPECIFIC },
  ],
});
