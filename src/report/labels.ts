import { PLATFORM_NAMES } from '../core/item.js';

/** A platform's own spelling of its name; an unknown id (from the web app's plain strings) as it is. */
export const platformLabel = (platform: string): string =>
  Object.hasOwn(PLATFORM_NAMES, platform) ? PLATFORM_NAMES[platform as keyof typeof PLATFORM_NAMES] : platform;
