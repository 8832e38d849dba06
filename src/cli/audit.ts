import type { Command } from 'commander';
import type { AuditPhase, AuditResult, AuditSummary } from '../audit/pipeline.js';
import { loadConfig } from '../config/load.js';
import { itemsCsv } from '../report/items-csv.js';
import { auditReport } from '../report/json.js';
import { htmlReport } from '../report/html.js';
import { terminalReport } from '../report/terminal.js';
import { DEFAULT_LIMITS } from '../source/types.js';
import { DEFAULT_DB_PATH, openStore } from '../store/db.js';
import { EXIT, parseIntOption, UsageError } from './exit.js';
import { refuseUnsafeOutputs, writeAtomically, type OutputTarget } from './outputs.js';
import { progressBar } from './progress.js';
import { say, warn, write } from './output.js';
import { jsonText } from '../report/terminal-safe.js';

interface AuditFlags {
  db: string;
  config?: string;
  /** true: JSON to stdout; a string: JSON to that file. */
  json?: boolean | string;
  html?: string;
  csv?: string;
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
    .option('--json [file]', 'print the report as JSON (version 1 contract) to stdout, or write it to FILE')
    .option('--html <file>', 'also write a self-contained HTML report to this file')
    .option('--csv <file>', 'also write the flagged items as a spreadsheet (CSV, one row per item) to this file')
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
  decorum audit linkedin.zip --csv findings.csv --json findings.json

Report files are never written over an input or into an input folder, and are replaced whole (a failed run leaves
the earlier file as it was).
Exit codes: 0 done (findings or not), 2 usage error, 3 nothing in the inputs could be read, 4 the store is busy.`,
    )
    .action(async (inputs: string[], flags: AuditFlags) => {
      const now = flags.asOf ? new Date(flags.asOf) : new Date();
      if (Number.isNaN(now.getTime()))
        throw new UsageError(`--as-of takes an ISO date like 2026-01-31, not '${flags.asOf}'`);
      const top = parseIntOption('--top', flags.top);
      const limits = flags.maxBytes
        ? { ...DEFAULT_LIMITS, maxTotalBytes: parseIntOption('--max-bytes', flags.maxBytes) }
        : DEFAULT_LIMITS;
      const files: (OutputTarget & {
        label: string;
        render: (result: AuditResult, summary: AuditSummary) => string;
      })[] = [];
      if (flags.html)
        files.push({ label: 'HTML report', flag: '--html', path: flags.html, render: (r, s) => htmlReport(r, s, now) });
      if (flags.csv)
        files.push({ label: 'Spreadsheet', flag: '--csv', path: flags.csv, render: (r) => itemsCsv(r.findings) });
      if (typeof flags.json === 'string')
        files.push({
          label: 'JSON report',
          flag: '--json',
          path: flags.json,
          render: (r, s) => `${jsonText(auditReport(r, s))}\n`,
        });
      refuseUnsafeOutputs([{ flag: '--db', path: flags.db }, ...files], inputs);
      const config = loadConfig(flags.config);
      const db = openStore(flags.db, (runs) => {
        for (const run of runs)
          warn(
            `decorum: an earlier ${run.command} (started ${run.startedAt}) was stopped before it finished; marked interrupted`,
          );
      });
      // Loaded here, not at start-up: the detectors' word and language lists take about a second to load, and
      // `decorum --help` or `decorum coach` never need them.
      const [{ runAudit, summarise }, { textDetectors }, { createPhotoAnalyzer }] = await Promise.all([
        import('../audit/pipeline.js'),
        import('../detectors/index.js'),
        import('../detectors/photo/index.js'),
      ]);
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
        const unreadable = result.itemsRead === 0 && result.problems.length > 0;
        // A run that read nothing keeps the earlier reports rather than replacing them with empty ones.
        if (!unreadable) for (const file of files) writeAtomically(file.path, file.render(result, summary));
        if (flags.json === true) {
          write(`${jsonText(auditReport(result, summary))}\n`);
        } else {
          say(terminalReport(result, summary, top));
          for (const file of files)
            say(`${file.label}: ${file.path}${unreadable ? ' (not written: nothing could be read)' : ''}`);
        }
        if (unreadable) {
          if (flags.json === true)
            for (const problem of result.problems) warn(`decorum: ${problem.file}: ${problem.message}`);
          process.exitCode = EXIT.unreadable;
        }
      } finally {
        bar.done();
        db.close();
      }
    });
}
