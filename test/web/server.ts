import { serve, type ServerType } from '@hono/node-server';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
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
  const server = createServer({
    dbPath: join(dir, 'decorum.db'),
    config: () => configSchema.parse({}),
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
