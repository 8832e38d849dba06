import { dm, testRule } from '../../../test/fixtures/rule-tester.js';
import { rule } from './reading-level.js';

testRule(rule, {
  valid: [
    {
      text: 'Hi Ana, I read your post on caching and tried the tip on my app. It cut load time in half. Could I ask how you pick cache keys?',
      options: dm,
    },
  ],
  invalid: [
    {
      text: 'Hi Ana, notwithstanding considerable organisational heterogeneity, comprehensive infrastructural modernisation necessitates multidisciplinary collaboration, institutional commitment and sophisticated methodological experimentation throughout implementation.',
      options: dm,
      at: 'Hi Ana, notwithstanding considerable organisational heterogeneity, comprehensive infrastructural modernisation necessitates multidisciplinary collaboration, institutional commitment and sophisticated methodological experimentation throughout implementation.',
      fix: 'Split the longest sentence in two and swap long words for short ones.',
    },
  ],
});
