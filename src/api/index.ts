/** The local web API's contract: every shape the server sends or accepts, as zod schemas the web app shares. */
export * from './audit.js';
export * from './people.js';
export * from './triage.js';
