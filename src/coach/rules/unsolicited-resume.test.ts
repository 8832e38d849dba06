import { dm, email, followUp, testRule } from '../../../test/fixtures/rule-tester.js';
import { rule } from './unsolicited-resume.js';

testRule(rule, {
  valid: [
    { text: 'Hi Ana, happy to send my résumé if it would help. Could I ask one question?', options: dm },
    { text: 'Hi Ana, as your posting asked, my CV is attached.', options: email },
    { text: "Hi Ana, I'm not attaching my CV, just asking about your talk.", options: dm },
    { text: 'Hi Ana, as you asked, I have attached my resume.', options: dm },
  ],
  invalid: [
    {
      text: 'Hi Ana, please find attached my resume, transcript and three reference letters.',
      options: email,
      at: 'please find attached my resume, transcript and three reference letters.',
      fix: 'happy to send my résumé if it would help.',
    },
    {
      text: 'Here is my portfolio and CV. Do you like it?',
      options: dm,
      at: 'Here is my portfolio and CV.',
      fix: 'Happy to send my résumé if it would help.',
    },
    {
      text: 'Hello, I am sending you my CV in the attachment.',
      options: dm,
      at: 'I am sending you my CV in the attachment.',
      fix: 'happy to send my résumé if it would help.',
    },
    {
      text: 'Hi Ana, thanks for the call! I have attached my CV.',
      options: { ...dm, history: [{ direction: 'received', at: '2026-01-01T10:00:00Z' }] },
      at: 'I have attached my CV.',
      severity: 'warning',
      fix: 'Happy to send my résumé if it would help.',
    },
    {
      text: 'Hi Ana, I have attached my resume for you.',
      options: dm,
      at: 'I have attached my resume for you.',
      fix: 'happy to send my résumé if it would help.',
    },
    {
      text: 'Hi Ana, my CV is attached.',
      options: followUp,
      at: 'my CV is attached.',
      severity: 'warning',
      fix: 'happy to send my résumé if it would help.',
    },
  ],
});
