-- Caravan storage, version 2 (SQLite). A scenario name is unique per owner, and among shared
-- scenarios, but two owners may each keep a private scenario of the same name, so creating one
-- never reveals that another exists. A run that used a private scenario is private too.
CREATE UNIQUE INDEX ux_scenarios_owner_name ON scenarios (owner, name);
CREATE UNIQUE INDEX ux_scenarios_shared_name ON scenarios (name) WHERE shared = 1;
ALTER TABLE runs ADD COLUMN private INTEGER NOT NULL DEFAULT 0;
