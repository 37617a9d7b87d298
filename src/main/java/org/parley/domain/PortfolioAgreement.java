package org.parley.domain;

import java.util.List;

/**
 * How well the parties agree over a workshop's revealed initiatives, per scale: likelihood, impact and
 * value (rounded half up to 1–5, design.md).
 */
public record PortfolioAgreement(int n, ScaleAgreement likelihood, ScaleAgreement impact, ScaleAgreement value) {

    public static PortfolioAgreement of(List<PairedScores> pairs) {
        int n = pairs.size();
        int[][] first = new int[3][n];
        int[][] second = new int[3][n];
        for (int i = 0; i < n; i++) {
            PairedScores pair = pairs.get(i);
            first[0][i] = pair.first().likelihood();
            second[0][i] = pair.second().likelihood();
            first[1][i] = pair.first().impact();
            second[1][i] = pair.second().impact();
            first[2][i] = ValueScore.rounded(pair.first().value());
            second[2][i] = ValueScore.rounded(pair.second().value());
        }
        return new PortfolioAgreement(n, Kappa.of(first[0], second[0]), Kappa.of(first[1], second[1]),
                Kappa.of(first[2], second[2]));
    }
}
