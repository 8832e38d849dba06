import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import type { OcrLabel } from './labels.js';

/**
 * `npx tsx scripts/ocr/make-images.ts`: draws the generated half of the OCR evaluation set (eval-data/ocr/generated)
 * and its labels: chat screenshots, post screenshots, memes and signs over the licensed photos in eval-data/ocr/real,
 * and text cards. Text is SVG rendered by sharp (librsvg) in DejaVu Sans (Debian fonts-dejavu-core), so the same
 * machine gives the same bytes. Labels say what the image reads and whether the text layer should flag it.
 */
const ROOT = fileURLToPath(new URL('../../eval-data/ocr/', import.meta.url));
const REAL = join(ROOT, 'real');
const OUT = join(ROOT, 'generated');

type Message = { me: boolean; text: string };
type Spec = { file: string; risky: boolean; lang: string; kind: OcrLabel['kind'] } & (
  | { draw: 'chat'; contact: string; messages: Message[]; dark?: boolean }
  | { draw: 'post'; author: string; handle: string; text: string; dark?: boolean }
  | { draw: 'meme'; photo: string; top: string; bottom: string }
  | { draw: 'sign'; photo: string; lines: string[]; board: string; ink: string; tilt: number }
  | { draw: 'card'; text: string; background: string; ink: string }
);

