import { describe, expect, it } from 'vitest';
import type { Item } from './item.js';
import { facebookPhotoId, locate, openingWords } from './locate.js';

const item = (fields: Partial<Item> & Pick<Item, 'platform' | 'kind'>): Item => ({
  id: 'id-1',
  text: 'Third round at the bar, absolutely wasted',
  createdAt: '2025-11-14T23:10:00.000Z',
  audience: 'unknown',
  engagement: {},
  media: [],
  locator: { input: 'export.zip', file: 'posts/your_posts_1.json', index: 0 },
  flags: {},
  ...fields,
});

describe('locate', () => {
  it('links an X post, a LinkedIn share and a LinkedIn conversation directly', () => {
    expect(locate(item({ platform: 'x', kind: 'post', url: 'https://x.com/alex/status/123' }))).toEqual({
      url: 'https://x.com/alex/status/123',
      findUrl: null,
      find: [],
    });
    const share = 'https://www.linkedin.com/feed/update/urn:li:share:7419301234567890123';
    expect(locate(item({ platform: 'linkedin', kind: 'post', url: share })).url).toBe(share);
    expect(locate(item({ platform: 'linkedin', kind: 'message', thread: '2-ZjUxMzYw==' })).url).toBe(
      'https://www.linkedin.com/messaging/thread/2-ZjUxMzYw%3D%3D/',
    );
  });

  it('links a Facebook photo by the id in its exported file name', () => {
    const photo = item({
      platform: 'facebook',
      kind: 'post',
      media: [{ path: 'posts/media/Bar_a1/438120095_10233805123456789_7735581900335468_n.jpg', type: 'photo' }],
    });
    expect(facebookPhotoId(photo)).toBe('10233805123456789');
    expect(locate(photo).url).toBe('https://www.facebook.com/photo.php?fbid=10233805123456789');
  });

  it('gives the Activity log, the day and the opening words for a Facebook post without a photo', () => {
    const found = locate(item({ platform: 'facebook', kind: 'post' }));
    expect(found.url).toBeNull();
    expect(found.findUrl).toBe('https://www.facebook.com/me/allactivity');
    expect(found.find).toEqual([
      'Go to Facebook → your profile picture → Settings & privacy → Activity log → Filter → Date.',
      'Look on 2025-11-14 (UTC; a day either side in your time zone).',
      'It starts: “Third round at the bar, absolutely wasted”',
    ]);
  });

  it('never offers an export’s link to another site or scheme', () => {
    expect(locate(item({ platform: 'x', kind: 'post', url: 'javascript:alert(1)' })).url).toBeNull();
    expect(
      locate(item({ platform: 'linkedin', kind: 'post', url: 'https://evil.example/linkedin.com/x' })).url,
    ).toBeNull();
    expect(
      locate(item({ platform: 'facebook', kind: 'like', url: 'https://www.facebook.com@evil.example/' })).url,
    ).toBeNull();
  });

  it('strips control and direction characters from the opening words', () => {
    expect(openingWords('\u001b[31mred\u001b[0m \u202Eevil\n\nnext')).toBe('[31mred [0m evil next');
    expect(openingWords('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
