import { dm, testRule } from '../../../test/fixtures/rule-tester.js';
import { rule } from './self-centred.js';

testRule(rule, {
  valid: [{ text: 'Hi Ana, your post on caching helped me. Could you tell me how you test it?', options: dm }],
  invalid: [
    {
      text: 'Hi Ana, I am a passionate engineer.',
      options: dm,
      at: 'passionate',
      fix: 'Show it with one concrete fact instead, e.g. "I cut our report run time from 2 hours to 10 minutes".',
    },
    {
      text: 'I think I am good. I built my app. I know my stuff. I want my next role. I am ready.',
      options: dm,
      at: 'I think I am good. I built my app. I know my stuff. I want my next role. I am ready.',
      fix: 'Turn one "I" sentence into one about them: their work, their team, their question.',
    },
  ],
});
