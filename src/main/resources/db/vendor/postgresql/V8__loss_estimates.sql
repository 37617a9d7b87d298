-- Parley schema, version 8: the quantitative mode (issue 15). Loss estimates ride on an assessment, blind and per
-- round like its scores; a workshop names its currency; each party keeps a loss tolerance, private until revealed
-- with the appetites (workshop.appetites_revealed_at), and both negotiate an agreed one.

-- DOUBLE, not DECIMAL: the domain's amounts are doubles (decision 0032) and must read back to the same bits, since a
-- reveal's seal hashes them.
ALTER TABLE assessment ADD COLUMN probability DOUBLE PRECISION;
ALTER TABLE assessment ADD COLUMN loss_low DOUBLE PRECISION;
ALTER TABLE assessment ADD COLUMN loss_high DOUBLE PRECISION;
ALTER TABLE assessment ADD CONSTRAINT ck_assessment_loss CHECK (
    (probability IS NULL AND loss_low IS NULL AND loss_high IS NULL)
    OR (probability IS NOT NULL AND loss_low IS NOT NULL AND loss_high IS NOT NULL
        AND probability > 0 AND probability <= 1 AND loss_low > 0 AND loss_low < loss_high));

ALTER TABLE workshop ADD COLUMN currency VARCHAR(3) NOT NULL DEFAULT 'EUR';
ALTER TABLE workshop ADD CONSTRAINT ck_workshop_currency CHECK (currency ~ '^[A-Z]{3}$');

-- One row per holder, as for the appetites: FIRST and SECOND the parties' own curves, AGREED the negotiated one, each
-- kept in its text form L1:P1,L2:P2,... (ToleranceCurve.text()), which reads back to an equal curve.
CREATE TABLE loss_tolerance (
    workshop_id  BIGINT NOT NULL,
    holder       VARCHAR(10) NOT NULL,
    curve        VARCHAR(4000) NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_loss_tolerance PRIMARY KEY (workshop_id, holder),
    CONSTRAINT fk_loss_tolerance_workshop FOREIGN KEY (workshop_id) REFERENCES workshop (id) ON DELETE CASCADE,
    CONSTRAINT ck_loss_tolerance_holder CHECK (holder IN ('FIRST', 'SECOND', 'AGREED'))
);
