import { isObject, type JsonObject } from '../meta/read.js';

/** The picture the profile shows: the newest of `profile_photos.json` (`ig_profile_picture[]`). */
export function newestPicture(list: readonly unknown[]): JsonObject | undefined {
  let newest: { entry: JsonObject; at: number } | undefined;
  for (const entry of list) {
    if (!isObject(entry)) continue;
    const at = typeof entry.creation_timestamp === 'number' ? entry.creation_timestamp : 0;
    if (!newest || at >= newest.at) newest = { entry, at };
  }
  return newest?.entry;
}
