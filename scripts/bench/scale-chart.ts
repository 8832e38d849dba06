/**
 * `tsx scripts/bench/scale-chart.ts`: makes X archives of 100k, 300k and 1M tweets (one tweets.js each, streamed
 * into zips under bench-out/), times the X importer on each in its own process, and draws
 * docs/scale-chart.svg: wall time and peak RSS against archive size. Prints the figures as JSON.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeLargeXZip } from './big-x-archive.js';

const COUNTS = [100_000, 300_000, 1_000_000];
const dir = join('bench-out', 'scale');
mkdirSync(dir, { recursive: true });

interface Point {
  tweets: number;
  seconds: number;
  peakRssMb: number;
}

const points: Point[] = [];
for (const count of COUNTS) {
  const zip = join(dir, `x-${count}.zip`);
  await writeLargeXZip(zip, count);
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/bench/x-import-child.ts', zip], {
    encoding: 'utf8',
  });
  const measured = JSON.parse(out.trim().split('\n').pop() as string) as { seconds: number; peakRssMb: number };
  points.push({ tweets: count, seconds: measured.seconds, peakRssMb: measured.peakRssMb });
}

const WIDTH = 640;
const HEIGHT = 360;
const LEFT = 60;
const RIGHT = 60;
const TOP = 40;
const BOTTOM = 50;
const maxTweets = Math.max(...COUNTS);
const maxSeconds = Math.max(...points.map((p) => p.seconds)) * 1.15;
const maxRss = Math.max(1536, ...points.map((p) => p.peakRssMb)) * 1.05;
const x = (tweets: number): number => LEFT + (tweets / maxTweets) * (WIDTH - LEFT - RIGHT);
const y = (value: number, max: number): number => HEIGHT - BOTTOM - (value / max) * (HEIGHT - TOP - BOTTOM);
const line = (values: number[], max: number): string =>
  points.map((p, i) => `${x(p.tweets).toFixed(1)},${y(values[i] as number, max).toFixed(1)}`).join(' ');
const dots = (values: number[], max: number, color: string): string =>
  points
    .map(
      (p, i) =>
        `<circle cx="${x(p.tweets).toFixed(1)}" cy="${y(values[i] as number, max).toFixed(1)}" r="4" fill="${color}"/>`,
    )
    .join('');
const seconds = points.map((p) => p.seconds);
const rss = points.map((p) => p.peakRssMb);
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="12">
<title>X importer: time and peak memory against archive size (one tweets.js)</title>
<rect width="100%" height="100%" fill="#fff"/>
<text x="${WIDTH / 2}" y="20" text-anchor="middle" font-size="14">X importer, one tweets.js: wall time and peak RSS against tweets</text>
<line x1="${LEFT}" y1="${HEIGHT - BOTTOM}" x2="${WIDTH - RIGHT}" y2="${HEIGHT - BOTTOM}" stroke="#333"/>
<line x1="${LEFT}" y1="${TOP}" x2="${LEFT}" y2="${HEIGHT - BOTTOM}" stroke="#1f77b4"/>
<line x1="${WIDTH - RIGHT}" y1="${TOP}" x2="${WIDTH - RIGHT}" y2="${HEIGHT - BOTTOM}" stroke="#d62728"/>
${points.map((p) => `<text x="${x(p.tweets).toFixed(1)}" y="${HEIGHT - BOTTOM + 18}" text-anchor="middle">${p.tweets / 1000}k</text>`).join('')}
<text x="${WIDTH / 2}" y="${HEIGHT - 10}" text-anchor="middle">tweets in the archive</text>
<text x="${LEFT - 8}" y="${TOP - 8}" text-anchor="end" fill="#1f77b4">${maxSeconds.toFixed(0)} s</text>
<text x="${LEFT - 8}" y="${HEIGHT - BOTTOM}" text-anchor="end" fill="#1f77b4">0</text>
<text x="${WIDTH - RIGHT + 8}" y="${TOP - 8}" fill="#d62728">${maxRss.toFixed(0)} MB</text>
<text x="${WIDTH - RIGHT + 8}" y="${HEIGHT - BOTTOM}" fill="#d62728">0</text>
<line x1="${LEFT}" y1="${y(1536, maxRss).toFixed(1)}" x2="${WIDTH - RIGHT}" y2="${y(1536, maxRss).toFixed(1)}" stroke="#d62728" stroke-dasharray="4 4"/>
<text x="${WIDTH - RIGHT - 4}" y="${(y(1536, maxRss) - 4).toFixed(1)}" text-anchor="end" fill="#d62728">1.5 GB goal</text>
<polyline points="${line(seconds, maxSeconds)}" fill="none" stroke="#1f77b4" stroke-width="2"/>${dots(seconds, maxSeconds, '#1f77b4')}
<polyline points="${line(rss, maxRss)}" fill="none" stroke="#d62728" stroke-width="2"/>${dots(rss, maxRss, '#d62728')}
<text x="${LEFT + 10}" y="${TOP + 14}" fill="#1f77b4">wall time (s): ${seconds.map((s) => s.toFixed(1)).join(', ')}</text>
<text x="${LEFT + 10}" y="${TOP + 30}" fill="#d62728">peak RSS (MB): ${rss.join(', ')}</text>
</svg>
`;
writeFileSync(join('docs', 'scale-chart.svg'), svg);
console.log(JSON.stringify(points));
