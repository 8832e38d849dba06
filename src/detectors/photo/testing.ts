import sharp from 'sharp';

/**
 * Generated images for the photo tests: bad inputs of every kind the analyzer must survive, made in memory so
 * the repo ships no binary fixtures for them.
 */
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

export const plainJpeg = (colour = '#778899', width = 320, height = 240): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background: colour } })
    .jpeg()
    .toBuffer();

/** A valid PNG whose header claims `width`×`height` (the pixel data is a 1×1 image's). */
export async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const png = Buffer.from(
    await sharp({ create: { width: 1, height: 1, channels: 3, background: '#000' } })
      .png()
      .toBuffer(),
  );
  // Signature (8) | IHDR length (4) | "IHDR" (4) | width (4) | height (4) | … | CRC over type+data.
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

export async function badInputs(): Promise<Record<string, Buffer>> {
  const jpeg = await plainJpeg('#336699', 640, 480);
  return {
    'zero-byte.jpg': Buffer.alloc(0),
    'not-an-image.jpg': Buffer.from('this is a text file with a .jpg name, not an image'),
    'truncated.jpg': jpeg.subarray(0, Math.floor(jpeg.length / 2)),
    'huge-100mp.png': await pngClaiming(10_000, 10_000),
    'fake.heic': Buffer.concat([
      Buffer.from([0, 0, 0, 0x18]),
      Buffer.from('ftypheic\0\0\0\0mif1heic'),
      Buffer.alloc(64, 7),
    ]),
  };
}

/** Inputs that are odd but valid: analysed, not skipped. */
export async function oddButValid(): Promise<Record<string, Buffer>> {
  const frame = (background: string) => ({ create: { width: 64, height: 48, channels: 3 as const, background } });
  return {
    'cmyk.jpg': await sharp(frame('#aa3322')).toColourspace('cmyk').jpeg().toBuffer(),
    'animated.gif': await sharp(
      [await sharp(frame('#ff0000')).png().toBuffer(), await sharp(frame('#0000ff')).png().toBuffer()],
      { join: { animated: true } },
    )
      .gif()
      .toBuffer(),
    'grey-alpha.png': await sharp(frame('#808080')).greyscale().ensureAlpha(0.5).png().toBuffer(),
    'photo.avif': await sharp(frame('#3366cc')).avif({ effort: 0 }).toBuffer(),
    'rotated.jpg': await sharp(frame('#00aa00')).jpeg().withMetadata({ orientation: 6 }).toBuffer(),
  };
}
