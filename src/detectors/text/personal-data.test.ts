import { describe, expect, it } from 'vitest';
import { EMPTY_CONTEXT } from '../../core/detector.js';
import { itemOf } from '../../../test/fixtures/items.js';
import { personalDataDetector } from './personal-data.js';
import { runTable } from '../../../test/fixtures/detector-table.js';

describe('text/personal-data', () => {
  runTable(personalDataDetector, 'personal-data', {
    invalid: [
      {
        text: 'my ex lives at 415-555-0132, go annoy her',
        evidence: '415-555-0132',
        severity: 'medium',
        reason: /^Shows a phone/,
      },
      // a contact offered to be used is worth knowing, not an exposure: low
      { text: 'text me at 415-555-0132', evidence: '415-555-0132', severity: 'low' },
      {
        text: 'We do background checks. For further infomation contact d.ara@fosad-consulting.com or call 07088609858.',
        evidence: 'd.ara@fosad-consulting.com',
        severity: 'low',
      },
      {
        text: 'If you are interested, please mail me at s.kumar@gramener.com',
        evidence: 's.kumar@gramener.com',
        severity: 'low',
      },
      { text: 'The weekly call number is: 1-218-936-4141 + 778778#', evidence: '1-218-936-4141', severity: 'low' },
      { text: 'Für Rückfragen: Kontakt jan.berg@posteo.de, Tel. 0151 2345678', evidence: 'jan.berg@posteo.de' },
      { text: 'email me: jo.smith@mailbox.org', evidence: 'jo.smith@mailbox.org' },
      { text: 'write to maria.lopez@correo.es if you find my keys', evidence: 'maria.lopez@correo.es' },
      { text: 'info.smith@gmail.com is my private inbox', evidence: 'info.smith@gmail.com' },
      { text: 'Amex 3714 496353 98431 for the deposit', evidence: '3714 496353 98431', severity: 'high' },
      { text: 'we are hiring! my card is 4111 1111 1111 1111', evidence: '4111 1111 1111 1111', severity: 'high' },
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
      // role mailboxes and reserved example domains are nobody's private address
      'Questions? Write to info@bakery-mueller.de',
      'book a table: reservations@harbour-grill.com',
      'Send your CV to careers.uk@acme-logistics.co.uk',
      'the docs use ryan@example.com and test@mail.example',
      // the contact a job advert gives is there to be used
      'We are hiring a data analyst in Lagos. Send your CV to tunde.ade@brightpath-consult.com or call 08031234567',
      'Job opening: junior designer. Apply now via ana.ruiz@estudio-norte.es, +34 612 345 678',
      'Stellenangebot: Werkstudent (m/w/d), Bewerbung an k.huber@firma-huber.de',
      // not an address: a handle glued to a word, a template glued to Japanese text
      'if u gonna steal my stuff at least make it correct@alix.larrazabal',
      'utasのアカウント(共通ID@utac.u-tokyo.ac.jp)',
      // a number that passes Luhn by chance is not a card without a network prefix
      'order 13524145123534243 shipped',
      // "pint" is not a PIN
      'a pint of beer equals 2 glasses of wine',
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
