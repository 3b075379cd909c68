/**
 * The first schema. Applied migrations are checksummed: never edit this file once released;
 * add 002-*.ts instead.
 */
const immutable = (table: string): string => `
CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
BEGIN SELECT RAISE(ABORT, 'store: ${table} is immutable'); END;
CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
BEGIN SELECT RAISE(ABORT, 'store: ${table} is immutable'); END;
`;

export const name = 'initial';

export const sql = `
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE prompts (
  id TEXT PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  description TEXT NOT NULL,
  tags TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE prompt_versions (
  id TEXT PRIMARY KEY,
  prompt_id TEXT NOT NULL REFERENCES prompts(id),
  number INTEGER NOT NULL CHECK (number > 0),
  content TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  parent_number INTEGER,
  message TEXT NOT NULL,
  author TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (prompt_id, number)
) STRICT;

CREATE TABLE label_moves (
  seq INTEGER PRIMARY KEY,
  prompt_id TEXT NOT NULL REFERENCES prompts(id),
  label TEXT NOT NULL,
  number INTEGER NOT NULL,
  previous_number INTEGER,
  moved_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  FOREIGN KEY (prompt_id, number) REFERENCES prompt_versions(prompt_id, number)
) STRICT;
CREATE INDEX label_moves_by_prompt ON label_moves (prompt_id, label, seq);

CREATE TABLE approvals (
  seq INTEGER PRIMARY KEY,
  version_id TEXT NOT NULL REFERENCES prompt_versions(id),
  content_hash TEXT NOT NULL,
  approver TEXT NOT NULL,
  note TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX approvals_by_version ON approvals (version_id, seq);

CREATE TABLE golden_sets (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE golden_snapshots (
  id TEXT PRIMARY KEY,
  set_id TEXT NOT NULL REFERENCES golden_sets(id),
  number INTEGER NOT NULL CHECK (number > 0),
  source_file TEXT NOT NULL,
  case_count INTEGER NOT NULL,
  columns TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (set_id, number)
) STRICT;

CREATE TABLE golden_cases (
  snapshot_id TEXT NOT NULL REFERENCES golden_snapshots(id),
  position INTEGER NOT NULL,
  key TEXT NOT NULL,
  vars TEXT NOT NULL,
  expected TEXT,
  tags TEXT NOT NULL,
  note TEXT NOT NULL,
  source TEXT,
  PRIMARY KEY (snapshot_id, position),
  UNIQUE (snapshot_id, key)
) STRICT;

CREATE TABLE endpoints (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  base_url TEXT NOT NULL,
  url_key TEXT NOT NULL,
  api_key_ref TEXT,
  models TEXT NOT NULL,
  price_in_per_m REAL NOT NULL,
  price_out_per_m REAL NOT NULL,
  concurrency INTEGER NOT NULL,
  timeout_ms INTEGER NOT NULL
) STRICT;
CREATE INDEX endpoints_by_url ON endpoints (url_key);

CREATE TABLE runs (
  id TEXT PRIMARY KEY,
  snapshot_id TEXT NOT NULL REFERENCES golden_snapshots(id),
  variants TEXT NOT NULL,
  baseline_index INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('running', 'finished', 'interrupted')),
  started_at TEXT NOT NULL,
  finished_at TEXT
) STRICT;

CREATE TABLE cells (
  run_id TEXT NOT NULL REFERENCES runs(id),
  case_key TEXT NOT NULL,
  variant_index INTEGER NOT NULL,
  status TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (run_id, case_key, variant_index)
) STRICT;

CREATE TABLE audit (
  seq INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  time TEXT NOT NULL,
  user_context TEXT NOT NULL,
  workspace_id TEXT NOT NULL,
  prompt_slug TEXT,
  prompt_version INTEGER,
  version_hash TEXT,
  run_id TEXT,
  case_key TEXT,
  endpoint TEXT NOT NULL,
  requested_model TEXT NOT NULL,
  returned_model TEXT,
  fingerprint TEXT,
  params TEXT NOT NULL,
  input_hash TEXT NOT NULL,
  input TEXT,
  output TEXT,
  output_hash TEXT,
  error TEXT,
  latency_ms REAL,
  tokens_in INTEGER,
  tokens_out INTEGER,
  cost REAL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
) STRICT;
CREATE INDEX audit_by_prompt ON audit (prompt_slug, prompt_version);
CREATE INDEX audit_by_run ON audit (run_id);

${immutable('prompt_versions')}
${immutable('label_moves')}
${immutable('approvals')}
${immutable('golden_snapshots')}
${immutable('golden_cases')}
${immutable('audit')}
`;
