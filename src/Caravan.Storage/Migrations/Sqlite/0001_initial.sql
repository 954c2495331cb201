-- Caravan storage, version 1 (SQLite). Times are Unix milliseconds (UTC); booleans 0/1;
-- JSON is text. Results live apart from runs so listing runs never reads them.
CREATE TABLE scenarios (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    owner       TEXT NOT NULL,
    shared      INTEGER NOT NULL DEFAULT 0,
    body        TEXT NOT NULL,
    created_ms  INTEGER NOT NULL,
    updated_ms  INTEGER NOT NULL
);
CREATE INDEX ix_scenarios_owner ON scenarios (owner);

CREATE TABLE runs (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    owner       TEXT NOT NULL,
    status      TEXT NOT NULL,
    inputs      TEXT NOT NULL,
    manifest    TEXT NOT NULL,
    progress    REAL NOT NULL DEFAULT 0,
    error       TEXT NULL,
    created_ms  INTEGER NOT NULL,
    started_ms  INTEGER NULL,
    finished_ms INTEGER NULL
);
CREATE INDEX ix_runs_created ON runs (created_ms);

CREATE TABLE run_results (
    run_id      TEXT PRIMARY KEY REFERENCES runs (id) ON DELETE CASCADE,
    body        TEXT NOT NULL
);

CREATE TABLE api_keys (
    id          TEXT PRIMARY KEY,
    owner       TEXT NOT NULL,
    role        TEXT NOT NULL,
    secret_hash TEXT NOT NULL,
    created_ms  INTEGER NOT NULL,
    revoked_ms  INTEGER NULL
);
