import sharp from 'sharp';

export type SamplePhotoKind = 'bar-outing' | 'neutral' | 'landscape';

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
};

/** A small JPEG of a made-up scene, the same bytes every run. */
export async function samplePhoto(kind: SamplePhotoKind): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480">${SCENES[kind]}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
}
