import { dm, testRule } from '../../../test/fixtures/rule-tester.js';
import { rule } from './all-caps.js';

testRule(rule, {
  valid: [{ text: 'Hi Ana, I studied at SFU (BBA) and work in QA.', options: dm }],
  invalid: [{ text: 'Hi Ana, PLEASE READ this.', options: dm, at: 'PLEASE READ', fix: 'Please read' }],
});
