package org.parley.domain;

import java.util.Objects;

/**
 * The agreement's derived risk: inherent and residual scores with their bands, and whether each sits within
 * the agreed appetite at the agreed value. Going ahead with residual risk above the agreed appetite makes the
 * agreement an exception, which must be reviewed within twelve months.
 *
 * @param appetiteLimit the highest risk score the agreed appetite accepts at the agreed value
 */
public record RiskStanding(double agreedValue, RiskScore inherent, RiskScore residual, double appetiteLimit,
                           boolean inherentWithin, boolean residualWithin, boolean exception) {

    public RiskStanding {
        Objects.requireNonNull(inherent, "inherent");
        Objects.requireNonNull(residual, "residual");
    }

    /** The standing of the terms, or null while a score, the agreed value or the appetite is missing or invalid. */
    public static RiskStanding of(AgreementTerms terms, Frontier agreedAppetite) {
        Double value = terms.agreedValue();
        RiskScore inherent = terms.inherentRisk();
        RiskScore residual = terms.residualRisk();
        if (agreedAppetite == null || value == null || !ValueScore.contains(value) || inherent == null
                || residual == null) {
            return null;
        }
        boolean inherentWithin = agreedAppetite.accepts(value, inherent.value());
        boolean residualWithin = agreedAppetite.accepts(value, residual.value());
        boolean exception = terms.decision() != null && terms.decision().goesAhead() && !residualWithin;
        return new RiskStanding(value, inherent, residual, agreedAppetite.limitAt(value), inherentWithin,
                residualWithin, exception);
    }

    public Band inherentBand() {
        return inherent.band();
    }

    public Band residualBand() {
        return residual.band();
    }
}
