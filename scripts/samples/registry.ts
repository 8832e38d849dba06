import { linkedinSamples } from './linkedin.js';
import { facebookSampleWriter } from './facebook.js';
import { instagramSampleWriter } from './instagram.js';
import { X_SAMPLE_WRITER } from './x.js';
/** Each platform's sample writer: writes its exports under `outDir` and returns the paths it wrote. */
export interface SampleWriter {
  name: string;
  write(outDir: string): Promise<string[]>;
}

export const SAMPLE_WRITERS: SampleWriter[] = [facebookSampleWriter, instagramSampleWriter, linkedinSamples, X_SAMPLE_WRITER];
