import { describe, expect, it } from 'vitest';
import { EMPTY_CONTEXT } from '../../core/detector.js';
import { itemOf } from './fixtures.js';
import { personalDataDetector } from './personal-data.js';
import { runTable } from './table.js';

describe('text/personal-data', () => {
  runTable(personalDataDetector, 'personal-data', {
    invalid: [
      { text: 'text me at 415-555-0132', evidence: '415-555-0132', severity: 'medium', reason: /^Shows a phone/ },
      { text: 'email me: jo.smith@example.org', evidence: 'jo.smith@example.org' },
      { text: 'party at 1423 Maple Street tonight', evidence: '1423 Maple Street' },
      { text: 'born on 03/14/1992', evidence: '03/14/1992' },
      { text: 'my SSN is 123-45-6789', evidence: '123-45-6789', severity: 'high' },
      { text: 'card 4111 1111 1111 1111 for the order', evidence: '4111 1111 1111 1111', severity: 'high' },
      { text: 'call me on 07700 900 456', evidence: '07700 900 456' },
    ],
    valid: [
      'Call 911 in an emergency',
      'Customer line 1-800-555-1212',
      'Happy birthday to me!',
      'Meeting on 03/14/2025 at 10am',
      'Order #123456789 has not shipped',
      'Version 2.14.3 released',
      'card 1234 5678 9012 3456 fails the Luhn check',
      '',
    ],
  });

  it('is low severity in private messages and profiles', () => {
    const [hit] = personalDataDetector.detect(
      itemOf('415-555-0132', { kind: 'message', audience: 'private' }),
      EMPTY_CONTEXT,
    );
    expect(hit?.severity).toBe('low');
  });
});
