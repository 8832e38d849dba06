import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { SESSION_COOKIE, type Sessions } from './session.js';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

function hostName(host: string | undefined): string | null {
  if (!host) return null;
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(host);
  return match?.[1]?.toLowerCase() ?? null;
}

/** Refuses requests whose Host is not this machine's loopback name: a DNS-rebinding page cannot reach us. */
export function hostGuard(port: () => number): MiddlewareHandler {
  return async (c, next) => {
    const host = c.req.header('host');
    const name = hostName(host);
    const hostPort = host?.split(':')[1];
    if (!name || !LOCAL_HOSTS.has(name) || (hostPort !== undefined && Number(hostPort) !== port())) {
      return c.text('Refused: this server only answers to localhost.', 403);
    }
    await next();
  };
}

/** State-changing requests must come from our own page (CSRF): Origin must be this server. */
export function originGuard(port: () => number): MiddlewareHandler {
  return async (c, next) => {
    if (!SAFE_METHODS.has(c.req.method)) {
      const origin = c.req.header('origin');
      const allowed = [`http://127.0.0.1:${port()}`, `http://localhost:${port()}`];
      if (!origin || !allowed.includes(origin)) return c.json({ error: 'Refused: request from another site.' }, 403);
    }
    await next();
  };
}

/** Everything but the login exchange needs a valid session cookie. */
export function sessionGuard(sessions: Sessions): MiddlewareHandler {
  return async (c, next) => {
    if (!sessions.isValid(getCookie(c, SESSION_COOKIE))) {
      return c.json({ error: 'Not signed in: open the URL that `decorum serve` printed.' }, 401);
    }
    await next();
  };
}

/** Strict headers on every answer; no CORS headers are ever sent, so other origins cannot read responses. */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Frame-Options', 'DENY');
  c.header('Cross-Origin-Opener-Policy', 'same-origin');
  c.header('Cross-Origin-Resource-Policy', 'same-origin');
  c.header('Cache-Control', 'no-store');
};
