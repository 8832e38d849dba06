/** The contact tracker's public functions, for the CLI, the web app and the network map. */
export {
  addContact,
  CHANNELS,
  contactHistory,
  contactKey,
  contactLog,
  dueFollowUps,
  findContact,
  importHistory,
  listContacts,
  logContact,
  PURPOSES,
  setPurpose,
  type Channel,
  type Contact,
  type ContactSummary,
  type FollowUps,
  type ImportOutcome,
  type LogEntry,
  type NewContact,
} from './contacts.js';
export { followUpStatus, STOP_AFTER, type FollowUpState, type FollowUpStatus, type Purpose } from './timing.js';
