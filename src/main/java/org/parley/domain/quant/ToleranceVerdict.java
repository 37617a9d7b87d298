package org.parley.domain.quant;

import org.parley.domain.Verdict;

/**
 * What one loss tolerance says of one party's loss exceedance curve. Within plays the part an accept plays for an
 * appetite, so that the divergence class is read by the appetites' own rule.
 */
public enum ToleranceVerdict {
    WITHIN("within", "Within", Verdict.ACCEPT),
    OUTSIDE("outside", "Outside", Verdict.REJECT);

    private final String jsonName;
    private final String label;
    private final Verdict asAppetiteVerdict;

    ToleranceVerdict(String jsonName, String label, Verdict asAppetiteVerdict) {
        this.jsonName = jsonName;
        this.label = label;
        this.asAppetiteVerdict = asAppetiteVerdict;
    }

    /** The name in {@code quant --json}. */
    public String jsonName() {
        return jsonName;
    }

    public String label() {
        return label;
    }

    /** Accept for within, reject for outside. */
    public Verdict asAppetiteVerdict() {
        return asAppetiteVerdict;
    }
}
