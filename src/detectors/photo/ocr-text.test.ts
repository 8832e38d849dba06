import { describe, expect, it } from 'vitest';
import { TEXT_DETECTORS } from '../index.js';
import { itemOf } from '../../../test/fixtures/items.js';
import type { OcrLine } from './ocr.js';
import { OCR_RULE, detectImageText } from './ocr-text.js';

const context = { employers: [], allowlist: [] };
const line = (text: string, y: number): OcrLine => ({ text, score: 0.95, box: [0.1, y, 0.8, 0.05] });
const photo = itemOf('', { kind: 'photo' });

describe('detectImageText', () => {
  it.each([
    {
      name: 'a drunk chat',
      lines: [line('Jess', 0.1), line('so drunk rn cant feel my face', 0.3)],
      category: 'alcohol',
      box: 0.3,
    },
    {
      name: 'a boss insult in German',
      lines: [line('Mein Chef ist ein Vollidiot', 0.5)],
      category: 'employer-criticism',
      box: 0.5,
    },
    {
      name: 'a phone number',
      lines: [line('Dana', 0.1), line('his number is 415-555-0132, text him', 0.4)],
      category: 'personal-data',
      box: 0.4,
    },
  ])('$name → $category with the box of its line', ({ lines, category, box }) => {
    const found = detectImageText(lines, photo, 'photos/a.jpg', TEXT_DETECTORS, context);
    const hit = found.find((d) => d.category === category);
    expect(hit?.ruleId).toBe(OCR_RULE.id);
    expect(hit?.mediaPath).toBe('photos/a.jpg');
    expect(hit?.reason).toMatch(/^Text in the picture: /);
    expect(hit?.evidence).toEqual([]);
    expect((hit?.details?.boxes as number[][]).map((b) => b[1])).toEqual([box]);
  });

  it.each([
    { name: 'no lines', lines: [] },
    { name: 'a dinner plan', lines: [line('see you at 7 for dinner?', 0.2), line('yes! I will bring dessert', 0.4)] },
    { name: 'a street sign', lines: [line('Rue de la Gare', 0.3), line('Mairie', 0.5)] },
  ])('$name → nothing', ({ lines }) => {
    expect(detectImageText(lines, photo, 'photos/a.jpg', TEXT_DETECTORS, context)).toEqual([]);
  });

  it("judges the picture's words alone, not the post's caption", () => {
    const captioned = itemOf('got hammered last night', { kind: 'photo' });
    expect(detectImageText([line('Happy birthday mum!', 0.2)], captioned, 'a.jpg', TEXT_DETECTORS, context)).toEqual(
      [],
    );
  });
});
