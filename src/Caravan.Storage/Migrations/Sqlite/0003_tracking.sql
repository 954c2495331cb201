-- Caravan storage, version 3 (Sqlite). Tracking: consignments, the events taken in (normalised, with
-- the raw payload inside the body), and the alerts raised, each once per consignment, kind and subject.
-- Times are Unix milliseconds (UTC); bodies are JSON text written by the host.
CREATE TABLE track_consignments (
    id          TEXT PRIMARY KEY,
    body        TEXT NOT NULL,
    created_ms  INTEGER NOT NULL,
    updated_ms  INTEGER NOT NULL
);

CREATE TABLE track_events (
    event_id    TEXT PRIMARY KEY,
    format      TEXT NOT NULL,
    time_ms     INTEGER NOT NULL,
    retraction  integer NOT NULL DEFAULT 0,
    body        TEXT NOT NULL,
    received_ms INTEGER NOT NULL
);
CREATE INDEX ix_track_events_time ON track_events (time_ms);

CREATE TABLE track_alerts (
    consignment TEXT NOT NULL,
    kind        TEXT NOT NULL,
    subject     TEXT NOT NULL,
    raised_ms   INTEGER NOT NULL,
    reason      TEXT NOT NULL,
    PRIMARY KEY (consignment, kind, subject)
);
