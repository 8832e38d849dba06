import { dm, testRule } from '../../../test/fixtures/rule-tester.js';
import { rule } from './reason-buried.js';

testRule(rule, {
  valid: [{ text: 'Hi Ana, your post on caching helped me. I am a developer. Could I ask one question?', options: dm }],
  invalid: [
    {
      text: 'Hi Ana, I am a developer. I work in Leeds. I build apps. I loved your post on caching. Could I ask a question?',
      options: dm,
      at: 'I loved your post on caching.',
      fix: 'Move this sentence to the top, right after the greeting.',
    },
  ],
});
