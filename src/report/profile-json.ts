import { z } from 'zod';
import type { Finding } from '../core/finding.js';
import { platformSchema } from '../core/item.js';
import { mismatchSchema } from '../core/profile/mismatch.js';
import type { ProfileCheck } from '../profile/check.js';
import { auditFindingSchema, reportFinding } from './json.js';

/** `decorum profile --json`, version 1: a public contract. Add fields freely; rename or remove only with a new version. */
export const profileReportSchema = z.object({
  version: z.literal(1),
  networks: z.array(
    z.object({
      platform: platformSchema,
      name: z.string().nullable(),
      handle: z.string().nullable(),
      headline: z.string().nullable(),
      bio: z.string().nullable(),
      employer: z.string().nullable(),
      title: z.string().nullable(),
      location: z.string().nullable(),
      isPrivate: z.boolean().nullable(),
      /** `path` inside the export, null when the export carries no profile photo; the photo's own findings. */
      avatar: z.object({ path: z.string().nullable(), findings: z.array(auditFindingSchema) }),
      /** Every finding about this network's profile, the avatar's included. */
      findings: z.array(auditFindingSchema),
      /** Added in 1.x: the rest of the record. */
      website: z.string().nullable(),
      startedOn: z.string().nullable(),
      header: z.string().nullable(),
      files: z.array(z.string()),
    }),
  ),
  mismatches: z.array(mismatchSchema),
});
export type ProfileReport = z.infer<typeof profileReportSchema>;

const isAvatarFinding = (finding: Finding, path: string | null): boolean => path !== null && finding.mediaPath === path;

export function profileReport(check: ProfileCheck): ProfileReport {
  return {
    version: 1,
    networks: check.records.map((record) => {
      const findings = check.findings.filter((finding) => finding.platform === record.platform);
      const avatarPath = record.avatar?.path ?? null;
      return {
        platform: record.platform,
        name: record.name,
        handle: record.handle,
        headline: record.headline,
        bio: record.bio,
        employer: record.employer,
        title: record.title,
        location: record.location,
        isPrivate: record.isPrivate,
        avatar: {
          path: avatarPath,
          findings: findings.filter((finding) => isAvatarFinding(finding, avatarPath)).map(reportFinding),
        },
        findings: findings.map(reportFinding),
        website: record.website,
        startedOn: record.startedOn,
        header: record.header?.path ?? null,
        files: record.files,
      };
    }),
    mismatches: check.mismatches,
  };
}
