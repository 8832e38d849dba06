import { SkipImage, decodeImage, readExif } from './image.js';
import type { PhotoModels } from './models.js';
import type { AnalysisOutcome, PhotoAnalysis } from './types.js';

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
    if (decoded.rgb) Object.assign(analysis, await models.run(decoded.rgb));
    else if (decoded.note) analysis.note = decoded.note;
    return { ok: true, analysis };
  } catch (error) {
    if (error instanceof SkipImage) return { ok: false, message: error.message };
    return { ok: false, message: `could not be analysed (${error instanceof Error ? error.message : String(error)})` };
  }
}
