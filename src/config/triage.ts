import { z } from 'zod';
import { PLATFORMS, type Platform } from '../core/item.js';

/**
 * The `triage` section of `decorum.config.json`: which network is for whom, the user's profile on each, and what
 * to do with a request from each kind of person on each network.
 *
 * Comments: JSON has none, so inside the triage section any key that is `"$comment"` or starts with `"//"` is a
 * comment and is ignored (`"// rules": "…"`, `"$comment": "…"`). `decorum triage init` writes them.
 */

/** Relationship classes (ids shared with the sample persona). Part of the `triage --json` contract. */
export const RELATIONSHIPS = [
  'coworker',
  'manager-or-report',
  'candidate',
  'client-or-vendor',
  'recruiter',
  'peer',
  'friend',
  'family',
  'unknown',
] as const;
export const relationshipSchema = z.enum(RELATIONSHIPS);
export type Relationship = z.infer<typeof relationshipSchema>;

export const RELATIONSHIP_LABEL: Readonly<Record<Relationship, string>> = {
  coworker: 'coworker',
  'manager-or-report': 'manager or report',
  candidate: 'potential employee or candidate',
  'client-or-vendor': 'client or vendor',
  recruiter: 'recruiter',
  peer: 'professional peer',
  friend: 'friend',
  family: 'family',
  unknown: 'unknown',
};

/** The work classes: people who belong to the professional side. */
export const WORK_RELATIONSHIPS: readonly Relationship[] = [
  'coworker',
  'manager-or-report',
  'candidate',
  'client-or-vendor',
  'recruiter',
  'peer',
];

export const DECISIONS = ['accept', 'redirect', 'ignore', 'review'] as const;
export const decisionSchema = z.enum(DECISIONS);
export type Decision = z.infer<typeof decisionSchema>;

/** What a network is for. `unused`: the user is not there (never a redirect target). */
export const NETWORK_USES = ['professional', 'personal', 'public', 'unused'] as const;
export const networkUseSchema = z.enum(NETWORK_USES);
export type NetworkUse = z.infer<typeof networkUseSchema>;

export const DEFAULT_USES: Readonly<Record<Platform, NetworkUse>> = {
  linkedin: 'professional',
  facebook: 'personal',
  instagram: 'personal',
  x: 'public',
};

type Rule = Record<Platform, Decision>;
const rule = (linkedin: Decision, facebook: Decision, instagram: Decision, x: Decision): Rule => ({
  linkedin,
  facebook,
  instagram,
  x,
});
const WORK_RULE = rule('accept', 'redirect', 'redirect', 'accept');

/** Defaults: work people on LinkedIn (and X, which is public anyway), friends and family everywhere. */
export const DEFAULT_RULES: Readonly<Record<Relationship, Rule>> = {
  coworker: WORK_RULE,
  'manager-or-report': WORK_RULE,
  candidate: WORK_RULE,
  'client-or-vendor': WORK_RULE,
  recruiter: WORK_RULE,
  peer: WORK_RULE,
  friend: rule('accept', 'accept', 'accept', 'accept'),
  family: rule('accept', 'accept', 'accept', 'accept'),
  unknown: rule('review', 'ignore', 'ignore', 'ignore'),
};

const isComment = (key: string): boolean => key === '$comment' || key.startsWith('//');

/** Drops comment keys from every object, so strict objects still name a mistyped key. */
function stripComments(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripComments);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => !isComment(key))
        .map(([key, inner]) => [key, stripComments(inner)]),
    );
  }
  return value;
}

const profileUrlSchema = z
  .string()
  .url('must be a full link to your profile, like https://www.linkedin.com/in/your-name')
  .refine((url) => /^https?:\/\//i.test(url), 'must start with https://');

export const networkSettingSchema = z
  .object({
    use: networkUseSchema.optional(),
    /** The user's own profile there; redirect replies point to it. */
    profileUrl: profileUrlSchema.optional(),
  })
  .strict();

const networksSchema = z
  .object(
    Object.fromEntries(PLATFORMS.map((platform) => [platform, networkSettingSchema.prefault({})])) as Record<
      Platform,
      z.ZodPrefault<typeof networkSettingSchema>
    >,
  )
  .strict()
  .transform(
    (networks) =>
      Object.fromEntries(
        PLATFORMS.map((platform) => [
          platform,
          { use: networks[platform].use ?? DEFAULT_USES[platform], profileUrl: networks[platform].profileUrl },
        ]),
      ) as Record<Platform, { use: NetworkUse; profileUrl: string | undefined }>,
  );

function ruleSchema(defaults: Rule) {
  return z
    .object({
      linkedin: decisionSchema.default(defaults.linkedin),
      facebook: decisionSchema.default(defaults.facebook),
      instagram: decisionSchema.default(defaults.instagram),
      x: decisionSchema.default(defaults.x),
    })
    .strict()
    .prefault({});
}

const rulesSchema = z
  .object(
    Object.fromEntries(
      RELATIONSHIPS.map((relationship) => [relationship, ruleSchema(DEFAULT_RULES[relationship])]),
    ) as {
      [K in Relationship]: ReturnType<typeof ruleSchema>;
    },
  )
  .strict();

export const triageConfigSchema = z.preprocess(
  stripComments,
  z
    .object({
      /** Which network is for whom, and the user's profile link on each. */
      networks: networksSchema.prefault({}),
      /** Per relationship class, the decision on each network. */
      rules: rulesSchema.prefault({}),
      /** How the user signs replies ("Alex"); defaults to the first name in the exports. */
      signature: z.string().trim().min(1).max(60).optional(),
      /** Companies the user works with as a client or vendor: their people are `client-or-vendor`. */
      clientCompanies: z.array(z.string().trim().min(1)).default([]),
      /** Companies the user's exports do not show as employers but that are (e.g. a new job). */
      employers: z.array(z.string().trim().min(1)).default([]),
    })
    .strict(),
);

export type TriageConfig = z.infer<typeof triageConfigSchema>;

/** The policy with every default filled in. */
export function defaultTriageConfig(): TriageConfig {
  return triageConfigSchema.parse({});
}
