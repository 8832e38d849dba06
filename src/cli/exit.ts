/** Exit codes, shared by every command (README "Exit codes"). */
export const EXIT = {
  ok: 0,
  /** The check found error-level problems (coach). */
  findings: 1,
  usage: 2,
  /** Nothing readable in the inputs. */
  unreadable: 3,
  /** Another Decorum process kept the store locked for longer than the busy timeout. */
  busy: 4,
} as const;

/** A mistake in how the command was called: printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Parses a whole number option, or throws a usage error naming the option. */
export function parseIntOption(name: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new UsageError(`${name} takes a whole number, not '${value}'`);
  return number;
}

/** Checks a choice option against its valid values, listing them when it is wrong. */
export function parseChoice<T extends string>(name: string, value: string, valid: readonly T[]): T {
  if ((valid as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${name} must be one of ${valid.join(', ')}; got '${value}'`);
}
