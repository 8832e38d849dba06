import type { Command } from 'commander';
import { registerAudit } from './audit.js';
import { registerServe } from './serve.js';

/** Every command, each registered by its own module. */
export const COMMANDS: ((program: Command) => void)[] = [registerAudit, registerServe];
