import { coloursOn } from '../report/colors.js';
import { terminalSafe, terminalSafeKeepingColours } from '../report/terminal-safe.js';

/**
 * The only way commands print. Whatever a renderer put in a line (a post, a name, a zip entry's name, a problem
 * message), no control character reaches the terminal raw; JSON keeps every character as a `\uXXXX` escape.
 */
const safe = (text: string): string => (coloursOn ? terminalSafeKeepingColours(text) : terminalSafe(text));

/** Writes text to stdout as it is (add the newline yourself). */
export function write(text: string): void {
  process.stdout.write(safe(text));
}

/** Prints one or more lines to stdout. */
export function say(text: string): void {
  process.stdout.write(`${safe(text)}\n`);
}

/** Prints a message to stderr (never coloured). */
export function warn(text: string): void {
  process.stderr.write(`${terminalSafe(text)}\n`);
}
