import { serve, type ServerType } from '@hono/node-server';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config/load.js';
import { configSchema } from '../../src/config/schema.js';
import { createServer, type DecorumServer } from '../../src/server/app.js';

export interface RunningServer {
  origin: string;
  loginUrl: string;
  dir: string;
  server: DecorumServer;
  stop(): Promise<void>;
}

/** `decorum serve` in-process on a free loopback port, with its own empty database. */
export async function startServer(samplePaths: () => string[]): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'decorum-e2e-'));
  let port = 0;
  // The config lives in the test's own folder: the triage screen writes its policy there, never into the repo.
  const configPath = join(dir, 'decorum.config.json');
  const server = createServer({
    dbPath: join(dir, 'decorum.db'),
    config: () => (existsSync(configPath) ? loadConfig(configPath) : configSchema.parse({})),
    configPath,
    port: () => port,
    samplePaths,
  });
  const http: ServerType = await new Promise((resolve) => {
    const listening = serve({ fetch: server.app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => {
      port = info.port;
      resolve(listening);
    });
  });
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    loginUrl: `${origin}/login?token=${server.sessions.pendingLoginToken}`,
    dir,
    server,
    async stop() {
      server.close();
      await new Promise((resolve) => http.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
