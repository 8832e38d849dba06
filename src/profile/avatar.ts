/** What the photo models saw in a profile photo: counts and scores only, so rules stay pure. */
export interface AvatarFacts {
  path: string;
  /** Faces @vladmandic/human found (score ≥ its own threshold). */
  faces: number;
  /** People the COCO detector found. */
  people: number;
  /** Drinks or party objects (bottle, wine glass, cup) the COCO detector found, by label. */
  drinks: string[];
  /** nsfwjs class scores, 0–1. */
  racy: { porn: number; hentai: number; sexy: number };
  /** Set when the file could not be read or decoded. */
  unreadable?: string;
}
