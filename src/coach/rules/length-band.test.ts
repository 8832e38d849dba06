import { dm, email, note, testRule, words } from '../../../test/fixtures/rule-tester.js';
import { rule } from './length-band.js';

testRule(rule, {
  valid: [
    { text: 'Hi Ana, your caching talk at DevDays helped my team. I would like to connect.', options: note },
    { text: 'Hi Ana, loved your post on caching. Could I ask one question about cache keys?', options: dm },
  ],
  invalid: [
    {
      text: 'Hi Ana, I saw your talk. I work on caching. I have questions. Would you connect?',
      options: note,
      at: 'I have questions. Would you connect?',
      fix: 'Keep who you are plus the specific reason to connect; save the rest for after they accept.',
    },
    {
      text: `Hi Ana, ${'your post on caching was useful. '.repeat(15)}`,
      options: dm,
      at: 'ul. your post on caching was useful. your post on caching was useful. your post on caching was useful.',
      fix: 'Trim to the specific reason you are writing and one question.',
    },
    {
      text: `Subject: Caching question\n\nHi Ana, ${words(140)}`,
      options: email,
      at: 'works well for the people who use. it every day we ship the data to our team.',
      fix: 'Cut to who you are, the one specific reason you are writing to them, and one small ask.',
    },
    {
      text: 'Subject: Question\n\nHi Ana, I would like to know more about your field.\n\nBest,\nSam',
      options: email,
      at: 'Hi Ana, I would like to know more about your field.\n\nBest,\nSam',
      severity: 'info',
      fix: 'Add one or two sentences: who you are, why them in particular, and what you would like.',
    },
  ],
});
