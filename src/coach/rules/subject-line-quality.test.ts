import { email, testRule } from '../../../test/fixtures/rule-tester.js';
import { rule } from './subject-line-quality.js';

testRule(rule, {
  valid: [{ text: 'Subject: Question about your caching talk\n\nHi Ana,', options: email }],
  invalid: [
    {
      text: 'Subject: Job\n\nHi Ana,',
      options: email,
      at: 'Job',
      fix: 'Say why you are writing in 3–6 words, e.g. "SFU alum - question about UX research".',
    },
    {
      text: 'Subject: Career question\n\nHi Ana,',
      options: email,
      at: 'Career question',
      fix: 'Name the specific reason, e.g. "Question about your floodplain mapping work".',
    },
    { text: 'Subject: RE: Caching\n\nHi Ana,', options: email, at: 'RE: ', fix: 'Drop "RE:".' },
    {
      text: 'Subject: A long subject line that keeps going on and on about many things\n\nHi Ana,',
      options: email,
      at: 'A long subject line that keeps going on and on about many things',
      fix: 'Cut it to the 3–6 words that say why you are writing.',
    },
  ],
});
