/**
 * `tsx scripts/bench/big-x-archive.ts OUT.zip COUNT [PER_PART]`: writes the benchmark's X archive of COUNT tweets
 * (parts of PER_PART, default all in one tweets.js) straight into a zip as it is generated, so archives larger than
 * memory (1M tweets in one ~1 GB tweets.js) can be made. The same tweets as `buildLargeXArchive`. Never committed.
 */
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import yazl from 'yazl';
import { largeXArchiveFrame, largeXParts, largeXTweets } from '../../test/fixtures/samples/x.js';

const ZIP_TIME = new Date('2026-01-01T00:00:00Z');

export function writeLargeXZip(file: string, count: number, perPart = count): Promise<void> {
  const parts = largeXParts(count, perPart);
  const tweets = largeXTweets(count);
  const zip = new yazl.ZipFile();
  const frame = largeXArchiveFrame(parts);
  for (const [path, content] of Object.entries(frame))
    zip.addBuffer(Buffer.from(content as string), path, { mtime: ZIP_TIME });
  parts.forEach((n, part) => {
    function* text(): Generator<string> {
      yield `window.YTD.tweets.part${part} = [ `;
      for (let i = 0; i < n; i++) yield (i ? ', ' : '') + (tweets.next().value as string);
      yield ' ]';
    }
    zip.addReadStream(Readable.from(text()), part === 0 ? 'data/tweets.js' : `data/tweets-part${part}.js`, {
      mtime: ZIP_TIME,
    });
  });
  zip.end();
  return new Promise((resolve, reject) => {
    zip.outputStream
      .pipe(createWriteStream(file))
      .on('close', () => resolve())
      .on('error', reject);
  });
}

if (process.argv[1]?.endsWith('big-x-archive.ts')) {
  const [out, count, perPart] = process.argv.slice(2);
  if (!out || !count) throw new Error('usage: big-x-archive.ts OUT.zip COUNT [PER_PART]');
  await writeLargeXZip(out, Number(count), perPart ? Number(perPart) : Number(count));
}
