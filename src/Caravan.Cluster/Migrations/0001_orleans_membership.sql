-- Orleans membership for ADO.NET clustering on PostgreSQL, written for Microsoft.Orleans.Clustering.AdoNet 10.4.2.
-- The provider reads its statements from OrleansQuery by key and binds @DeploymentId, @Address, @Port,
-- @Generation, @SiloName, @HostName, @Status, @ProxyPort, @SuspectTimes, @StartTime, @IAmAliveTime and
-- @Version (10.4.2 has no silo metadata column; a later package that binds one needs a new script). A write that changes membership succeeds only while the version it read
-- is current, and then moves the version on: it returns 1, or 0 when another silo got there first.
-- Tests (ClusterMigrationTests) run a cluster on these tables with the package version named above.

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey varchar(64) NOT NULL PRIMARY KEY,
    QueryText varchar(8000) NOT NULL
);

CREATE TABLE caravan_orleans_version
(
    deployment_id varchar(150) NOT NULL PRIMARY KEY,
    changed_at timestamptz NOT NULL DEFAULT now(),
    version integer NOT NULL DEFAULT 0
);

CREATE TABLE caravan_orleans_silo
(
    deployment_id varchar(150) NOT NULL REFERENCES caravan_orleans_version (deployment_id),
    address varchar(45) NOT NULL,
    port integer NOT NULL,
    generation integer NOT NULL,
    silo_name varchar(150) NOT NULL,
    host_name varchar(150) NOT NULL,
    status integer NOT NULL,
    proxy_port integer NULL,
    suspect_times varchar(8000) NULL,
    start_time timestamptz NOT NULL,
    i_am_alive_time timestamptz NOT NULL,
    PRIMARY KEY (deployment_id, address, port, generation)
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('InsertMembershipVersionKey', '
WITH added AS (
    INSERT INTO caravan_orleans_version (deployment_id) VALUES (@DeploymentId)
    ON CONFLICT (deployment_id) DO NOTHING
    RETURNING 1)
SELECT count(*)::integer FROM added;'),

('InsertMembershipKey', '
WITH current_version AS (
    SELECT deployment_id FROM caravan_orleans_version
    WHERE deployment_id = @DeploymentId AND version = @Version
    FOR UPDATE),
added AS (
    INSERT INTO caravan_orleans_silo (deployment_id, address, port, generation, silo_name, host_name, status,
        proxy_port, start_time, i_am_alive_time)
    SELECT deployment_id, @Address, @Port, @Generation, @SiloName, @HostName, @Status,
        @ProxyPort, @StartTime, @IAmAliveTime
    FROM current_version
    ON CONFLICT (deployment_id, address, port, generation) DO NOTHING
    RETURNING deployment_id),
moved AS (
    UPDATE caravan_orleans_version v SET version = v.version + 1, changed_at = now()
    FROM added WHERE v.deployment_id = added.deployment_id
    RETURNING 1)
SELECT count(*)::integer FROM moved;'),

('UpdateMembershipKey', '
WITH current_version AS (
    SELECT deployment_id FROM caravan_orleans_version
    WHERE deployment_id = @DeploymentId AND version = @Version
    FOR UPDATE),
changed AS (
    UPDATE caravan_orleans_silo s
    SET status = @Status, suspect_times = @SuspectTimes, i_am_alive_time = @IAmAliveTime
    FROM current_version c
    WHERE s.deployment_id = c.deployment_id AND s.address = @Address AND s.port = @Port AND s.generation = @Generation
    RETURNING s.deployment_id),
moved AS (
    UPDATE caravan_orleans_version v SET version = v.version + 1, changed_at = now()
    FROM (SELECT DISTINCT deployment_id FROM changed) c WHERE v.deployment_id = c.deployment_id
    RETURNING 1)
SELECT count(*)::integer FROM moved;'),

('UpdateIAmAlivetimeKey', '
UPDATE caravan_orleans_silo SET i_am_alive_time = @IAmAliveTime
WHERE deployment_id = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation;'),

('MembershipReadRowKey', '
SELECT v.deployment_id AS "DeploymentId", s.address AS "Address", s.port AS "Port", s.generation AS "Generation",
    s.silo_name AS "SiloName", s.host_name AS "HostName", s.status AS "Status", s.proxy_port AS "ProxyPort",
    s.suspect_times AS "SuspectTimes", s.start_time AS "StartTime",
    s.i_am_alive_time AS "IAmAliveTime", v.version AS "Version"
FROM caravan_orleans_version v
LEFT JOIN caravan_orleans_silo s ON s.deployment_id = v.deployment_id
    AND s.address = @Address AND s.port = @Port AND s.generation = @Generation
WHERE v.deployment_id = @DeploymentId;'),

('MembershipReadAllKey', '
SELECT v.deployment_id AS "DeploymentId", s.address AS "Address", s.port AS "Port", s.generation AS "Generation",
    s.silo_name AS "SiloName", s.host_name AS "HostName", s.status AS "Status", s.proxy_port AS "ProxyPort",
    s.suspect_times AS "SuspectTimes", s.start_time AS "StartTime",
    s.i_am_alive_time AS "IAmAliveTime", v.version AS "Version"
FROM caravan_orleans_version v
LEFT JOIN caravan_orleans_silo s ON s.deployment_id = v.deployment_id
WHERE v.deployment_id = @DeploymentId;'),

('DeleteMembershipTableEntriesKey', '
DELETE FROM caravan_orleans_silo WHERE deployment_id = @DeploymentId;
DELETE FROM caravan_orleans_version WHERE deployment_id = @DeploymentId;'),

('GatewaysQueryKey', '
SELECT address AS "Address", proxy_port AS "ProxyPort", generation AS "Generation"
FROM caravan_orleans_silo
WHERE deployment_id = @DeploymentId AND status = @Status AND proxy_port > 0;'),

('CleanupDefunctSiloEntriesKey', '
DELETE FROM caravan_orleans_silo
WHERE deployment_id = @DeploymentId AND i_am_alive_time < @IAmAliveTime AND status <> 3;');
