import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { DEFAULT_CONFIG_PATH } from '../config/load.js';
import type { DecorumConfig } from '../config/schema.js';
import { AuditJobs } from './jobs.js';
import { WEB_DIST, bundledSamples } from './paths.js';
import { auditRoutes } from './routes/audit.js';
import { peopleRoutes } from './routes/people.js';
import { triageRoutes } from './routes/triage.js';
import { hostGuard, originGuard, securityHeaders, sessionGuard } from './security.js';
import { SESSION_COOKIE, Sessions } from './session.js';
import { serveWebApp } from './static.js';
import { isStoreBusy } from '../store/db.js';
import { StoreHandle } from './store-handle.js';
import { removeStaleUploads, UploadStore } from './uploads.js';

export interface ServerOptions {
  dbPath: string;
  config: () => DecorumConfig;
  /** The port the server listens on, known only after listening (port 0 picks a free one). */
  port: () => number;
  maxUploadBytes?: number;
  webRoot?: string;
  samplePaths?: () => string[];
  /** The config file `config()` reads (shown on the triage screen as the file to edit). */
  configPath?: string;
}

export interface DecorumServer {
  app: Hono;
  sessions: Sessions;
  close(): void;
}

const DEFAULT_MAX_UPLOAD = 20 * 1024 ** 3;

export function createServer(options: ServerOptions): DecorumServer {
  const sessions = new Sessions();
  const store = new StoreHandle(options.dbPath);
  // Upload folders of a server that was killed (no Ctrl+C, so no clean-up) hold whole exports: remove them now.
  removeStaleUploads();
  const uploads = new UploadStore(options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD);
  const jobs = new AuditJobs();
  const app = new Hono();

  app.use('*', securityHeaders, hostGuard(options.port));
  app.get('/login', (c) => {
    const session = sessions.redeem(c.req.query('token') ?? '');
    if (!session)
      return c.text('This sign-in link was already used or is wrong. Restart `decorum serve` for a new one.', 401);
    setCookie(c, SESSION_COOKIE, session, { httpOnly: true, sameSite: 'Strict', path: '/' });
    return c.redirect('/', 302);
  });
  app.use('*', sessionGuard(sessions), originGuard(options.port));
  app.onError((error, c) => {
    if (error instanceof URIError) return c.json({ error: 'The address has malformed percent-encoding.' }, 400);
    if (isStoreBusy(error))
      return c.json({ error: 'The store is busy: another Decorum command is writing to it. Try again shortly.' }, 503);
    return c.json({ error: error.message }, 500);
  });

  app.route(
    '/api/audit',
    auditRoutes({ store, uploads, jobs, config: options.config, samplePaths: options.samplePaths ?? bundledSamples }),
  );
  app.route(
    '/api/triage',
    triageRoutes({ store, config: options.config, configPath: options.configPath ?? DEFAULT_CONFIG_PATH }),
  );
  app.route('/api', peopleRoutes({ store }));
  app.all('/api/*', (c) => c.json({ error: 'No such API.' }, 404));
  app.get('*', (c) => serveWebApp(c, options.webRoot ?? WEB_DIST));

  return {
    app,
    sessions,
    close() {
      uploads.removeAll();
      store.close();
    },
  };
}
