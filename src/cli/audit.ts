import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { runAudit, summarise, type AuditPhase } from '../audit/pipeline.js';
import { loadConfig } from '../config/load.js';
import { textDetectors } from '../detectors/index.js';
import { createPhotoAnalyzer } from '../detectors/photo/index.js';
import { auditReport } from '../report/json.js';
import { htmlReport } from '../report/html.js';
import { terminalReport } from '../report/terminal.js';
import { DEFAULT_LIMITS } from '../source/types.js';
import { DEFAULT_DB_PATH, openStore } from '../store/db.js';
import { EXIT, parseIntOption, UsageError } from './exit.js';
import { progressBar } from './progress.js';
import { say, warn, write } from './output.js';
import { jsonText } from '../report/terminal-safe.js';

interface AuditFlags {
  db: string;
  config?: string;
  json?: boolean;
  html?: string;
  top: string;
  maxBytes?: string;
  asOf?: string;
  photos: boolean;
}

const PHASE_LABEL: Record<AuditPhase, string> = {
  open: 'opening',
  import: 'reading',
  detect: 'checking',
  photos: 'photos',
  save: 'saving',
};

export function registerAudit(program: Command): void {
  program
    .command('audit')
    .description('Find what in your exports could give an employer the wrong impression, and plan the clean-up')
    .argument('<exports...>', 'export zips or unpacked folders (X, Facebook, Instagram, LinkedIn), several at once')
    .option('--db <file>', 'SQLite store to write', DEFAULT_DB_PATH)
    .option('--config <file>', 'config file (default: ./decorum.config.json when present)')
    .option('--json', 'print the report as JSON (version 1 contract) to stdout')
    .option('--html <file>', 'also write a self-contained HTML report to this file')
    .option('--top <n>', 'how many items the terminal summary lists', '10')
    .option('--max-bytes <n>', 'largest total uncompressed size of one input, in bytes')
    .option('--no-photos', 'skip the photo analysis (text only; much faster on big exports)')
    .option('--as-of <date>', 'judge recency as of this date (ISO 8601) instead of now')
    .addHelpText(
      'after',
      `
Examples:
  decorum audit twitter-archive.zip
  decorum audit x.zip facebook-part1.zip facebook-part2.zip linkedin.zip --html report.html
  decorum audit export-folder/ --json > findings.json

Exit codes: 0 done (findings or not), 2 usage error, 3 nothing in the inputs could be read.`,
    )
    .action(async (inputs: string[], flags: AuditFlags) => {
      const now = flags.asOf ? new Date(flags.asOf) : new Date();
      if (Number.isNaN(now.getTime()))
        throw new UsageError(`--as-of takes an ISO date like 2026-01-31, not '${flags.asOf}'`);
      const top = parseIntOption('--top', flags.top);
      const limits = flags.maxBytes
        ? { ...DEFAULT_LIMITS, maxTotalBytes: parseIntOption('--max-bytes', flags.maxBytes) }
        : DEFAULT_LIMITS;
      const config = loadConfig(flags.config);
      const db = openStore(flags.db);
      const bar = progressBar();
      try {
        const result = await runAudit({
          inputs,
          db,
          config: config.audit,
          detectors: textDetectors(config.audit),
          ...(flags.photos ? { media: createPhotoAnalyzer({ db }) } : {}),
          limits,
          now,
          onProgress: ({ phase, done, total }) => bar.update(PHASE_LABEL[phase], done, total),
        });
        bar.done();
        const summary = summarise(result);
        if (flags.html) writeFileSync(flags.html, htmlReport(result, summary, now));
        if (flags.json) {
          write(`${jsonText(auditReport(result, summary))}\n`);
        } else {
          say(terminalReport(result, summary, top));
          if (flags.html) say(`\nHTML report: ${flags.html}`);
        }
        if (result.itemsRead === 0 && result.problems.length > 0) {
          if (flags.json) for (const problem of result.problems) warn(`decorum: ${problem.file}: ${problem.message}`);
          process.exitCode = EXIT.unreadable;
        }
      } finally {
        bar.done();
        db.close();
      }
    });
}
