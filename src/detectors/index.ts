import type { Detector } from '../core/detector.js';
import type { AuditConfig } from '../config/schema.js';
import { alcoholDetector } from './text/alcohol.js';
import { profanityDetector } from './text/profanity.js';

/** Every built-in text detector, in a fixed order. */
export const TEXT_DETECTORS: Detector[] = [profanityDetector, alcoholDetector];

/** The text detectors for an audit: the built-in ones plus those the config asks for (custom keywords). */
export function textDetectors(_config: AuditConfig): Detector[] {
  return [...TEXT_DETECTORS];
}
