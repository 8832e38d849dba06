import type { Platform } from './item.js';

/**
 * The hosts a link to an item may point at, per platform. Exports are written by others (a liked post's
 * `expandedUrl`, a LinkedIn `ShareLink`), so any other scheme or host is shown as text, never as a link.
 */
const PLATFORM_HOSTS: Readonly<Record<Platform, readonly string[]>> = {
  x: ['x.com', 'twitter.com'],
  facebook: ['facebook.com', 'fb.com'],
  instagram: ['instagram.com'],
  linkedin: ['linkedin.com'],
};

const onHost = (hostname: string, host: string): boolean => hostname === host || hostname.endsWith(`.${host}`);

/**
 * The URL as a safe link target: `http:`/`https:` on one of the platform's own hosts, with no user name or
 * password in it (`https://x.com@evil.example/` reads as x.com to a person). Returns the parsed, normalised form
 * (so tabs or newlines hidden inside a scheme cannot survive), or null when the URL must stay plain text. The web
 * app passes its platform as a plain string, so an unknown platform simply has no hosts.
 */
export function platformLink(url: string | null | undefined, platform: Platform | string): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (parsed.username || parsed.password) return null;
  const hostname = parsed.hostname.toLowerCase();
  const hosts = Object.hasOwn(PLATFORM_HOSTS, platform) ? PLATFORM_HOSTS[platform as Platform] : [];
  return hosts.some((host) => onHost(hostname, host)) ? parsed.href : null;
}
