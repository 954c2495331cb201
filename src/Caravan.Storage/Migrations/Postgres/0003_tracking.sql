-- Caravan storage, version 3 (Postgres). Tracking: consignments, the events taken in (normalised, with
-- the raw payload inside the body), and the alerts raised, each once per consignment, kind and subject.
-- Times are Unix milliseconds (UTC); bodies are JSON text written by the host.
CREATE TABLE track_consignments (
    id          text PRIMARY KEY,
    body        text NOT NULL,
    created_ms  bigint NOT NULL,
    updated_ms  bigint NOT NULL
);

CREATE TABLE track_events (
    event_id    text PRIMARY KEY,
    format      text NOT NULL,
    time_ms     bigint NOT NULL,
    retraction  integer NOT NULL DEFAULT 0,
    body        text NOT NULL,
    received_ms bigint NOT NULL
);
CREATE INDEX ix_track_events_time ON track_events (time_ms);

CREATE TABLE track_alerts (
    consignment text NOT NULL,
    kind        text NOT NULL,
    subject     text NOT NULL,
    raised_ms   bigint NOT NULL,
    reason      text NOT NULL,
    PRIMARY KEY (consignment, kind, subject)
);
