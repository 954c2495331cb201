-- Caravan storage, version 1 (PostgreSQL). Times are Unix milliseconds (UTC) as bigint and
-- booleans 0/1, the same as on SQLite, so one set of queries serves both; JSON is text.
CREATE TABLE scenarios (
    id          text PRIMARY KEY,
    name        text NOT NULL,
    owner       text NOT NULL,
    shared      integer NOT NULL DEFAULT 0,
    body        text NOT NULL,
    created_ms  bigint NOT NULL,
    updated_ms  bigint NOT NULL
);
CREATE INDEX ix_scenarios_owner ON scenarios (owner);

CREATE TABLE runs (
    id          text PRIMARY KEY,
    kind        text NOT NULL,
    owner       text NOT NULL,
    status      text NOT NULL,
    inputs      text NOT NULL,
    manifest    text NOT NULL,
    progress    double precision NOT NULL DEFAULT 0,
    error       text NULL,
    created_ms  bigint NOT NULL,
    started_ms  bigint NULL,
    finished_ms bigint NULL
);
CREATE INDEX ix_runs_created ON runs (created_ms);

CREATE TABLE run_results (
    run_id      text PRIMARY KEY REFERENCES runs (id) ON DELETE CASCADE,
    body        text NOT NULL
);

CREATE TABLE api_keys (
    id          text PRIMARY KEY,
    owner       text NOT NULL,
    role        text NOT NULL,
    secret_hash text NOT NULL,
    created_ms  bigint NOT NULL,
    revoked_ms  bigint NULL
);