const SPECS: Spec[] = [
  // Chat screenshots.
  chat('chat-en-drunk', true, 'en', 'Jess', [
    { me: false, text: 'where are you guys??' },
    { me: true, text: 'so drunk rn cant feel my face lol' },
    { me: true, text: 'calling in sick tomorrow, hungover af' },
  ]),
  chat('chat-en-boss', true, 'en', 'Sam (work)', [
    { me: false, text: 'did you see the new rota' },
    { me: true, text: 'my boss is a fucking idiot I swear' },
    { me: false, text: 'haha same' },
  ]),
  chat(
    'chat-en-phone',
    true,
    'en',
    'Dana',
    [
      { me: false, text: 'whats the number of the new guy' },
      { me: true, text: 'his number is 415-555-0132, text him after work' },
    ],
    true,
  ),
  chat('chat-en-shit', true, 'en', 'Team lunch', [
    { me: true, text: 'this meeting is total bullshit' },
    { me: false, text: 'lol who scheduled it' },
    { me: true, text: 'fuck this, I am going home' },
  ]),
  chat('chat-en-dinner', false, 'en', 'Mum', [
    { me: false, text: 'see you at 7 for dinner?' },
    { me: true, text: 'yes! I will bring dessert' },
    { me: false, text: 'lovely, drive safe' },
  ]),
  chat(
    'chat-en-project',
    false,
    'en',
    'Priya',
    [
      { me: true, text: 'the slides are ready for Monday' },
      { me: false, text: 'great work, thanks for staying on it' },
    ],
    true,
  ),
  chat('chat-en-run', false, 'en', 'Running club', [
    { me: false, text: 'park run on Saturday at nine' },
    { me: true, text: 'count me in, I need the training' },
  ]),
  chat('chat-de-drunk', true, 'de', 'Lena', [
    { me: false, text: 'wo bist du?' },
    { me: true, text: 'bin so besoffen, morgen meld ich mich krank' },
  ]),
  chat('chat-de-boss', true, 'de', 'Jonas', [
    { me: true, text: 'Mein Chef ist ein Vollidiot, scheiß Firma' },
    { me: false, text: 'oh nein, was war los?' },
  ]),
  chat('chat-de-harmless', false, 'de', 'Oma', [
    { me: false, text: 'Kommst du am Sonntag zum Kaffee?' },
    { me: true, text: 'Ja gerne, ich bringe Kuchen mit' },
  ]),
  chat(
    'chat-es-drunk',
    true,
    'es',
    'Carlos',
    [
      { me: true, text: 'estoy borracho otra vez jaja' },
      { me: true, text: 'mañana no voy al curro, resaca total' },
    ],
    true,
  ),
  chat('chat-es-boss', true, 'es', 'Marta', [
    { me: false, text: '¿qué tal el trabajo?' },
    { me: true, text: 'mi jefe es un gilipollas de mierda' },
  ]),
  chat('chat-es-harmless', false, 'es', 'Lucía', [
    { me: false, text: '¿quedamos el viernes para cenar?' },
    { me: true, text: 'vale, a las nueve en la plaza' },
  ]),
  chat('chat-fr-drunk', true, 'fr', 'Julien', [
    { me: true, text: 'je suis complètement bourré ce soir' },
    { me: false, text: 'rentre bien !' },
  ]),
  chat('chat-fr-boss', true, 'fr', 'Camille', [
    { me: true, text: 'mon patron est un connard, putain' },
    { me: false, text: 'courage, plus que deux jours' },
  ]),
  chat('chat-fr-harmless', false, 'fr', 'Papa', [
    { me: false, text: 'Tu passes dimanche pour le déjeuner ?' },
    { me: true, text: 'Oui, je viens avec les enfants' },
  ]),
  // Post screenshots.
  post('post-en-boss', true, 'en', 'Alex Doe', '@alexd', 'I hate my boss. Worst manager ever, total moron.'),
  post(
    'post-en-sick',
    true,
    'en',
    'Alex Doe',
    '@alexd',
    'Called in sick so I could go to the beach. Nobody at work will ever know lol',
    true,
  ),
  post('post-en-weed', true, 'en', 'Chris P', '@chrisp', 'smoked so much weed last night, still high at my desk'),
  post(
    'post-en-harmless',
    false,
    'en',
    'Alex Doe',
    '@alexd',
    'Proud to share that our team shipped the new app today!',
  ),
  post(
    'post-en-harmless2',
    false,
    'en',
    'Chris P',
    '@chrisp',
    'Lovely walk along the river this morning. Autumn colours are amazing.',
    true,
  ),
  post('post-de-boss', true, 'de', 'Max M.', '@maxm', 'Die Firma ist scheiße und mein Chef ein Arschloch.'),
  post('post-de-harmless', false, 'de', 'Max M.', '@maxm', 'Heute habe ich mein erstes Brot gebacken. Sehr lecker!'),
  post('post-es-harmless', false, 'es', 'Ana G.', '@anag', 'Hoy empiezo mi nuevo trabajo. ¡Qué ilusión!'),
  post('post-es-risky', true, 'es', 'Ana G.', '@anag', 'Qué puta mierda de empresa, odio a mi jefe'),
  post('post-fr-harmless', false, 'fr', 'Léa B.', '@leab', 'Belle journée au marché avec les amis, quel soleil !'),
  post('post-fr-risky', true, 'fr', 'Léa B.', '@leab', 'Encore une gueule de bois, trop bu hier soir à la fête'),
  // Memes: a caption over a photo.
  meme('meme-en-boss', true, 'en', 'skimage-chelsea.jpg', 'when the boss asks for overtime', 'fuck this shit'),
  meme('meme-en-drunk', true, 'en', 'skimage-coffee.jpg', 'me after ten beers', 'still drunk at work'),
  meme('meme-en-idiot', true, 'en', 'skimage-astronaut.jpg', 'my manager is an idiot', 'and everyone knows it'),
  meme('meme-en-coffee', false, 'en', 'skimage-coffee.jpg', 'monday morning', 'but first coffee'),
  meme('meme-en-cat', false, 'en', 'skimage-chelsea.jpg', 'when you hear the can opener', 'from three rooms away'),
  meme('meme-en-space', false, 'en', 'skimage-rocket.jpg', 'to the moon', 'and back before lunch'),
  meme('meme-de-risky', true, 'de', 'skimage-camera.jpg', 'wenn der chef', 'ein totaler vollidiot ist'),
  meme('meme-de-harmless', false, 'de', 'skimage-rocket.jpg', 'endlich freitag', 'schönes wochenende'),
  meme('meme-es-risky', true, 'es', 'skimage-astronaut.jpg', 'mi jefe', 'es un gilipollas'),
  meme('meme-es-harmless', false, 'es', 'skimage-chelsea.jpg', 'cuando llega el lunes', 'y quieres dormir'),
  meme('meme-fr-risky', true, 'fr', 'skimage-camera.jpg', 'mon patron', 'quel connard'),
  meme('meme-fr-harmless', false, 'fr', 'skimage-coffee.jpg', 'le café du matin', 'avant tout'),
  // Signs and T-shirt-like boards over real textures.
  sign('sign-en-open', false, 'en', 'skimage-brick.jpg', ['OPEN', 'Mon-Fri 9-5'], '#1b5e20', '#ffffff', -4),
  sign('sign-en-exit', false, 'en', 'skimage-gravel.jpg', ['EMERGENCY EXIT', 'keep clear'], '#2e7d32', '#ffffff', 3),
  sign('sign-en-protest', true, 'en', 'skimage-brick.jpg', ['FUCK', 'THE BOSS'], '#fafafa', '#111111', 6),
  sign(
    'sign-de-bier',
    true,
    'de',
    'skimage-grass.jpg',
    ['Heute wird gesoffen', 'bis zum Umfallen'],
    '#fff59d',
    '#3e2723',
    -3,
  ),
  sign('sign-de-street', false, 'de', 'skimage-brick.jpg', ['Hauptstraße', 'Bahnhof 300 m'], '#0d47a1', '#ffffff', 2),
  sign('sign-es-salida', false, 'es', 'skimage-gravel.jpg', ['SALIDA', 'Aparcamiento'], '#1565c0', '#ffffff', -2),
  sign('sign-fr-rue', false, 'fr', 'skimage-brick.jpg', ['Rue de la Gare', 'Mairie'], '#0d47a1', '#ffffff', 4),
  // Text cards (quote posts).
  card('card-en-quote', false, 'en', 'Be kind to yourself today. Small steps still count.', '#ffe0b2', '#4e342e'),
  card('card-en-risky', true, 'en', 'Work sucks. Get wasted every weekend.', '#263238', '#ffffff'),
  card('card-de-quote', false, 'de', 'Jeder Tag ist ein neuer Anfang.', '#c8e6c9', '#1b5e20'),
  card('card-es-risky', true, 'es', 'Mi jefe es un imbécil y todos lo saben', '#311b92', '#ffffff'),
  card('card-fr-quote', false, 'fr', 'La vie est belle quand on la partage.', '#bbdefb', '#0d47a1'),
];

