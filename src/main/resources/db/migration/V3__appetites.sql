-- Parley schema, version 3: the parties' risk appetites and the agreed one.

ALTER TABLE workshop ADD COLUMN appetites_revealed_at TIMESTAMP WITH TIME ZONE;

-- One row per holder: FIRST and SECOND are the parties' own frontiers, AGREED the negotiated one.
CREATE TABLE appetite (
    workshop_id  BIGINT NOT NULL,
    holder       VARCHAR(10) NOT NULL,
    level1       INT NOT NULL,
    level2       INT NOT NULL,
    level3       INT NOT NULL,
    level4       INT NOT NULL,
    level5       INT NOT NULL,
    cap          INT,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_appetite PRIMARY KEY (workshop_id, holder),
    CONSTRAINT fk_appetite_workshop FOREIGN KEY (workshop_id) REFERENCES workshop (id) ON DELETE CASCADE,
    CONSTRAINT ck_appetite_holder CHECK (holder IN ('FIRST', 'SECOND', 'AGREED')),
    CONSTRAINT ck_appetite_levels CHECK (level1 BETWEEN 1 AND 25 AND level2 BETWEEN 1 AND 25
        AND level3 BETWEEN 1 AND 25 AND level4 BETWEEN 1 AND 25 AND level5 BETWEEN 1 AND 25),
    CONSTRAINT ck_appetite_order CHECK (level1 <= level2 AND level2 <= level3 AND level3 <= level4
        AND level4 <= level5),
    CONSTRAINT ck_appetite_cap CHECK (cap IS NULL OR cap BETWEEN 1 AND 25)
);
