import type { Command } from 'commander';
import { loadConfig } from '../config/load.js';
import { profileReport } from '../report/profile-json.js';
import { profileSection } from '../report/profile-terminal.js';
import { jsonText } from '../report/terminal-safe.js';
import type { ProfileCheck } from '../profile/check.js';
import { DEFAULT_DB_PATH, openStore } from '../store/db.js';
import { saveProfileCheck } from '../store/profile.js';
import { finishRun } from '../store/runs.js';
import { EXIT, UsageError } from './exit.js';
import { refuseUnsafeOutputs } from './outputs.js';
import { say, warn, write } from './output.js';

interface ProfileFlags {
  db: string;
  config?: string;
  json?: boolean;
  asOf?: string;
  photos: boolean;
}

export function registerProfile(program: Command): void {
  program
    .command('profile')
    .description("Show what a recruiter sees first: each network's profile, its photo, and where the networks disagree")
    .argument('<exports...>', 'export zips or unpacked folders (X, Facebook, Instagram, LinkedIn), several at once')
    .option('--db <file>', 'SQLite store to write', DEFAULT_DB_PATH)
    .option('--config <file>', 'config file (default: ./decorum.config.json when present)')
    .option('--json', 'print the profile report as JSON (version 1 contract)')
    .option('--no-photos', 'do not look at the profile photos (no thumbnail, no photo checks)')
    .option('--as-of <date>', 'judge recency as of this date (ISO 8601) instead of now')
    .addHelpText(
      'after',
      `
Examples:
  decorum profile linkedin.zip facebook.zip x.zip instagram.zip
  decorum profile x.zip --json

Exit codes: 0 done (findings or not), 2 usage error, 3 nothing in the inputs could be read.`,
    )
    .action(async (inputs: string[], flags: ProfileFlags) => {
      const now = flags.asOf ? new Date(flags.asOf) : new Date();
      if (Number.isNaN(now.getTime()))
        throw new UsageError(`--as-of takes an ISO date like 2026-01-31, not '${flags.asOf}'`);
      refuseUnsafeOutputs([{ flag: '--db', path: flags.db }], inputs);
      const config = loadConfig(flags.config);
      // Loaded on use: the pipeline and detectors take about a second to load, which other commands never need.
      const [
        { importExports, checkImportedProfiles },
        { textDetectors },
        { detectionContext },
        { createPhotoAnalyzer },
      ] = await Promise.all([
        import('../audit/pipeline.js'),
        import('../detectors/index.js'),
        import('../audit/context.js'),
        import('../detectors/photo/index.js'),
      ]);
      const db = openStore(flags.db);
      try {
        const imported = await importExports({ inputs, db, now }, 'profile');
        let check: ProfileCheck;
        try {
          const seen = await checkImportedProfiles(
            imported,
            {
              config: config.audit,
              detectors: textDetectors(config.audit),
              ...(flags.photos ? { media: createPhotoAnalyzer({ db }) } : {}),
            },
            detectionContext(imported.positions, config.audit),
            now,
          );
          check = seen.check;
          imported.problems.push(...seen.problems);
        } finally {
          await imported.close();
        }
        saveProfileCheck(db, imported.runId, check);
        finishRun(db, imported.runId, { itemsRead: imported.items.length, findings: 0, problems: imported.problems });
        if (flags.json) write(`${jsonText(profileReport(check))}\n`);
        else say(profileSection(check));
        if (imported.items.length === 0 && imported.profiles.length === 0) {
          for (const problem of imported.problems) warn(`decorum: ${problem.file}: ${problem.message}`);
          process.exitCode = EXIT.unreadable;
        }
      } finally {
        db.close();
      }
    });
}
