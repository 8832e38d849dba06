import { drinksScore, loadDrinksHead } from './drinks.js';
import { SkipImage, decodeImage, readExif } from './image.js';
import type { ModelOutput, PhotoModels } from './models.js';
import { sceneOf } from './scene.js';
import type { AnalysisOutcome, PhotoAnalysis } from './types.js';

/** What the models' output says about a photo, with the drinks head applied (the embedding itself is not kept). */
export function modelFacts(
  output: ModelOutput,
  brightness: number,
  head = loadDrinksHead(),
): Pick<PhotoAnalysis, 'nsfw' | 'objects' | 'brightness' | 'drinks'> {
  const { nsfw, objects, embedding } = output;
  const drinks = head ? Math.round(drinksScore(head, embedding, objects, brightness) * 1000) / 1000 : undefined;
  return { nsfw, objects, brightness, ...(drinks === undefined ? {} : { drinks }) };
}

/** Decode → EXIF → classifiers for one file's bytes. Never throws: a bad file becomes `{ok: false, message}`. */
export async function analyseBytes(models: PhotoModels, bytes: Uint8Array): Promise<AnalysisOutcome> {
  try {
    const [decoded, exif] = await Promise.all([decodeImage(bytes, models.size), readExif(bytes)]);
    const analysis: PhotoAnalysis = {
      width: decoded.width,
      height: decoded.height,
      format: decoded.format,
      ...exif,
    };
    if (decoded.rgb)
      Object.assign(analysis, modelFacts(await models.run(decoded.rgb), sceneOf(decoded.rgb).brightness));
    else if (decoded.note) analysis.note = decoded.note;
    return { ok: true, analysis };
  } catch (error) {
    if (error instanceof SkipImage) return { ok: false, message: error.message };
    return { ok: false, message: `could not be analysed (${error instanceof Error ? error.message : String(error)})` };
  }
}