function chat(file: string, risky: boolean, lang: string, contact: string, messages: Message[], dark = false): Spec {
  return { file, risky, lang, kind: 'chat', draw: 'chat', contact, messages, dark };
}
function post(file: string, risky: boolean, lang: string, author: string, handle: string, text: string, dark = false) {
  return { file, risky, lang, kind: 'post', draw: 'post', author, handle, text, dark } satisfies Spec;
}
function meme(file: string, risky: boolean, lang: string, photo: string, top: string, bottom: string): Spec {
  return { file, risky, lang, kind: 'meme', draw: 'meme', photo, top, bottom };
}
function sign(
  file: string,
  risky: boolean,
  lang: string,
  photo: string,
  lines: string[],
  board: string,
  ink: string,
  tilt: number,
): Spec {
  return { file, risky, lang, kind: 'sign', draw: 'sign', photo, lines, board, ink, tilt };
}
function card(file: string, risky: boolean, lang: string, text: string, background: string, ink: string): Spec {
  return { file, risky, lang, kind: 'card', draw: 'card', text, background, ink };
}

const FONT = 'DejaVu Sans';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Greedy word wrap at an average advance in em (DejaVu Sans: 0.56 for mixed case, 0.72 for bold capitals). */
function wrap(text: string, fontSize: number, width: number, advance = 0.56): string[] {
  const perLine = Math.max(4, Math.floor(width / (fontSize * advance)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && (line + ' ' + word).length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function textLines(lines: string[], x: number, y: number, size: number, attrs: string): string {
  return lines
    .map((line, i) => `<text x="${x}" y="${y + i * size * 1.3}" font-size="${size}" ${attrs}>${escapeXml(line)}</text>`)
    .join('');
}

/** A phone chat screenshot, 390 × 844 points at 1.5× (585 × 1266 px), like a shared screenshot. */
function chatSvg(spec: Extract<Spec, { draw: 'chat' }>): string {
  const [w, h] = [585, 1266];
  const bg = spec.dark ? '#0b141a' : '#efeae2';
  const ink = spec.dark ? '#e9edef' : '#111b21';
  const parts = [
    `<rect width="${w}" height="${h}" fill="${bg}"/>`,
    `<rect width="${w}" height="150" fill="${spec.dark ? '#202c33' : '#008069'}"/>`,
    `<text x="30" y="40" font-size="22" fill="#ffffff" font-family="${FONT}">9:41</text>`,
    `<circle cx="70" cy="105" r="28" fill="#9e9e9e"/>`,
    `<text x="115" y="115" font-size="30" fill="#ffffff" font-family="${FONT}" font-weight="bold">${escapeXml(spec.contact)}</text>`,
  ];
  let y = 200;
  for (const message of spec.messages) {
    const size = 27;
    const lines = wrap(message.text, size, 380);
    const boxW = Math.min(440, Math.max(...lines.map((l) => l.length)) * size * 0.56 + 40);
    const boxH = lines.length * size * 1.3 + 40;
    const x = message.me ? w - boxW - 24 : 24;
    const fill = message.me ? (spec.dark ? '#005c4b' : '#d9fdd3') : spec.dark ? '#202c33' : '#ffffff';
    parts.push(`<rect x="${x}" y="${y}" width="${boxW}" height="${boxH}" rx="16" fill="${fill}"/>`);
    parts.push(textLines(lines, x + 20, y + 40, size, `fill="${ink}" font-family="${FONT}"`));
    y += boxH + 24;
  }
  parts.push(`<rect y="${h - 110}" width="${w}" height="110" fill="${spec.dark ? '#202c33' : '#f0f2f5'}"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">${parts.join('')}</svg>`;
}

/** A post card as a social app shows it, 600 px wide. */
function postSvg(spec: Extract<Spec, { draw: 'post' }>): string {
  const size = 28;
  const lines = wrap(spec.text, size, 540);
  const w = 600;
  const h = 170 + lines.length * size * 1.3 + 60;
  const [bg, ink, faint] = spec.dark ? ['#000000', '#e7e9ea', '#71767b'] : ['#ffffff', '#0f1419', '#536471'];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">
    <rect width="${w}" height="${h}" fill="${bg}"/>
    <circle cx="56" cy="62" r="30" fill="#1d9bf0"/>
    <text x="100" y="58" font-size="24" font-weight="bold" fill="${ink}" font-family="${FONT}">${escapeXml(spec.author)}</text>
    <text x="100" y="88" font-size="22" fill="${faint}" font-family="${FONT}">${escapeXml(spec.handle)} · 2h</text>
    ${textLines(lines, 30, 150, size, `fill="${ink}" font-family="${FONT}"`)}
    <text x="30" y="${h - 30}" font-size="20" fill="${faint}" font-family="${FONT}">♡ 12   ⟲ 3   ↗</text>
  </svg>`;
}

/** Meme captions: bold capitals, white with a black outline, at the top and bottom of the photo. */
function captionSvg(w: number, h: number, top: string, bottom: string): string {
  const size = Math.round(w / 14);
  const style = `fill="#ffffff" stroke="#000000" stroke-width="${size / 12}" font-family="${FONT}" font-weight="bold" text-anchor="middle"`;
  const topLines = wrap(top.toUpperCase(), size, w - 20, 0.72);
  const bottomLines = wrap(bottom.toUpperCase(), size, w - 20, 0.72);
  const bottomY = h - 20 - (bottomLines.length - 1) * size * 1.3;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">
    ${textLines(topLines, w / 2, size + 12, size, style)}${textLines(bottomLines, w / 2, bottomY, size, style)}</svg>`;
}

function signSvg(spec: Extract<Spec, { draw: 'sign' }>): { svg: string; w: number; h: number } {
  const size = 44;
  const w = Math.max(...spec.lines.map((l) => l.length)) * size * 0.62 + 60;
  const h = spec.lines.length * size * 1.3 + 50;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">
    <rect x="4" y="4" width="${w - 8}" height="${h - 8}" rx="14" fill="${spec.board}" stroke="#cfd8dc" stroke-width="6"/>
    ${textLines(spec.lines, w / 2, 30 + size, size, `fill="${spec.ink}" font-family="${FONT}" font-weight="bold" text-anchor="middle"`)}</svg>`;
  return { svg, w: Math.round(w), h: Math.round(h) };
}

function cardSvg(spec: Extract<Spec, { draw: 'card' }>): string {
  const size = 40;
  const lines = wrap(spec.text, size, 520);
  const top = 300 - (lines.length * size * 1.3) / 2 + size;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600"><rect width="600" height="600" fill="${spec.background}"/>
    ${textLines(lines, 300, top, size, `fill="${spec.ink}" font-family="${FONT}" text-anchor="middle"`)}</svg>`;
}

async function render(spec: Spec): Promise<Buffer> {
  switch (spec.draw) {
    case 'chat':
      return sharp(Buffer.from(chatSvg(spec)))
        .png()
        .toBuffer();
    case 'post':
      return sharp(Buffer.from(postSvg(spec)))
        .png()
        .toBuffer();
    case 'card':
      return sharp(Buffer.from(cardSvg(spec)))
        .jpeg({ quality: 85 })
        .toBuffer();
    case 'meme': {
      const photo = sharp(join(REAL, spec.photo)).resize({ width: 600 });
      const { data, info } = await photo.toBuffer({ resolveWithObject: true });
      const overlay = Buffer.from(captionSvg(info.width, info.height, spec.top, spec.bottom));
      return sharp(data)
        .composite([{ input: overlay }])
        .jpeg({ quality: 80 })
        .toBuffer();
    }
    case 'sign': {
      const board = signSvg(spec);
      const tilted = await sharp(Buffer.from(board.svg))
        .rotate(spec.tilt, { background: { r: 0, g: 0, b: 0, alpha: 0 } })
        .png()
        .toBuffer();
      const photo = await sharp(join(REAL, spec.photo)).resize({ width: 640, height: 480, fit: 'cover' }).toBuffer();
      const meta = await sharp(tilted).metadata();
      const scale = Math.min(1, 560 / (meta.width ?? 560), 400 / (meta.height ?? 400));
      const fitted = await sharp(tilted)
        .resize({ width: Math.round((meta.width ?? 560) * scale) })
        .png()
        .toBuffer();
      // A photographed sign is a little soft: blur and JPEG compression as a phone camera gives.
      const composed = await sharp(photo)
        .composite([{ input: fitted, gravity: 'center' }])
        .toBuffer();
      return sharp(composed).blur(0.7).jpeg({ quality: 72 }).toBuffer();
    }
  }
}

function labelText(spec: Spec): string {
  switch (spec.draw) {
    case 'chat':
      return [spec.contact, ...spec.messages.map((m) => m.text)].join('\n');
    case 'post':
      return `${spec.author}\n${spec.handle} · 2h\n${spec.text}`;
    case 'meme':
      return `${spec.top.toUpperCase()}\n${spec.bottom.toUpperCase()}`;
    case 'sign':
      return spec.lines.join('\n');
    case 'card':
      return spec.text;
  }
}

await mkdir(OUT, { recursive: true });
const labels: OcrLabel[] = [];
for (const spec of SPECS) {
  const bytes = await render(spec);
  const ext = spec.draw === 'chat' || spec.draw === 'post' ? 'png' : 'jpg';
  const file = `${spec.file}.${ext}`;
  await writeFile(join(OUT, file), bytes);
  labels.push({
    file: `generated/${file}`,
    kind: spec.kind,
    lang: spec.lang,
    risky: spec.risky,
    text: labelText(spec),
  });
}
await writeFile(join(OUT, 'labels.jsonl'), labels.map((label) => JSON.stringify(label)).join('\n') + '\n');
console.log(`wrote ${labels.length} images to ${OUT}`);
