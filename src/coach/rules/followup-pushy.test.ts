import { dm, followUp, testRule } from '../../../test/fixtures/rule-tester.js';
import { rule } from './followup-pushy.js';

testRule(rule, {
  valid: [
    {
      text: 'Hi Ana, it has been a week, so one gentle nudge on my caching question. No worries if now is busy.',
      options: followUp,
    },
    { text: 'Hi Ana, your talk said "never write that you are still waiting", which I took to heart.', options: dm },
    { text: 'Hi Ana, let me know if you are free this week for 15 minutes.', options: dm },
    { text: 'Hi Ana, I know things get busy; if now is not a good time, no worries.', options: followUp },
  ],
  invalid: [
    {
      text: 'Hi Ana, still waiting on a reply from two days ago. Not very professional.',
      options: followUp,
      at: 'still waiting on a reply from two days ago.',
      fix: "I know things get busy, so if now isn't a good time, no worries at all.",
    },
    {
      text: 'I called your office and I would appreciate the courtesy of a response.',
      options: followUp,
      at: 'I called your office and I would appreciate the courtesy of a response.',
      fix: "I know things get busy, so if now isn't a good time, no worries at all.",
    },
    {
      text: 'I see you have been active on LinkedIn all week.',
      options: followUp,
      at: 'I see you have been active on LinkedIn all week.',
      fix: "I know things get busy, so if now isn't a good time, no worries at all.",
    },
    {
      text: 'I need to know by end of day whether you will refer me.',
      options: followUp,
      at: 'I need to know by end of day whether you will refer me.',
      fix: 'Whenever you have a moment, I would be grateful for your thoughts.',
    },
    {
      text: 'Hi Ana, I have other offers, so you will need to move fast. Are you hiring?',
      options: dm,
      at: 'I have other offers, so you will need to move fast.',
      fix: '',
    },
    {
      text: "Hi Ana, I still haven't heard back.",
      options: followUp,
      at: "I still haven't heard back.",
      fix: "I know things get busy, so if now isn't a good time, no worries at all.",
    },
    {
      text: 'I saw you read my message.',
      options: followUp,
      at: 'I saw you read my message.',
      fix: "I know things get busy, so if now isn't a good time, no worries at all.",
    },
    {
      text: 'Please reply today.',
      options: followUp,
      at: 'Please reply today.',
      fix: 'Whenever you have a moment, I would be grateful for your thoughts.',
    },
  ],
});
