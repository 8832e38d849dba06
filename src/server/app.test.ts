import { mkdtempSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configSchema } from '../config/schema.js';
import { createServer, type DecorumServer } from './app.js';

const PORT = 4317;
const ORIGIN = `http://127.0.0.1:${PORT}`;

describe('decorum serve API', () => {
  let server: DecorumServer;
  let dir: string;
  let cookie: string;

  const request = (path: string, init: RequestInit & { headers?: Record<string, string> } = {}) =>
    server.app.fetch(
      new Request(`${ORIGIN}${path}`, {
        ...init,
        headers: { host: `127.0.0.1:${PORT}`, cookie, ...(init.headers ?? {}) },
      }),
    );

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'decorum-server-'));
    server = createServer({
      dbPath: join(dir, 'decorum.db'),
      config: () => configSchema.parse({}),
      port: () => PORT,
      webRoot: join(dir, 'no-web'),
      samplePaths: () => [],
    });
    cookie = '';
    const login = await request(`/login?token=${server.sessions.pendingLoginToken}`);
    expect(login.status).toBe(302);
    cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
  });

  afterEach(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers signed-in requests with strict security headers and no CORS', async () => {
    const response = await request('/api/audit/summary');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(((await response.json()) as { findings: number }).findings).toBe(0);
  });

  it('refuses requests without the session cookie (401)', async () => {
    cookie = '';
    expect((await request('/api/audit/summary')).status).toBe(401);
    expect((await request('/')).status).toBe(401);
  });

  it('makes the sign-in token single-use', async () => {
    const again = await request(`/login?token=whatever`);
    expect(again.status).toBe(401);
    expect(server.sessions.pendingLoginToken).toBeNull();
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    for (const host of ['evil.example', `evil.example:${PORT}`, '127.0.0.1:9999', '192.168.1.5']) {
      expect((await request('/api/audit/summary', { headers: { host } })).status).toBe(403);
    }
    expect((await request('/api/audit/summary', { headers: { host: `localhost:${PORT}` } })).status).toBe(200);
  });

  it('refuses state changes without our Origin (CSRF)', async () => {
    const body = JSON.stringify({ samples: true });
    const json = { 'content-type': 'application/json' };
    expect((await request('/api/audit/runs', { method: 'POST', body, headers: json })).status).toBe(403);
    expect(
      (await request('/api/audit/runs', { method: 'POST', body, headers: { ...json, origin: 'https://evil.example' } }))
        .status,
    ).toBe(403);
  });

  it('streams an upload and refuses one over the limit', async () => {
    server.close();
    server = createServer({
      dbPath: join(dir, 'decorum.db'),
      config: () => configSchema.parse({}),
      port: () => PORT,
      maxUploadBytes: 1000,
      samplePaths: () => [],
    });
    const login = await server.app.fetch(
      new Request(`${ORIGIN}/login?token=${server.sessions.pendingLoginToken}`, {
        headers: { host: `127.0.0.1:${PORT}` },
      }),
    );
    cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const small = await request('/api/audit/uploads/export.zip', {
      method: 'PUT',
      body: 'x'.repeat(500),
      headers: { origin: ORIGIN },
    });
    expect(small.status).toBe(201);
    expect(((await small.json()) as { bytes: number }).bytes).toBe(500);
    const big = await request('/api/audit/uploads/big.zip', {
      method: 'PUT',
      body: 'x'.repeat(5000),
      headers: { origin: ORIGIN },
    });
    expect(big.status).toBe(413);
  });

  it('audits an upload that is not an export and reports it, then deletes the upload', async () => {
    const upload = await request('/api/audit/uploads/holiday.zip', {
      method: 'PUT',
      body: 'not a zip',
      headers: { origin: ORIGIN },
    });
    const { id } = (await upload.json()) as { id: string };
    const start = await request('/api/audit/runs', {
      method: 'POST',
      body: JSON.stringify({ uploads: [id] }),
      headers: { origin: ORIGIN, 'content-type': 'application/json' },
    });
    expect(start.status).toBe(202);
    const { job } = (await start.json()) as { job: string };
    const events = await (await request(`/api/audit/runs/${job}/events`)).text();
    expect(events).toContain('event: done');
    expect(events).toContain('holiday.zip');
    expect(events).toContain('is neither a folder nor a zip file');
    const again = await request('/api/audit/runs', {
      method: 'POST',
      body: JSON.stringify({ uploads: [id] }),
      headers: { origin: ORIGIN, 'content-type': 'application/json' },
    });
    expect(again.status).toBe(400);
  });

  it('survives the database being deleted under it', async () => {
    rmSync(join(dir, 'decorum.db'));
    const response = await request('/api/audit/summary');
    expect(response.status).toBe(200);
    expect(((await response.json()) as { databaseRecreated: boolean }).databaseRecreated).toBe(true);
    expect(existsSync(join(dir, 'decorum.db'))).toBe(true);
  });

  it('validates marks and 404s unknown findings', async () => {
    const put = (body: unknown) =>
      request('/api/audit/findings/nope/mark', {
        method: 'PUT',
        body: JSON.stringify(body),
        headers: { origin: ORIGIN, 'content-type': 'application/json' },
      });
    expect((await put({ status: 'burned' })).status).toBe(400);
    expect((await put({ status: 'deleted' })).status).toBe(404);
  });
});
