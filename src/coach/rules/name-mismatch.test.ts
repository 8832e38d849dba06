import { dm, testRule } from '../../../test/fixtures/rule-tester.js';
import { rule } from './name-mismatch.js';

testRule(rule, {
  valid: [
    { text: 'Hi Ana, quick question.', options: { ...dm, recipientName: 'Ana Ruiz' } },
    { text: 'Dear Dr. Ruiz, quick question.', options: { ...dm, recipientName: 'Ana Ruiz' } },
  ],
  invalid: [
    { text: 'Hi Maria, quick question.', options: { ...dm, recipientName: 'Ana Ruiz' }, at: 'Maria', fix: 'Ana' },
  ],
});
