import type { Command } from 'commander';
import { registerAudit } from './audit.js';
import { registerCoach } from './coach.js';
import { registerContacts } from './contacts.js';
import { registerFollowups } from './followups.js';
import { registerNetwork } from './network.js';
import { registerPlan } from './plan.js';
import { registerProfile } from './profile.js';
import { registerServe } from './serve.js';
import { registerTriage } from './triage.js';

/** Every command, each registered by its own module. */
export const COMMANDS: ((program: Command) => void)[] = [
  registerAudit,
  registerPlan,
  registerProfile,
  registerServe,
  registerNetwork,
  registerTriage,
  registerCoach,
  registerContacts,
  registerFollowups,
];
