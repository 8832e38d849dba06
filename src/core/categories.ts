import { z } from 'zod';

/**
 * The 19 risk categories. The ids are part of the public JSON contract: never rename one,
 * only add (with a contract version bump).
 */
export const CATEGORY_IDS = [
  'profanity',
  'insult',
  'hate',
  'threat',
  'violence',
  'sexual',
  'nudity',
  'drugs',
  'alcohol',
  'crime',
  'extremism',
  'self-harm',
  'political',
  'complaint',
  'employer-criticism',
  'confidential',
  'absenteeism',
  'personal-data',
  'location',
  // Added in 1.x (additive): what the profile itself tells a recruiter (photo, name, consistency across networks).
  'first-impression',
] as const;

export const categoryIdSchema = z.enum(CATEGORY_IDS);
export type CategoryId = z.infer<typeof categoryIdSchema>;

export const SEVERITIES = ['high', 'medium', 'low'] as const;
export const severitySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof severitySchema>;

export const ACTIONS = ['delete', 'restrict-audience', 'untag', 'review', 'keep'] as const;
export const actionSchema = z.enum(ACTIONS);
export type Action = z.infer<typeof actionSchema>;

export interface CategoryInfo {
  id: CategoryId;
  label: string;
  description: string;
  defaultSeverity: Severity;
  enabledByDefault: boolean;
  defaultAction: Action;
}

const info = (
  id: CategoryId,
  label: string,
  description: string,
  defaultSeverity: Severity,
  defaultAction: Action,
  enabledByDefault = true,
): CategoryInfo => ({ id, label, description, defaultSeverity, enabledByDefault, defaultAction });

/** The taxonomy: one place that says what each category means and what to do about it by default. */
export const TAXONOMY: Readonly<Record<CategoryId, CategoryInfo>> = {
  profanity: info(
    'profanity',
    'Profanity',
    'Swearing and vulgar words, including obfuscated spellings.',
    'medium',
    'delete',
  ),
  insult: info(
    'insult',
    'Insults',
    'Personal attacks, name-calling and demeaning remarks about people.',
    'high',
    'delete',
  ),
  hate: info(
    'hate',
    'Hate speech',
    'Attacks on people for their race, religion, gender, sexuality, disability or origin.',
    'high',
    'delete',
  ),
  threat: info('threat', 'Threats', 'Threatening or wishing harm on someone.', 'high', 'delete'),
  violence: info(
    'violence',
    'Violence',
    'Glorifying or describing violence, fights or weapons use.',
    'medium',
    'review',
  ),
  sexual: info('sexual', 'Sexual content', 'Sexual remarks, innuendo or explicit talk.', 'high', 'delete'),
  nudity: info('nudity', 'Nudity', 'Nude or sexually explicit images.', 'high', 'delete'),
  drugs: info('drugs', 'Drugs', 'Talk of using or buying illegal drugs.', 'high', 'delete'),
  alcohol: info(
    'alcohol',
    'Drinking and partying',
    'Heavy drinking, being drunk or hungover, bar outings and party photos.',
    'medium',
    'restrict-audience',
  ),
  crime: info(
    'crime',
    'Crime',
    'Admitting to or boasting about illegal acts (theft, DUI, vandalism, fraud).',
    'high',
    'delete',
  ),
  extremism: info('extremism', 'Extremism', 'Support for extremist groups, ideologies or terrorism.', 'high', 'delete'),
  'self-harm': info(
    'self-harm',
    'Self-harm',
    'Mentions of self-harm or suicide. Worth a kind look, not shame; help is available.',
    'medium',
    'review',
  ),
  political: info(
    'political',
    'Political opinions',
    'Strong political statements. Off by default: having views is normal.',
    'low',
    'review',
    false,
  ),
  complaint: info(
    'complaint',
    'Complaints and rants',
    'Public rants and general complaining that can read as negativity.',
    'low',
    'review',
  ),
  'employer-criticism': info(
    'employer-criticism',
    'Criticising an employer',
    'Badmouthing your own employer, boss, manager, coworkers or job.',
    'high',
    'delete',
  ),
  confidential: info(
    'confidential',
    'Leaking work secrets',
    'Confidential work information: NDAs, unreleased products, internal numbers.',
    'high',
    'delete',
  ),
  absenteeism: info(
    'absenteeism',
    'Skipping work',
    'Calling in sick to go out, skipping work, being late or unfit for work.',
    'high',
    'delete',
  ),
  'personal-data': info(
    'personal-data',
    'Personal data',
    'Phone numbers, e-mail and street addresses, birth dates and ID numbers in posts.',
    'medium',
    'restrict-audience',
  ),
  location: info(
    'location',
    'Revealed location',
    'Where you live or are: GPS in photos, check-ins, home addresses.',
    'medium',
    'restrict-audience',
  ),
  'first-impression': info(
    'first-impression',
    'First impression',
    'The profile a recruiter sees first: the photo, the name and handle, the headline, jobs that differ between networks.',
    'low',
    'review',
  ),
};

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { high: 3, medium: 2, low: 1 };
