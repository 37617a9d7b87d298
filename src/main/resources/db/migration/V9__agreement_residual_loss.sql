-- Parley schema, version 9: an agreement may give the residual loss the parties agree remains once its conditions are
-- met (issue 15, decision 0034), as an assessment gives its estimate (V8): all three columns or none.

-- DOUBLE, not DECIMAL: the domain's amounts are doubles (decision 0032) and must read back to the same bits, since the
-- agreement's hashes cover them.
ALTER TABLE agreement ADD COLUMN residual_probability DOUBLE PRECISION;
ALTER TABLE agreement ADD COLUMN residual_loss_low DOUBLE PRECISION;
ALTER TABLE agreement ADD COLUMN residual_loss_high DOUBLE PRECISION;
ALTER TABLE agreement ADD CONSTRAINT ck_agreement_residual_loss CHECK (
    (residual_probability IS NULL AND residual_loss_low IS NULL AND residual_loss_high IS NULL)
    OR (residual_probability IS NOT NULL AND residual_loss_low IS NOT NULL AND residual_loss_high IS NOT NULL
        AND residual_probability > 0 AND residual_probability <= 1 AND residual_loss_low > 0
        AND residual_loss_low < residual_loss_high));
