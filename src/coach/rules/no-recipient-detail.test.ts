import { dm, note, testRule } from '../../../test/fixtures/rule-tester.js';
import { rule } from './no-recipient-detail.js';

testRule(rule, {
  valid: [
    {
      text: 'Hi Greta, your carousel on negotiating day rates was so practical. Would love to connect.',
      options: note,
    },
    { text: 'Hi Arjun, great meeting you at the Seattle DevOps meetup last night!', options: note },
    { text: 'Hi Sam, your thread on flaky tests saved my week. Do you retry in CI?', options: dm },
    { text: 'Hi Ray! Mom said the hardware store needs weekend help. Could I stop by?', options: dm },
    { text: 'Hi Ana, your post on caching helped me. Could I ask one question?', options: dm },
    { text: 'Hi Ana, Sam Lee mentioned you run the caching guild. Could I ask one question?', options: dm },
    {
      text: 'Hi Ana, could I ask how the Kestrel migration went?',
      options: { ...dm, about: 'Lead engineer on the Kestrel migration at Contoso.' },
    },
  ],
  invalid: [
    {
      text: 'Hi Ana, I am a developer. Could I ask you a question?',
      options: dm,
      at: 'Hi Ana',
      fix: 'Name one specific thing: their post or talk, a shared school or group, a mutual contact, e.g. "your post on X was…".',
    },
    {
      text: 'Hi Ana, I work in data. Could I ask a question?',
      options: { ...dm, about: 'Lead engineer on the Kestrel migration at Contoso.' },
      at: 'Hi Ana',
      fix: 'Name one specific thing: their post or talk, a shared school or group, a mutual contact, e.g. "your post on X was…".',
    },
    {
      text: "Hi Ana, I don't think we've met. Could I ask a question?",
      options: dm,
      at: 'Hi Ana',
      fix: 'Name one specific thing: their post or talk, a shared school or group, a mutual contact, e.g. "your post on X was…".',
    },
    {
      text: 'Hi Ana, I admire your work. Could I ask a question?',
      options: dm,
      at: 'Hi Ana',
      fix: 'Name one specific thing: their post or talk, a shared school or group, a mutual contact, e.g. "your post on X was…".',
    },
  ],
});
