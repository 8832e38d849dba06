import exifr from 'exifr';
import sharp from 'sharp';
import type { GeoPoint } from '../../core/item.js';

/** Side of the square RGB the object detector sees; nsfw gets a 224 px version of it. */
export const DETECT_SIZE = 320;
/** Larger images are skipped from their header alone (a 100 MP panorama would need ~300 MB decoded). */
export const MAX_PIXELS = 60_000_000;
/** Larger files are not read at all. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
export const THUMBNAIL_SIZE = 160;

/** Formats sharp decodes here (prebuilt libvips: no HEVC, so no HEIC). */
const DECODABLE = new Set(['jpeg', 'png', 'webp', 'gif', 'tiff']);

export class SkipImage extends Error {}

export interface DecodedImage {
  width: number;
  height: number;
  format: string;
  /** size × size × 3 bytes of sRGB, the whole frame squeezed to a square. */
  rgb: Uint8Array | null;
  note?: string;
}

const sharpOptions = { limitInputPixels: MAX_PIXELS, failOn: 'error', sequentialRead: true } as const;

/**
 * Checks the header (format, pixel count) before decoding, then decodes the first frame to a small square.
 * Throws `SkipImage` with a plain reason for anything it will not look at.
 */
export async function decodeImage(bytes: Uint8Array, size = DETECT_SIZE): Promise<DecodedImage> {
  if (bytes.length === 0) throw new SkipImage('empty file (0 bytes)');
  let meta: sharp.Metadata;
  try {
    meta = await sharp(bytes, { ...sharpOptions, limitInputPixels: false }).metadata();
  } catch {
    throw new SkipImage('not an image Decorum can read (unknown or corrupt format)');
  }
  const format = meta.format ?? 'unknown';
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  if (!width || !height) throw new SkipImage(`${format} image without a size (corrupt header)`);
  const pageHeight = meta.pageHeight ?? height;
  if (width * pageHeight > MAX_PIXELS)
    throw new SkipImage(`image too large to analyse (${Math.round((width * pageHeight) / 1e6)} megapixels)`);
  // sharp calls both HEIC and AVIF "heif": only the AV1 kind decodes with the prebuilt libvips.
  const decodable = DECODABLE.has(format) || (format === 'heif' && meta.compression === 'av1');
  if (!decodable) {
    const name = format === 'heif' ? 'HEIC' : format.toUpperCase();
    return { width, height, format, rgb: null, note: `${name} images cannot be decoded here` };
  }
  try {
    const { data, info } = await sharp(bytes, { ...sharpOptions, pages: 1 })
      .rotate()
      .resize(size, size, { fit: 'fill' })
      .removeAlpha()
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
    if (info.channels !== 3 || data.length !== size * size * 3)
      throw new SkipImage(`unexpected pixel layout (${info.channels} channels)`);
    return { width, height: pageHeight, format, rgb: new Uint8Array(data.buffer, data.byteOffset, data.length) };
  } catch (error) {
    if (error instanceof SkipImage) throw error;
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new SkipImage(`corrupt or truncated ${format} image (${detail})`);
  }
}

/** GPS and capture time from the file's EXIF; nothing when there is none or it is unreadable. */
export async function readExif(bytes: Uint8Array): Promise<{ gps?: GeoPoint; takenAt?: string }> {
  if (bytes.length < 12) return {};
  try {
    const tags = (await exifr.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), {
      tiff: true,
      exif: true,
      gps: true,
      xmp: false,
      icc: false,
      iptc: false,
      jfif: false,
      ihdr: false,
    })) as Record<string, unknown> | undefined;
    if (!tags) return {};
    const out: { gps?: GeoPoint; takenAt?: string } = {};
    const { latitude, longitude } = tags;
    if (
      typeof latitude === 'number' &&
      typeof longitude === 'number' &&
      Number.isFinite(latitude) &&
      Number.isFinite(longitude) &&
      Math.abs(latitude) <= 90 &&
      Math.abs(longitude) <= 180 &&
      !(latitude === 0 && longitude === 0)
    )
      out.gps = { latitude, longitude };
    const taken = tags.DateTimeOriginal;
    if (taken instanceof Date && !Number.isNaN(taken.getTime())) out.takenAt = taken.toISOString();
    return out;
  } catch {
    return {};
  }
}

/** A small JPEG data URI for the report, or undefined when the image cannot be decoded. */
export async function thumbnail(bytes: Uint8Array): Promise<string | undefined> {
  try {
    const jpeg = await sharp(bytes, { ...sharpOptions, pages: 1 })
      .rotate()
      .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .jpeg({ quality: 70 })
      .toBuffer();
    return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
  } catch {
    return undefined;
  }
}
