import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { samplePhoto } from '../../../test/fixtures/samples/images.js';
import { DETECT_SIZE, SkipImage, decodeImage, readExif, thumbnail } from './image.js';
import { badInputs, oddButValid, plainJpeg } from '../../../test/fixtures/images.js';

describe('decodeImage', () => {
  it('decodes a JPEG to a DETECT_SIZE² RGB square', async () => {
    const decoded = await decodeImage(await plainJpeg('#ff0000', 320, 240));
    expect([decoded.width, decoded.height, decoded.format]).toEqual([320, 240, 'jpeg']);
    expect(decoded.rgb?.length).toBe(DETECT_SIZE * DETECT_SIZE * 3);
    expect(decoded.rgb?.[0]).toBeGreaterThan(240); // red
    expect(decoded.rgb?.[1]).toBeLessThan(20);
  });

  it.each([
    ['zero-byte.jpg', /empty file/],
    ['not-an-image.jpg', /not an image/],
    ['truncated.jpg', /corrupt or truncated jpeg/],
    ['huge-100mp.png', /too large.*100 megapixels/],
  ])('skips %s with a named reason', async (name, reason) => {
    const bytes = (await badInputs())[name]!;
    await expect(decodeImage(bytes)).rejects.toThrow(SkipImage);
    await expect(decodeImage(bytes)).rejects.toThrow(reason);
  });

  it('reads a HEIC-looking file without crashing: skipped or noted, never decoded', async () => {
    const bytes = (await badInputs())['fake.heic']!;
    const result = await decodeImage(bytes).catch((error: unknown) => error);
    if (result instanceof SkipImage) expect(result.message).toMatch(/not an image|cannot be decoded|corrupt/);
    else expect(result).toMatchObject({ rgb: null });
  });

  it.each(['cmyk.jpg', 'animated.gif', 'grey-alpha.png', 'rotated.jpg', 'photo.avif'])(
    'decodes %s to sRGB',
    async (name) => {
      const decoded = await decodeImage((await oddButValid())[name]!);
      expect(decoded.rgb?.length).toBe(DETECT_SIZE * DETECT_SIZE * 3);
    },
  );

  it('decodes the first frame of an animation and reports one frame’s height', async () => {
    const decoded = await decodeImage((await oddButValid())['animated.gif']!);
    expect([decoded.width, decoded.height]).toEqual([64, 48]);
    expect(decoded.rgb?.[0]).toBeGreaterThan(200); // the first frame is red
    expect(decoded.rgb?.[2]).toBeLessThan(60);
  });
});

describe('readExif', () => {
  it('reads GPS and capture time from the sample bar photo', async () => {
    const exif = await readExif(await samplePhoto('bar-outing'));
    expect(exif.gps?.latitude).toBeCloseTo(47.61371, 4);
    expect(exif.gps?.longitude).toBeCloseTo(-122.34598, 4);
    expect(exif.takenAt).toMatch(/^2025-11-1[45]T/);
  });

  it('returns nothing for photos without EXIF and for garbage', async () => {
    expect(await readExif(await samplePhoto('neutral'))).toEqual({});
    for (const bytes of Object.values(await badInputs())) expect(await readExif(bytes)).toEqual({});
  });
});

describe('thumbnail', () => {
  it('makes a ≤160 px JPEG data URI', async () => {
    const uri = await thumbnail(await samplePhoto('bar-outing'));
    expect(uri).toMatch(/^data:image\/jpeg;base64,/);
    const meta = await sharp(Buffer.from(uri!.split(',')[1]!, 'base64')).metadata();
    expect(Math.max(meta.width!, meta.height!)).toBe(160);
  });

  it('gives undefined for an undecodable file', async () => {
    expect(await thumbnail(Buffer.from('nope'))).toBeUndefined();
  });
});
