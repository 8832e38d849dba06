import { dm, testRule } from '../../../test/fixtures/rule-tester.js';
import { rule } from './generic-greeting.js';

testRule(rule, {
  valid: [{ text: 'Hi Ana, quick question about your post.', options: dm }],
  invalid: [
    {
      text: 'To whom it may concern, I read your post.',
      options: dm,
      at: 'To whom it may concern',
      fix: 'Use their name: "Hi Dana," (find it on their profile or the posting).',
    },
    {
      text: 'Dear Sir/Madam, I read your post.',
      options: dm,
      at: 'Dear Sir/Madam',
      fix: 'Use their name: "Hi Dana," (find it on their profile or the posting).',
    },
    { text: 'Hi, I read your post.', options: { ...dm, recipientName: 'Ana Ruiz' }, at: 'Hi, ', fix: 'Hi Ana, ' },
  ],
});
