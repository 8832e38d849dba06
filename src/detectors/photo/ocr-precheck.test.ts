import { describe, expect, it } from 'vitest';
import { PRECHECK, precheckOcr } from './ocr-precheck.js';

/** A grey thumbnail `PRECHECK.width` wide: `draw(x, y)` gives each pixel. */
function thumb(height: number, draw: (x: number, y: number) => number): Uint8Array {
  const grey = new Uint8Array(PRECHECK.width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < PRECHECK.width; x++) grey[y * PRECHECK.width + x] = draw(x, y);
  return grey;
}

// Dark strokes 2 px wide every 6 px on lines 10 px high, with 10 px of paper between lines: printed text.
const printed = (x: number, y: number) => (y % 20 < 10 && x % 6 < 2 ? 20 : 235);
const flat = () => 128;
// A smooth gradient (sky, skin): no step reaches the stroke threshold.
const gradient = (x: number) => Math.round((x / PRECHECK.width) * 255);

describe('precheckOcr', () => {
  it.each([
    { name: 'printed lines', grey: thumb(200, printed), height: 200, format: 'jpeg', read: true, reason: 'text-edges' },
    {
      name: 'a flat colour',
      grey: thumb(200, flat),
      height: 200,
      format: 'jpeg',
      read: false,
      reason: 'no-text-likely',
    },
    {
      name: 'a gradient',
      grey: thumb(200, gradient),
      height: 200,
      format: 'jpeg',
      read: false,
      reason: 'no-text-likely',
    },
    // A tall lossless image is a phone screenshot, read even when its text is too small to show in the thumbnail.
    { name: 'a tall PNG', grey: thumb(700, flat), height: 700, format: 'png', read: true, reason: 'screenshot' },
    { name: 'a tall JPEG', grey: thumb(700, flat), height: 700, format: 'jpeg', read: false, reason: 'no-text-likely' },
    {
      name: 'an empty image',
      grey: new Uint8Array(0),
      height: 0,
      format: 'png',
      read: false,
      reason: 'no-text-likely',
    },
  ])('$name → $reason', ({ grey, height, format, read, reason }) => {
    const check = precheckOcr(grey, PRECHECK.width, height, format);
    expect(check.read).toBe(read);
    expect(check.reason).toBe(reason);
  });

  it('measures how much of the image crosses text', () => {
    const check = precheckOcr(thumb(200, printed), PRECHECK.width, 200, 'jpeg');
    expect(check.textRows).toBeCloseTo(0.5, 2);
    expect(check.edgeDensity).toBeCloseTo(1 / 6, 2);
  });
});
