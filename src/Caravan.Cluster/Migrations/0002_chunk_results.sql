-- Chunk results of cluster runs: the first result of each chunk is kept (INSERT ... ON CONFLICT DO NOTHING),
-- so a coordinator that restarts redoes only the chunks missing here. Rows go when the run's answer is delivered.
CREATE TABLE caravan_cluster_chunk
(
    run_id varchar(64) NOT NULL,
    model integer NOT NULL,
    chunk integer NOT NULL,
    result bytea NOT NULL,
    stored_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (run_id, model, chunk)
);
