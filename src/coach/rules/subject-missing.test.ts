import { email, testRule } from '../../../test/fixtures/rule-tester.js';
import { rule } from './subject-missing.js';

testRule(rule, {
  valid: [{ text: 'Subject: Question about your caching talk\n\nHi Ana, could I ask one question?', options: email }],
  invalid: [
    {
      text: 'Hi Ana, could I ask one question?',
      options: email,
      at: 'Hi Ana, could I ask one question?',
      fix: 'Start with a short, specific subject, e.g. "Subject: SFU alum - question about hydrology consulting".',
    },
  ],
});
