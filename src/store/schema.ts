/**
 * Table definitions, one block per feature. Names are plain so the file reads well in any SQLite tool.
 * Statements must be idempotent (`IF NOT EXISTS`): they run every time the store opens.
 */
const AUDIT = `
CREATE TABLE IF NOT EXISTS runs (
  id            INTEGER PRIMARY KEY,
  command       TEXT NOT NULL,
  started_at    TEXT NOT NULL,
  finished_at   TEXT,
  inputs        TEXT NOT NULL,          -- JSON array of the inputs as given
  items_read    INTEGER NOT NULL DEFAULT 0,
  findings      INTEGER NOT NULL DEFAULT 0,
  problems      TEXT NOT NULL DEFAULT '[]' -- JSON array of {file, message}
);

-- The process running each unfinished run, so a later start can tell a run that was killed (marked interrupted)
-- from one another process is still running on the same store.
CREATE TABLE IF NOT EXISTS run_processes (
  run_id          INTEGER PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
  pid             INTEGER NOT NULL,
  host            TEXT NOT NULL,
  interrupted_at  TEXT                  -- set when a later start found the process gone
);

CREATE TABLE IF NOT EXISTS accounts (
  platform    TEXT NOT NULL,
  handle      TEXT NOT NULL DEFAULT '',
  account_id  TEXT,
  name        TEXT,
  is_private  INTEGER,
  PRIMARY KEY (platform, handle)
);

CREATE TABLE IF NOT EXISTS items (
  platform       TEXT NOT NULL,
  kind           TEXT NOT NULL,
  id             TEXT NOT NULL,          -- the platform's own id (as text), or one derived from the content
  text           TEXT NOT NULL,
  created_at     TEXT,                   -- ISO 8601, UTC
  audience       TEXT NOT NULL,
  likes          INTEGER,
  reposts        INTEGER,
  replies        INTEGER,
  comments       INTEGER,
  url            TEXT,
  lang           TEXT,
  author         TEXT,
  person_name    TEXT,
  direction      TEXT,
  thread         TEXT,
  input          TEXT NOT NULL,          -- the zip or folder it came from
  file           TEXT NOT NULL,          -- the file inside the export
  record_index   INTEGER,
  details        TEXT NOT NULL,          -- JSON: the whole item, for anything not in a column
  last_run_id    INTEGER REFERENCES runs(id),
  PRIMARY KEY (platform, kind, id)
);
CREATE INDEX IF NOT EXISTS items_by_run ON items (last_run_id);

CREATE TABLE IF NOT EXISTS media (
  platform    TEXT NOT NULL,
  item_kind   TEXT NOT NULL,
  item_id     TEXT NOT NULL,
  position    INTEGER NOT NULL,
  path        TEXT,                      -- inside the export; NULL when the file is not in it
  type        TEXT NOT NULL,
  ref         TEXT,
  latitude    REAL,
  longitude   REAL,
  taken_at    TEXT,
  PRIMARY KEY (platform, item_kind, item_id, position),
  FOREIGN KEY (platform, item_kind, item_id) REFERENCES items (platform, kind, id) ON DELETE CASCADE
);

CREATE TABLE IF NOT EXISTS findings (
  key          TEXT PRIMARY KEY,         -- stable across runs: marks made in the web app survive re-audits
  run_id       INTEGER NOT NULL REFERENCES runs(id),
  rule_id      TEXT NOT NULL,
  platform     TEXT NOT NULL,
  item_kind    TEXT NOT NULL,
  item_id      TEXT NOT NULL,
  category     TEXT NOT NULL,
  severity     TEXT NOT NULL,
  confidence   REAL NOT NULL,
  priority     INTEGER NOT NULL,
  reason       TEXT NOT NULL,
  evidence     TEXT NOT NULL,            -- JSON array of {start, end, text}
  action       TEXT NOT NULL,
  media_path   TEXT,
  details      TEXT,
  FOREIGN KEY (platform, item_kind, item_id) REFERENCES items (platform, kind, id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS findings_by_item ON findings (platform, item_kind, item_id);
CREATE INDEX IF NOT EXISTS findings_by_priority ON findings (priority DESC);

CREATE TABLE IF NOT EXISTS finding_marks (
  finding_key  TEXT PRIMARY KEY,         -- no foreign key: a mark outlives a finding that a re-audit drops
  status       TEXT NOT NULL CHECK (status IN ('deleted', 'restricted', 'kept')),
  marked_at    TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS positions (
  platform     TEXT NOT NULL,
  company      TEXT NOT NULL,
  title        TEXT NOT NULL DEFAULT '',
  started_on   TEXT NOT NULL DEFAULT '',
  finished_on  TEXT,
  PRIMARY KEY (platform, company, title, started_on)
);
`;

/** Network map (src/network/): the user's corrections to company grouping, and their target employers. */
const NETWORK = `
CREATE TABLE IF NOT EXISTS network_company_overrides (
  variant_key  TEXT PRIMARY KEY,         -- the name as typed, trimmed and lower-cased: one override per spelling
  variant      TEXT NOT NULL,            -- the name as the user typed it
  action       TEXT NOT NULL CHECK (action IN ('pin', 'split')),
  target       TEXT,                     -- for pin: the employer it belongs to
  created_at   TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS network_targets (
  company_key  TEXT PRIMARY KEY,         -- companyKey(name): "Contoso Ltd." and "Contoso" are one target
  name         TEXT NOT NULL,
  note         TEXT,
  added_at     TEXT NOT NULL
);
`;

