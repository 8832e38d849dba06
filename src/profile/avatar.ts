/** What the photo models saw in a profile photo: counts and scores only, so rules stay pure. */
export interface AvatarFacts {
  path: string;
  /** Faces @vladmandic/human found (score ≥ its own threshold); absent when the face model did not run. */
  faces?: number;
  /** People the COCO detector found. */
  people: number;
  /** Drinks or party objects (bottle, wine glass, cup) the COCO detector found, by label. */
  drinks: string[];
  /** nsfwjs class scores, 0–1. */
  racy: { porn: number; hentai: number; sexy: number };
  /** Set when the file could not be read or decoded. */
  unreadable?: string;
}

/** A network's profile photo as the audit saw it. */
export interface ProfilePhoto {
  /** A small JPEG data URI, for the first view of the reports. */
  thumbnail?: string;
  /** Absent when the models did not look at it (unreadable file, no models). */
  facts?: AvatarFacts;
}
