import { Command, CommanderError } from 'commander';
import { COMMANDS } from './commands.js';
import { ConfigError } from '../config/load.js';
import { EXIT, UsageError } from './exit.js';
import { warn } from './output.js';
import { BUSY_TIMEOUT_MS, isStoreBusy } from '../store/db.js';

const program = new Command('decorum')
  .description(
    'Audit your social media exports, coach your outreach, triage requests. Everything stays on this machine.',
  )
  .version('0.1.0')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

for (const register of COMMANDS) register(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    if (
      error.code === 'commander.helpDisplayed' ||
      error.code === 'commander.version' ||
      error.code === 'commander.help'
    ) {
      process.exit(EXIT.ok);
    }
    process.exit(EXIT.usage);
  }
  if (error instanceof UsageError || error instanceof ConfigError) {
    warn(`decorum: ${error.message}`);
    process.exit(EXIT.usage);
  }
  if (isStoreBusy(error)) {
    warn(
      `decorum: the store is busy: another Decorum command (an audit, or decorum serve) kept it locked for over ${BUSY_TIMEOUT_MS / 1000} s; try again when it has finished`,
    );
    process.exit(EXIT.busy);
  }
  warn(`decorum: ${error instanceof Error ? error.message : String(error)}`);
  if (process.env.DECORUM_DEBUG && error instanceof Error) warn(error.stack ?? '');
  process.exit(EXIT.unreadable);
}