/** The photo audit's cache: one analysis per photo content hash and analysis version (`src/detectors/photo`). */
const PHOTOS = `
CREATE TABLE IF NOT EXISTS photo_cache (
  hash         TEXT NOT NULL,            -- sha256 of the file's bytes
  version      INTEGER NOT NULL,         -- ANALYSIS_VERSION: models or preprocessing changed → analysed again
  outcome      TEXT NOT NULL,            -- JSON: {ok, analysis} or {ok: false, message}
  thumbnail    TEXT,                     -- data URI, made when the photo first has a finding
  analysed_at  TEXT NOT NULL,
  PRIMARY KEY (hash, version)
);
`;

/** Request triage: the user's labels of people, and what each run decided (so the next run shows what is new). */
const TRIAGE = `
CREATE TABLE IF NOT EXISTS triage_labels (
  name_key      TEXT PRIMARY KEY,        -- normalised name (src/people/names.ts normalizeName)
  name          TEXT NOT NULL,           -- as the user typed it
  relationship  TEXT NOT NULL,
  labelled_at   TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS triage_decisions (
  request_key   TEXT PRIMARY KEY,        -- platform + profile link or normalised name (src/triage/requests.ts)
  platform      TEXT NOT NULL,
  name          TEXT NOT NULL,
  relationship  TEXT NOT NULL,
  decision      TEXT NOT NULL CHECK (decision IN ('accept', 'redirect', 'ignore', 'review')),
  reason        TEXT NOT NULL,
  reply         TEXT,
  decided_at    TEXT NOT NULL
);

-- The user's own wording of a reply draft (web app); the draft in triage_decisions stays as the policy wrote it.
-- Created on open like every table here, so a store from before it gains it with no other step.
CREATE TABLE IF NOT EXISTS triage_reply_edits (
  request_key   TEXT PRIMARY KEY,        -- as in triage_decisions
  reply         TEXT NOT NULL,
  edited_at     TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS triage_done (
  request_key   TEXT PRIMARY KEY,        -- as in triage_decisions: the user has acted on this request (web app)
  done_at       TEXT NOT NULL
);
`;

/** Contact tracker (src/tracker/): people the user reaches out to, and what went back and forth. */
const TRACKER = `
CREATE TABLE IF NOT EXISTS contacts (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  name_key    TEXT NOT NULL UNIQUE,      -- normalised name (src/people/names.ts normalizeName)
  platform    TEXT,
  company     TEXT,
  position    TEXT,
  url         TEXT,
  email       TEXT,
  purpose     TEXT NOT NULL DEFAULT 'networking' CHECK (purpose IN ('networking', 'application')),
  note        TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS contact_log (
  id          INTEGER PRIMARY KEY,
  contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  direction   TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
  channel     TEXT NOT NULL,
  at          TEXT NOT NULL,             -- ISO 8601
  note        TEXT NOT NULL DEFAULT '',
  source      TEXT UNIQUE                -- import:<platform>:<kind>:<item id> for imported entries; NULL when typed
);
CREATE INDEX IF NOT EXISTS contact_log_by_contact ON contact_log (contact_id, at);
`;

/**
 * The clean-up plan (src/plan/): what the user marked done or skipped, per item (the web app's per-finding marks
 * in finding_marks count too; src/plan/status.ts reconciles both).
 */
const PLAN = `
CREATE TABLE IF NOT EXISTS plan_marks (
  platform     TEXT NOT NULL,
  item_kind    TEXT NOT NULL,
  item_id      TEXT NOT NULL,            -- no foreign key: the mark must outlive the item's findings
  status       TEXT NOT NULL CHECK (status IN ('done', 'skipped')),
  marked_at    TEXT NOT NULL,
  PRIMARY KEY (platform, item_kind, item_id)
);
-- "Is there a newer export of this platform and kind?" — asked for every planned item.
CREATE INDEX IF NOT EXISTS items_by_kind_run ON items (platform, kind, last_run_id);
`;

/** The profile check of each run (src/profile/): what a recruiter sees first, for the web app's first view. */
const PROFILE = `
CREATE TABLE IF NOT EXISTS profile_checks (
  run_id      INTEGER PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
  check_json  TEXT NOT NULL              -- JSON: records, findings, mismatches, photo thumbnails (data: URIs)
);
`;

export const SCHEMAS: readonly string[] = [AUDIT, NETWORK, PHOTOS, TRIAGE, TRACKER, PLAN, PROFILE];

/**
 * Columns added to a table after it first shipped: `CREATE TABLE IF NOT EXISTS` does not add them to an older
 * store, so `openStore` adds each one a table lacks.
 */
export const ADDED_COLUMNS: readonly { table: string; column: string; type: string }[] = [
  // Incremental re-audit (src/audit/batches.ts): an item whose content and analysis key are unchanged keeps its
  // stored detections instead of being read by the detectors again.
  { table: 'items', column: 'content_hash', type: 'TEXT' }, // sha1 of the item's JSON (`details`)
  { table: 'items', column: 'analysis_key', type: 'TEXT' }, // detector code, versions and context of `detections`
  { table: 'items', column: 'detections', type: 'TEXT' }, // JSON: the text detectors' detections, before the config
  { table: 'items', column: 'not_assessed', type: 'TEXT' }, // language code when no text detector reads it
  // Per run: where the item came in the reading order, and whether only a lone weak cue was found in it.
  { table: 'items', column: 'run_order', type: 'INTEGER' },
  { table: 'items', column: 'held_back', type: 'INTEGER' },
  // An audit's inputs and settings (src/audit/fingerprint.ts) and what it read (JSON: items per input, profiles):
  // the same audit again re-uses the items instead of reading the inputs.
  { table: 'runs', column: 'fingerprint', type: 'TEXT' },
  { table: 'runs', column: 'inputs_read', type: 'TEXT' },
  // The order the run produced the finding in: breaks priority ties the way the run did.
  { table: 'findings', column: 'ordinal', type: 'INTEGER' },
];
