import { dm, testRule } from '../../../test/fixtures/rule-tester.js';
import { rule } from './needy-or-apologetic.js';

testRule(rule, {
  valid: [
    {
      text: 'Hi Ana, I was laid off in March and I am exploring analyst roles. Could I ask how you got into yours?',
      options: dm,
    },
    { text: 'Hi Ana, your post said "never tell a stranger you are desperate", and it changed my notes.', options: dm },
    { text: "Hi Ana, I'm not desperate, just curious: how did you pick your first analytics course?", options: dm },
    { text: 'Hi Ana, thanks for reading. Could I ask one question?', options: dm },
  ],
  invalid: [
    {
      text: 'Hi Ana, my savings are almost gone and I might lose my apartment. Could we talk?',
      options: dm,
      at: 'my savings are almost gone and I might lose my apartment.',
      fix: '',
    },
    {
      text: 'Hi Ana, my rent is due on the 1st and I have two kids to feed. Could we talk?',
      options: dm,
      at: 'my rent is due on the 1st and I have two kids to feed.',
      fix: '',
    },
    { text: "Hi Ana, you're honestly my last hope.", options: dm, at: "you're honestly my last hope.", fix: '' },
    {
      text: 'Hi Ana, I really need this job. Could I ask about the role?',
      options: dm,
      at: 'I really need this job',
      fix: /^State what you are looking for/,
    },
    {
      text: "Hi Ana, I'll take literally anything.",
      options: dm,
      at: "I'll take literally anything",
      fix: /^State what you are looking for/,
    },
    {
      text: "Hi Ana, I know you're super busy, but could I ask one question?",
      options: dm,
      at: "I know you're super busy, but ",
      fix: '',
    },
    { text: 'Please reply ASAP.', options: dm, at: 'ASAP', fix: 'when you have a moment' },
    {
      text: 'Hi Ana, I am desperate for work.',
      options: dm,
      at: 'desperate',
      fix: 'State what you are looking for plainly, and what you bring, e.g. "I\'m looking for analyst roles where I can use SQL daily."',
    },
    {
      text: 'Hi Ana, sorry to bother you, but could I ask a question?',
      options: dm,
      at: 'sorry to bother you, but ',
      fix: '',
    },
    {
      text: 'Kindly revert ASAP.',
      options: dm,
      at: 'Kindly revert ASAP',
      fix: 'I would be glad to hear from you whenever you have a moment',
    },
  ],
});
