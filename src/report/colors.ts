import { createColors } from 'picocolors';

/**
 * Terminal colours only when a person reads the output: stdout is a terminal, NO_COLOR is unset (or FORCE_COLOR
 * is set). picocolors alone also colours whenever CI is set, which would put escape codes in piped output.
 */
export const coloursOn =
  'FORCE_COLOR' in process.env || (Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env));

export const colors = createColors(coloursOn);
