-- Parley schema, version 11: the ids a transferred workshop was signed under (issue 17, decision 0037). A workshop
-- moved to another store gets new ids there, but what its parties signed and sealed (an agreement's statement, a
-- reveal's hash, the appetites' hash) names its workshop, initiatives and value criteria by the ids they had when
-- it was signed. This table keeps those ids for the rows whose id changed; a row it does not list was signed under
-- its own id.
CREATE TABLE signed_id (
    kind       VARCHAR(12) NOT NULL,
    local_id   BIGINT NOT NULL,
    signed_as  BIGINT NOT NULL,
    CONSTRAINT pk_signed_id PRIMARY KEY (kind, local_id),
    CONSTRAINT ck_signed_id_kind CHECK (kind IN ('WORKSHOP', 'INITIATIVE', 'CRITERION'))
);
