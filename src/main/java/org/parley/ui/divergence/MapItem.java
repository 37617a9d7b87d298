package org.parley.ui.divergence;

import java.util.Objects;
import org.parley.domain.DivergenceClass;
import org.parley.domain.ValueScore;

/**
 * One initiative on the divergence map: both parties' revealed scores. The class is null while the
 * appetites are not known yet.
 *
 * @param value1 party 1's value, 1.0–5.0
 * @param risk1  party 1's risk score, 1–25
 * @param value2 party 2's value, 1.0–5.0
 * @param risk2  party 2's risk score, 1–25
 */
public record MapItem(long id, String title, double value1, int risk1, double value2, int risk2,
        DivergenceClass divergenceClass) {

    public MapItem {
        Objects.requireNonNull(title, "title");
        checkValue(value1);
        checkValue(value2);
        checkRisk(risk1);
        checkRisk(risk2);
    }

    private static void checkValue(double value) {
        if (!ValueScore.contains(value)) {
            throw new IllegalArgumentException("A value is from 1.0 to 5.0, not " + value);
        }
    }

    private static void checkRisk(int risk) {
        if (risk < 1 || risk > 25) {
            throw new IllegalArgumentException("A risk score is from 1 to 25, not " + risk);
        }
    }
}
