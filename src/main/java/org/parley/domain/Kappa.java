package org.parley.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Weighted Cohen's kappa between two raters on an ordinal scale 1..k: kappa = 1 − D_o / D_e, where D_o is
 * the observed and D_e the chance-expected mean disagreement weight (Cohen 1968).
 *
 * <p>Weights are on the scale values themselves: (i − j)² (quadratic) and |i − j| (linear), as design.md
 * says. Many texts divide them by (k − 1)² or (k − 1), or use agreement weights 1 − w/w_max; every such
 * rescaling multiplies D_o and D_e alike and cancels in the ratio, so the results are the same. Because
 * the weights are the values and not the positions of the categories used, a category nobody chose
 * changes nothing: 1 and 5 stay four steps apart even when no one used 2, 3 or 4.
 *
 * <p>Degenerate inputs have defined results, never NaN:
 * <ul>
 * <li>no pairs at all: n = 0 and every kappa and the exact share are 0 — there is nothing to agree on,
 *     and a number the report can print beats NaN;</li>
 * <li>no expected disagreement (D_e = 0): this happens only when both raters gave every item one and the
 *     same category, and then D_o = 0 too (with non-negative weights, an item in a disagreeing cell needs
 *     both its row and its column to be used). Kappa is then 1: they agree completely and there is no
 *     chance agreement to correct for. (R's irr and scikit-learn give NaN here.)</li>
 * </ul>
 */
public final class Kappa {

    /** The Parley scales: likelihood, impact and rounded value all run 1..5. */
    public static final int CATEGORIES = Scale.MAX;

    private Kappa() {
    }

    /**
     * Agreement between two raters' ratings of the same items, each rating 1..5.
     *
     * @param first  rater one's rating of item i at index i
     * @param second rater two's rating of item i at index i
     */
    public static ScaleAgreement of(int[] first, int[] second) {
        if (first.length != second.length) {
            throw new IllegalArgumentException("Both raters must rate the same items: "
                    + first.length + " ratings against " + second.length);
        }
        long[][] table = new long[CATEGORIES][CATEGORIES];
        for (int i = 0; i < first.length; i++) {
            table[category(first[i])][category(second[i])]++;
        }
        return ofTable(table);
    }

    /**
     * Agreement from a k × k table of counts: row i is rater one's category i + 1, column j rater two's
     * category j + 1.
     */
    public static ScaleAgreement ofTable(long[][] table) {
        long n = total(table);
        if (n == 0) {
            return ScaleAgreement.NONE;
        }
        return new ScaleAgreement(Math.toIntExact(n), quadratic(table), linear(table), exact(table));
    }

    /** Kappa with weights (i − j)². */
    public static double quadratic(long[][] table) {
        return weighted(table, weights(table.length, 2));
    }

    /** Kappa with weights |i − j|. */
    public static double linear(long[][] table) {
        return weighted(table, weights(table.length, 1));
    }

    /** Cohen's (1960) kappa: every disagreement weighs 1, as for unordered categories. */
    public static double unweighted(long[][] table) {
        return weighted(table, weights(table.length, 0));
    }

    /** The share of items both raters put in the same category; 0 when there are none. */
    public static double exact(long[][] table) {
        long n = total(table);
        if (n == 0) {
            return 0.0;
        }
        long same = 0;
        for (int i = 0; i < table.length; i++) {
            same += table[i][i];
        }
        return (double) same / n;
    }

    /**
     * Kappa with any non-negative disagreement weights, w[i][j] for rater one's category i + 1 against
     * rater two's j + 1.
     */
    public static double weighted(long[][] table, double[][] weights) {
        int k = table.length;
        if (weights.length != k) {
            throw new IllegalArgumentException("Weights must be " + k + " × " + k + " like the table");
        }
        long n = total(table);
        if (n == 0) {
            return 0.0;
        }
        long[] rows = new long[k];
        long[] columns = new long[k];
        for (int i = 0; i < k; i++) {
            if (weights[i].length != k) {
                throw new IllegalArgumentException("Weights must be " + k + " × " + k + " like the table");
            }
            for (int j = 0; j < k; j++) {
                if (!(weights[i][j] >= 0) || Double.isInfinite(weights[i][j])) {
                    throw new IllegalArgumentException("Weights must be finite and non-negative, not "
                            + weights[i][j]);
                }
                rows[i] += table[i][j];
                columns[j] += table[i][j];
            }
        }
        // D_o / D_e = (Σ w·count / n) / (Σ w·row·column / n²) = n·Σ w·count / Σ w·row·column
        double observed = 0;
        double expected = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                observed += weights[i][j] * table[i][j];
                expected += weights[i][j] * ((double) rows[i] * columns[j]);
            }
        }
        if (expected == 0) {
            return 1.0;
        }
        return 1.0 - observed * n / expected;
    }

    /**
     * Landis and Koch's (1977) words for a kappa: below 0 Poor, 0.00–0.20 Slight, 0.21–0.40 Fair,
     * 0.41–0.60 Moderate, 0.61–0.80 Substantial, 0.81–1.00 Almost perfect.
     *
     * <p>The bands are given to two decimals, so the kappa is first rounded half up to two decimals: a
     * kappa shown as 0.20 reads Slight, one shown as 0.21 reads Fair, one shown as 0.00 (even −0.004)
     * reads Slight, and nothing falls between bands.
     */
    public static String landisKoch(double kappa) {
        if (Double.isNaN(kappa)) {
            throw new IllegalArgumentException("Kappa is not a number");
        }
        double rounded = BigDecimal.valueOf(kappa).setScale(2, RoundingMode.HALF_UP).doubleValue();
        if (rounded < 0) {
            return "Poor";
        }
        if (rounded <= 0.20) {
            return "Slight";
        }
        if (rounded <= 0.40) {
            return "Fair";
        }
        if (rounded <= 0.60) {
            return "Moderate";
        }
        if (rounded <= 0.80) {
            return "Substantial";
        }
        return "Almost perfect";
    }

    /** Disagreement weights |i − j| to the given power; power 0 means 1 off the diagonal, 0 on it. */
    static double[][] weights(int k, int power) {
        double[][] weights = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                weights[i][j] = i == j ? 0 : Math.pow(Math.abs(i - j), power);
            }
        }
        return weights;
    }

    private static long total(long[][] table) {
        long n = 0;
        for (long[] row : table) {
            if (row.length != table.length) {
                throw new IllegalArgumentException("A kappa table must be square");
            }
            for (long count : row) {
                if (count < 0) {
                    throw new IllegalArgumentException("Counts cannot be negative, not " + count);
                }
                n += count;
            }
        }
        return n;
    }

    private static int category(int rating) {
        if (!Scale.contains(rating)) {
            throw new IllegalArgumentException("Ratings are from 1 to 5, not " + rating);
        }
        return rating - 1;
    }
}
