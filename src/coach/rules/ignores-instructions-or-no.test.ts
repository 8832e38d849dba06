import { dm, testRule } from '../../../test/fixtures/rule-tester.js';
import { rule } from './ignores-instructions-or-no.js';

testRule(rule, {
  valid: [
    {
      text: 'Hi Ana, I applied through the portal as your post asked.',
      options: { ...dm, about: 'Apply via the portal. No DMs please.', kind: 'follow_up' },
    },
  ],
  invalid: [
    {
      text: 'Hi Ana, I know you said no DMs, but could I ask one question?',
      options: dm,
      at: 'I know you said no DMs, but could I ask one question',
      fix: 'Respect it: apply through the channel they named, or take the no and do not send this.',
    },
    {
      text: 'Hi Ana, could I ask about the analyst role?',
      options: { ...dm, about: 'Hiring analysts! Apply via the portal, no DMs.' },
      at: 'Hi Ana, could I ask about the analyst role?',
      fix: 'Follow their instructions (e.g. apply through the portal) instead of messaging.',
    },
  ],
});
