-- Parley schema, version 7: the audit log indexed by party. Every consent asks for the newest PIN event of each
-- party (a PIN the log says was set must still be in the store); without an index that read the whole log, about
-- 50 ms at 50,000 events, twice for each joint act.

CREATE INDEX ix_audit_party ON audit_event (party_id, kind);
