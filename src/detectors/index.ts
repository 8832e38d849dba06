import type { Detector } from '../core/detector.js';
import type { AuditConfig } from '../config/schema.js';
import { absenteeismDetector } from './text/absenteeism.js';
import { alcoholDetector } from './text/alcohol.js';
import { complaintDetector } from './text/complaint.js';
import { confidentialDetector } from './text/confidential.js';
import { crimeDetector } from './text/crime.js';
import { drugsDetector } from './text/drugs.js';
import { employerCriticismDetector } from './text/employer-criticism.js';
import { extremismDetector } from './text/extremism.js';
import { keywordDetector } from './text/keywords.js';
import { multilingualDetector } from './text/multilingual.js';
import { personalDataDetector } from './text/personal-data.js';
import { politicalDetector } from './text/political.js';
import { profanityDetector } from './text/profanity.js';
import { selfHarmDetector } from './text/self-harm.js';
import { sexualDetector } from './text/sexual.js';
import { threatDetector } from './text/threat.js';
import { toxicityDetector } from './text/toxicity.js';
import { violenceDetector } from './text/violence.js';

/** Every built-in text detector, in a fixed order. */
export const TEXT_DETECTORS: Detector[] = [
  profanityDetector,
  toxicityDetector,
  threatDetector,
  violenceDetector,
  sexualDetector,
  alcoholDetector,
  drugsDetector,
  crimeDetector,
  extremismDetector,
  selfHarmDetector,
  politicalDetector,
  complaintDetector,
  employerCriticismDetector,
  confidentialDetector,
  absenteeismDetector,
  personalDataDetector,
  multilingualDetector,
];

/**
 * The text detectors for an audit: the built-in ones plus a detector for the config's custom keywords
 * (`audit.keywords`). Category switches, severity overrides and the allowlist are applied by the pipeline.
 */
export function textDetectors(config: AuditConfig): Detector[] {
  const custom = keywordDetector(config.keywords);
  return custom ? [...TEXT_DETECTORS, custom] : [...TEXT_DETECTORS];
}
