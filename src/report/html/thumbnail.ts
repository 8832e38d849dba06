/** Only our own data: URLs of raster images; anything else (an SVG with a script, a remote URL) is dropped. */
const SAFE_THUMBNAIL = /^data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/=]+$/;

export const isSafeThumbnail = (value: unknown): value is string =>
  typeof value === 'string' && SAFE_THUMBNAIL.test(value);
