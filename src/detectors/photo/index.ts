export { createPhotoAnalyzer, type PhotoAnalyzer, type PhotoAnalyzerOptions, type PhotoRunStats } from './analyzer.js';
export { PHOTO_RULES, THRESHOLDS, captionCue, decidePhoto } from './decide.js';
export { frequentSpots, distanceMetres } from './location.js';
export { inProcessAnalyser, workerAnalyser, type Analyser } from './pool.js';
export type { PhotoAnalysis, NsfwScores, DetectedObject, AnalysisOutcome } from './types.js';
