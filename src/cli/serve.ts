import { serve } from '@hono/node-server';
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import type { Command } from 'commander';
import { DEFAULT_CONFIG_PATH, loadConfig } from '../config/load.js';
import { DEFAULT_DB_PATH } from '../store/db.js';
import { EXIT, parseIntOption, UsageError } from './exit.js';
import { say, warn } from './output.js';

interface ServeFlags {
  db: string;
  port: string;
  config?: string;
  open?: boolean;
}

function openBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  spawn(command, [url], { stdio: 'ignore', detached: true })
    .on('error', () => {})
    .unref();
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Open the local web app (audit review, coach, triage) on 127.0.0.1 only')
    .option('--db <file>', 'SQLite store', DEFAULT_DB_PATH)
    .option('--port <n>', 'port (0 picks a free one)', '0')
    .option('--config <file>', 'config file (default: ./decorum.config.json when present)')
    .option('--open', 'open the browser at the sign-in URL')
    .action(async (flags: ServeFlags) => {
      const requested = parseIntOption('--port', flags.port);
      if (requested > 65535) throw new UsageError(`--port takes 0–65535 (0 picks a free one), not '${flags.port}'`);
      loadConfig(flags.config);
      // Loaded on use: the server's routes pull in the audit pipeline and detectors, which other commands never need.
      const { createServer } = await import('../server/app.js');
      let port = requested;
      const server = createServer({
        dbPath: flags.db,
        config: () => loadConfig(flags.config),
        configPath: flags.config ?? DEFAULT_CONFIG_PATH,
        port: () => port,
      });
      const http = serve({ fetch: server.app.fetch, hostname: '127.0.0.1', port: requested }, (info: AddressInfo) => {
        port = info.port;
        const url = `http://127.0.0.1:${port}/login?token=${server.sessions.pendingLoginToken}`;
        say(`Decorum is running at ${url}\n(one-time sign-in link; only this machine can connect; Ctrl+C to stop)`);
        if (flags.open) openBrowser(url);
      });
      http.on('error', (error: NodeJS.ErrnoException) => {
        server.close();
        warn(
          error.code === 'EADDRINUSE'
            ? `decorum: port ${requested} is already in use (another decorum serve?); pick another with --port, or --port 0 for any free one`
            : `decorum: cannot listen on 127.0.0.1:${requested}: ${error.message}`,
        );
        process.exit(EXIT.usage);
      });
      const stop = () => {
        server.close();
        http.close();
        process.exit(0);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
}
