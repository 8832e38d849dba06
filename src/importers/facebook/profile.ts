import type { Education, ProfilePart } from '../../core/profile/record.js';
import { asArray, isObject, monthFromSeconds, str, type Json, type JsonObject } from '../meta/read.js';

const trimmed = (value: Json): string | undefined => str(value)?.trim() || undefined;
const nameIn = (value: Json): string | undefined => (isObject(value) ? trimmed(value.name) : undefined);

function nameOf(profile: JsonObject): string | undefined {
  return isObject(profile.name) ? trimmed(profile.name.full_name) : trimmed(profile.name);
}

function educationOf(profile: JsonObject): Education[] {
  const schools: Education[] = [];
  for (const entry of asArray(profile.education_experiences)) {
    if (!isObject(entry)) continue;
    const school = trimmed(entry.name);
    if (!school) continue;
    const degree = trimmed(entry.degree) ?? asArray(entry.concentrations).map(str).filter(Boolean).join(', ');
    const startedOn = monthFromSeconds(entry.start_timestamp);
    const finishedOn = monthFromSeconds(entry.end_timestamp);
    schools.push({
      school,
      ...(degree ? { degree } : {}),
      ...(startedOn ? { startedOn } : {}),
      ...(finishedOn ? { finishedOn } : {}),
    });
  }
  return schools;
}

/**
 * `profile_information.json` (`profile_v2`) → the profile record's part. Jobs are read as positions by the
 * importer. The export has no per-field privacy, so `publicFields` stays empty; the name and the profile picture
 * are always public on Facebook.
 */
export function facebookProfilePart(profile: JsonObject, file: string): ProfilePart {
  const part: ProfilePart = { platform: 'facebook', file, publicFields: ['name', 'avatar'] };
  const name = nameOf(profile);
  const handle = trimmed(profile.username);
  const bio = trimmed(profile.about_me) ?? nameIn(profile.intro_bio);
  const location = nameIn(profile.current_city) ?? nameIn(profile.hometown);
  const website = asArray(profile.websites)
    .map((site) => (isObject(site) ? trimmed(site.address) : undefined))
    .find(Boolean);
  const education = educationOf(profile);
  if (name) part.name = name;
  if (handle) part.handle = handle;
  if (bio) part.bio = bio;
  if (location) part.location = location;
  if (website) part.website = website;
  if (education.length) part.education = education;
  return part;
}

/** The album Facebook keeps every profile picture in (English exports; other languages translate the name). */
const PROFILE_ALBUM =
  /^(?:profile pictures|profile photos|photos de profil|profilbilder|fotos del perfil|fotos do perfil|immagini del profilo)$/i;

/** The profile picture from the "Profile pictures" album: its newest photo. Null for any other album. */
export function profilePictureOfAlbum(album: JsonObject): string | null {
  if (!PROFILE_ALBUM.test(trimmed(album.name) ?? '')) return null;
  let newest: { uri: string; at: number } | null = null;
  for (const photo of asArray(album.photos)) {
    if (!isObject(photo)) continue;
    const uri = trimmed(photo.uri);
    const at = typeof photo.creation_timestamp === 'number' ? photo.creation_timestamp : 0;
    if (uri && (!newest || at >= newest.at)) newest = { uri, at };
  }
  return newest?.uri ?? null;
}

/** How Facebook titles the owner's own activity, in the export languages seen so far (English, Spanish, French, German, Portuguese, Italian). */
const OWN_ACTIVITY = new RegExp(
  '^(.{2,80}?) (?:' +
    [
      'updated (?:his|her|their) (?:status|profile picture|cover photo)',
      'shared a (?:memory|link|post|photo|video)',
      'added (?:\\d+ new photos?|a new photo)',
      'posted in',
      'wrote on',
      '(?:is|was) (?:feeling|with|at)',
      'ha (?:compartido|publicado|añadido|escrito|actualizado)',
      'a (?:partagé|publié|ajouté|mis à jour)',
      'hat (?:\\S+ )?(?:geteilt|gepostet|aktualisiert|hinzugefügt)',
      '(?:compartilhou|publicou|adicionou|atualizou)',
      'ha (?:condiviso|pubblicato|aggiunto|aggiornato)',
    ].join('|') +
    ')',
  'u',
);

/**
 * The owner's name from post titles ("Fero Mrkvicka updated her status."), for exports without the profile file:
 * the name most titles start with, when at least two agree.
 */
export function ownerFromPostTitles(titles: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const title of titles) {
    if (title.length > 300) continue;
    const name = OWN_ACTIVITY.exec(title.trim())?.[1];
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= 2 ? best[0] : undefined;
}
