import { randomBytes, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'decorum_session';

const secret = (): string => randomBytes(32).toString('base64url');

const same = (a: string, b: string): boolean => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

/**
 * The printed URL carries a one-time login token; opening it swaps the token for a session cookie.
 * A leaked URL (shell history, screen share) is useless once used, and other local users cannot guess either.
 */
export class Sessions {
  private loginToken: string | null = secret();
  private readonly sessions = new Set<string>();

  get pendingLoginToken(): string | null {
    return this.loginToken;
  }

  /** Exchanges the one-time token for a new session id, or returns null when the token is wrong or used. */
  redeem(token: string): string | null {
    if (!this.loginToken || !same(token, this.loginToken)) return null;
    this.loginToken = null;
    const session = secret();
    this.sessions.add(session);
    return session;
  }

  isValid(session: string | undefined): boolean {
    if (!session) return false;
    for (const known of this.sessions) if (same(session, known)) return true;
    return false;
  }
}
