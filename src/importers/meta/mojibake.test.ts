import { describe, expect, it } from 'vitest';
import { metaJson } from '../../../test/fixtures/samples/facebook.js';
import { repairDeep, repairMojibake } from './mojibake.js';

/** What JSON.parse gives for text as Meta writes it. */
const asMetaParses = (text: string): string => JSON.parse(metaJson(text)) as string;

describe('mojibake repair', () => {
  it.each(['Zoë Ångström', '李伟', '😂', 'Sam O’Neil', 'Dmitri Волков', 'naïve café — “quoted” 🍻🇸🇪', 'plain ascii'])(
    'restores %s from Meta’s byte-per-escape JSON',
    (text) => {
      const broken = asMetaParses(text);
      if (text !== 'plain ascii') expect(broken).not.toBe(text);
      expect(repairMojibake(broken)).toBe(text);
    },
  );

  it('shows the broken form real exports have ("Ã©" for "é")', () => {
    expect(asMetaParses('café')).toBe('cafÃ©');
  });

  it.each(['café', 'Zoë Ångström', 'Malmö', 'naïve résumé', '¿Qué tal?', 'über', '£5 or €5', 'Ø'])(
    'leaves correctly written text alone: %s',
    (text) => {
      expect(repairMojibake(text)).toBe(text);
    },
  );

  it('is idempotent: repairing twice changes nothing more', () => {
    const once = repairMojibake(asMetaParses('Zoë 😂 李伟'));
    expect(repairMojibake(once)).toBe(once);
  });

  it('repairs strings and keys at every depth and leaves other values as they are', () => {
    const parsed = JSON.parse(
      metaJson({ Kommentar: 'schön', Propriétaire: ['Zoë', { deep: '😂', n: 3, ok: true, none: null }] }),
    ) as unknown;
    expect(repairDeep(parsed)).toEqual({
      Kommentar: 'schön',
      Propriétaire: ['Zoë', { deep: '😂', n: 3, ok: true, none: null }],
    });
  });

  it('repairs a value nested 100,000 levels deep without overflowing the stack', () => {
    const root: unknown[] = [];
    let level = root;
    for (let i = 0; i < 100_000; i++) {
      const next: unknown[] = [];
      level.push(next);
      level = next;
    }
    level.push('Zo\u00c3\u00ab', { 'cl\u00c3\u00a9': 'caf\u00c3\u00a9' });
    expect(() => repairDeep(root)).not.toThrow();
    expect(level).toEqual(['Zoë', { clé: 'café' }]);
  });
});
