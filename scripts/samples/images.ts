import sharp from 'sharp';
import { PERSONA } from './persona.js';

/**
 * Sample photos for the importers' sample exports: small JPEGs of made-up scenes, the same bytes every run.
 * - `bar-outing`: two people with a bottle and a pint at a bar, with GPS EXIF at the sample bar (PERSONA.bar),
 *   so `photo/location` fires on a public post, and `photo/party` with a drinking caption.
 * - `home`: a living room with GPS EXIF at PERSONA.home; several of these in one export make the "looks like
 *   home" location rule fire.
 * - `neutral`, `landscape`: nothing to report, no EXIF.
 */
export type SamplePhotoKind = 'bar-outing' | 'neutral' | 'landscape' | 'home';

const SCENES: Record<SamplePhotoKind, string> = {
  'bar-outing': `<rect width="640" height="480" fill="#3b2412"/>
    <rect y="330" width="640" height="150" fill="#6b4423"/>
    <circle cx="200" cy="170" r="55" fill="#e0ac69"/><rect x="140" y="225" width="120" height="180" rx="40" fill="#1f4e79"/>
    <circle cx="430" cy="165" r="55" fill="#c68642"/><rect x="370" y="220" width="120" height="185" rx="40" fill="#7a1f1f"/>
    <rect x="285" y="250" width="28" height="80" rx="6" fill="#2e7d32"/><rect x="293" y="225" width="12" height="30" fill="#2e7d32"/>
    <rect x="330" y="270" width="36" height="60" rx="4" fill="#f9a825" opacity="0.85"/>`,
  neutral: `<rect width="640" height="480" fill="#f5f5f5"/>
    <rect x="120" y="120" width="400" height="260" rx="12" fill="#90a4ae"/>
    <rect x="150" y="150" width="340" height="200" fill="#263238"/>`,
  landscape: `<rect width="640" height="480" fill="#87ceeb"/>
    <polygon points="0,380 180,180 360,380" fill="#5d6d7e"/><polygon points="220,380 430,140 640,380" fill="#34495e"/>
    <rect y="380" width="640" height="100" fill="#27ae60"/>`,
  home: `<rect width="640" height="480" fill="#efe6d8"/>
    <rect y="360" width="640" height="120" fill="#a1887f"/>
    <rect x="80" y="250" width="300" height="120" rx="20" fill="#5c6bc0"/><rect x="440" y="90" width="140" height="110" fill="#81d4fa"/>
    <circle cx="520" cy="330" r="40" fill="#66bb6a"/>`,
};

/** Degrees as the EXIF rational triple "d/1 m/1 s/100". */
function dms(value: number): string {
  const abs = Math.abs(value);
  const degrees = Math.floor(abs);
  const minutes = Math.floor((abs - degrees) * 60);
  const seconds = Math.round(((abs - degrees) * 60 - minutes) * 60 * 100);
  return `${degrees}/1 ${minutes}/1 ${seconds}/100`;
}

function gpsExif(point: { latitude: number; longitude: number }, taken: string) {
  return {
    IFD0: { Make: 'Decorum', Model: 'Sample Camera' },
    IFD2: { DateTimeOriginal: taken },
    IFD3: {
      GPSLatitudeRef: point.latitude >= 0 ? 'N' : 'S',
      GPSLatitude: dms(point.latitude),
      GPSLongitudeRef: point.longitude >= 0 ? 'E' : 'W',
      GPSLongitude: dms(point.longitude),
    },
  };
}

/**
 * A small JPEG of a made-up scene, the same bytes every run. `variant` (default 0) makes another photo of the
 * same scene: for `home` it is taken a day later and a few metres away, so several make a believable home spot.
 */
export async function samplePhoto(kind: SamplePhotoKind, variant = 0): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480">${SCENES[kind]}${
    variant ? `<circle cx="${40 + ((variant * 53) % 560)}" cy="40" r="12" fill="#fff59d"/>` : ''
  }</svg>`;
  const image = sharp(Buffer.from(svg)).jpeg({ quality: 80 });
  const exif =
    kind === 'bar-outing'
      ? gpsExif(PERSONA.bar, '2025:11:14 22:45:00')
      : kind === 'home'
        ? gpsExif(
            { latitude: PERSONA.home.latitude + variant * 0.00004, longitude: PERSONA.home.longitude },
            `2025:10:${String(5 + (variant % 20)).padStart(2, '0')} 19:10:00`,
          )
        : undefined;
  return (exif ? image.withExif(exif) : image).toBuffer();
}
