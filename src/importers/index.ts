import { linkedinImporter } from './linkedin/index.js';
import { facebookImporter } from './facebook/index.js';
import { instagramImporter } from './instagram/index.js';
import type { Importer } from './types.js';
import { xImporter } from './x/index.js';

/** Every platform importer. Detection picks one per input from the input's contents. */
export const IMPORTERS: readonly Importer[] = [facebookImporter, instagramImporter, linkedinImporter, xImporter];
