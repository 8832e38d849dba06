import { dm, email, followUp, note, testRule } from '../../../test/fixtures/rule-tester.js';
import { rule } from './job-ask-first-contact.js';

testRule(rule, {
  valid: [
    {
      text: 'Hi Ana, I saw your post about the dog-walker training and would love to help at the next session if you need an extra pair of hands.',
      options: dm,
    },
    {
      text: "Hi Ana, I'm not looking for a job right now, but your post on pricing made me curious. How long do tests run?",
      options: dm,
    },
    { text: 'Hi Ana, your post said "never ask if they are hiring", and it helped me.', options: dm },
    {
      text: 'Hi Ana, you posted that your team is hiring and to message you with questions. Is the role remote?',
      options: dm,
    },
    {
      text: 'Hi Ana, your post on caching helped me. Would you be open to a 15-minute call about how your team tests?',
      options: dm,
    },
    { text: 'Hi Ana, is your company hiring? Thanks for the update on the new team.', options: followUp },
  ],
  invalid: [
    {
      text: 'Hi Ana, would there be a place for someone with my skills on your team?',
      options: note,
      at: 'would there be a place for someone with my skills on your team?',
      fix: 'would you be open to a 15-minute call about how you got into your role?',
    },
    {
      text: 'Out of curiosity, is your firm taking on any junior engineers this year?',
      options: email,
      at: 'Out of curiosity, is your firm taking on any junior engineers this year?',
      fix: 'Would you be open to a 15-minute call about how you got into your role?',
    },
    {
      text: 'Hi Ana, would your team have room for someone like me?',
      options: note,
      at: 'would your team have room for someone like me?',
      fix: 'would you be open to a 15-minute call about how you got into your role?',
    },
    {
      text: 'Hi Ana, do you know if there is anything open on your team right now?',
      options: dm,
      at: 'do you know if there is anything open on your team right now?',
      fix: 'would you be open to a 15-minute call about how you got into your role?',
    },
    {
      text: 'Hi Ana, is your team growing this year?',
      options: note,
      at: 'is your team growing this year?',
      fix: 'would you be open to a 15-minute call about how you got into your role?',
    },
    {
      text: 'Do you think someone like me could be a fit at your firm?',
      options: email,
      at: 'Do you think someone like me could be a fit at your firm?',
      fix: 'Would you be open to a 15-minute call about how you got into your role?',
    },
    {
      text: 'Hi Ana, I am seeking an entry-level mechanical engineering position.',
      options: email,
      at: 'I am seeking an entry-level mechanical engineering position.',
      fix: '',
    },
    {
      text: 'Hi Ana, are you hiring? I would love to join.',
      options: dm,
      at: 'are you hiring?',
      fix: 'would you be open to a 15-minute call about how you got into your role?',
    },
    {
      text: 'Hi Ana, please consider me for the analyst role.',
      options: dm,
      at: 'consider me for',
      fix: 'Ask about their work instead, e.g. "Would you be open to a 15-minute call about how your team approaches X?"',
    },
    {
      text: 'Hi Ana, could you get me an interview at Contoso?',
      options: dm,
      at: 'get me an interview',
      fix: 'Ask about their work instead, e.g. "Would you be open to a 15-minute call about how your team approaches X?"',
    },
    {
      text: 'Hi Ana, I want to work at Contoso, can you help me get in?',
      options: dm,
      at: 'I want to work at',
      fix: 'Ask about their work instead, e.g. "Would you be open to a 15-minute call about how your team approaches X?"',
    },
    {
      text: 'Hi Ana, I applied for the analyst role last week; are there any openings on your team too?',
      options: dm,
      at: 'I applied for the analyst role last week; are there any openings on your team too?',
      severity: 'info',
      fix: 'would you be open to a 15-minute call about how you got into your role?',
    },
  ],
});
