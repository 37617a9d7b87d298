package org.parley.domain;

/**
 * How well the two parties agree on one 1–5 scale over a workshop's initiatives: Cohen's kappa with
 * quadratic and with linear weights, and the share of initiatives they scored exactly alike.
 *
 * @param n the number of initiatives both parties scored; 0 makes every other field 0
 */
public record ScaleAgreement(int n, double kappaQuadratic, double kappaLinear, double exact) {

    public static final ScaleAgreement NONE = new ScaleAgreement(0, 0.0, 0.0, 0.0);

    /** The Landis and Koch (1977) reading of the quadratic kappa, e.g. "Moderate". */
    public String reading() {
        return Kappa.landisKoch(kappaQuadratic);
    }
}
