import { describe, expect, it } from 'vitest';
import { employerCriticismDetector } from './employer-criticism.js';
import { itemOf } from '../../../test/fixtures/items.js';
import { runTable } from '../../../test/fixtures/detector-table.js';

const context = { employers: ['Northwind Traders', 'Contoso Ltd'], allowlist: [] };

describe('text/employer-criticism', () => {
  runTable(
    employerCriticismDetector,
    'employer-criticism',
    {
      invalid: [
        { text: 'my boss is a clueless idiot', evidence: 'my boss', severity: 'high' },
        {
          text: 'Contoso management is a joke',
          evidence: 'Contoso',
          reason: /^Criticises Contoso, one of your employers/,
        },
        { text: 'Three years at Northwind. What a toxic place.', evidence: 'Northwind' },
        { text: 'I hate my job', evidence: 'hate', severity: 'high' },
        { text: 'my old manager was the worst', evidence: 'my old manager', severity: 'medium' },
        // "at work" with the author in the sentence is the author's own job
        { text: 'Everyone at work is useless and I have to fix it', evidence: 'at work', severity: 'high' },
        { text: 'ugh, another shit show at the office today, we are so done', evidence: 'at the office' },
        { text: 'People at work never listen to me', evidence: 'at work' },
        // without a word for people in general, a bare "at work" is still the author's day
        { text: 'Another Monday at work with the most clueless management on earth', evidence: 'at work' },
      ],
      valid: [
        'I love my job and my amazing team',
        'My boss is the best, so supportive',
        'Traffic was terrible on the way to work',
        "My friend's boss sounds awful",
        'Northwind has a great new product',
        "My manager isn't terrible at all",
        'Terrible referee, my team was robbed',
        // "at work" as a place in a remark on work in general
        "Hardly anyone stops working at work anymore, the old office hours don't respect weekends",
        'Nobody at work should have to answer mails at midnight, it is toxic',
        'Burnout at work is a nightmare for many people',
        "Hardly anyone switches off at work. So I think remote work doesn't respect the hours either.",
        '',
      ],
    },
    context,
  );

  it('does not read common words as the first word of an employer', () => {
    const ctx = { employers: ['Wide World Importers'], allowlist: [] };
    expect(employerCriticismDetector.detect(itemOf('the wide world is terrible today'), ctx)).toEqual([]);
    expect(employerCriticismDetector.detect(itemOf('Wide World Importers pays garbage'), ctx)).toHaveLength(1);
  });
});
