package org.parley.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kappa against published worked examples, each with its source and a hand computation a reviewer can
 * follow, plus the degenerate cases and the properties every kappa must have.
 *
 * <p>Notation: D_o = Σ w·count / n, D_e = Σ w·row·column / n², kappa = 1 − D_o / D_e.
 */
class KappaTest {

    /*
     * Gwet, K. L. (2014), Handbook of Inter-Rater Reliability, 4th ed., Advanced Analytics; the table ships as
     * data set cont3x3abstractors of Gwet's R package irrCAC, whose reference manual prints (example of
     * kappa2.table, https://rdrr.io/cran/irrCAC/man/kappa2.table.html, and the irrCAC README):
     *   kappa2.table(cont3x3abstractors)                                    Cohen's Kappa 0.7964094
     *   kappa2.table(cont3x3abstractors, weights = quadratic.weights(1:3))  Cohen's Kappa 0.8921569
     *   pa2.table(cont3x3abstractors)                                       Percent Agreement 0.89
     * and its vignette "Weighted Chance-corrected Agreement Coefficients" prints the same 0.8921569 with
     * weighted percent agreement 0.9725 = 1 − D_o/(k−1)² = 1 − 0.11/4 under quadratic agreement weights.
     *
     *                 Ectopic  AIU  NIU | row
     *   Ectopic            13    0    0 |  13
     *   AIU                 0   20    7 |  27
     *   NIU                 0    4   56 |  60
     *   column             13   24   63 | 100
     *
     * Quadratic, w = (i−j)²: 1 beside the diagonal, 4 two away.
     *   observed: 7·1 + 4·1 = 11                                   D_o = 11/100 = 0.11
     *   expected: 13·24·1 + 13·63·4 + 27·13·1 + 27·63·1 + 60·13·4 + 60·24·1
     *           = 312 + 3276 + 351 + 1701 + 3120 + 1440 = 10200     D_e = 10200/10000 = 1.02
     *   kappa = 1 − 0.11/1.02 = 91/102 = 0.89215686...  → 0.8922 (published 0.8921569)
     * Unweighted, w = 1 off the diagonal:
     *   D_o = 0.11; agreement by chance (13·13 + 27·24 + 60·63)/10000 = 4597/10000, D_e = 0.5403
     *   kappa = 1 − 0.11/0.5403 = 4303/5403 = 0.79640940...  → 0.7964 (published 0.7964094)
     * Linear, w = |i−j| (not published there; by hand only):
     *   expected 312 + 13·63·2 + 351 + 1701 + 60·13·2 + 1440 = 312 + 1638 + 351 + 1701 + 1560 + 1440 = 7002
     *   kappa = 1 − 0.11/0.7002 = 2951/3501 = 0.84290203...
     */
    private static final long[][] GWET_ABSTRACTORS = {
        {13, 0, 0},
        {0, 20, 7},
        {0, 4, 56}};

    @Test
    @DisplayName("Gwet (2014) / R irrCAC kappa2.table, cont3x3abstractors: quadratic 0.8922, unweighted 0.7964")
    void matchesGwetsPublishedAbstractorsExample() {
        assertFourDecimals(Kappa.quadratic(GWET_ABSTRACTORS), 0.8921569);
        assertFourDecimals(Kappa.unweighted(GWET_ABSTRACTORS), 0.7964094);
        assertThat(Kappa.exact(GWET_ABSTRACTORS)).isEqualTo(0.89);
        assertThat(Kappa.quadratic(GWET_ABSTRACTORS)).isCloseTo(91.0 / 102, within(1e-12));
        assertThat(Kappa.unweighted(GWET_ABSTRACTORS)).isCloseTo(4303.0 / 5403, within(1e-12));
        assertThat(Kappa.linear(GWET_ABSTRACTORS)).isCloseTo(2951.0 / 3501, within(1e-12));
    }

    /*
     * Friendly, M. & Meyer, D., R packages vcd / vcdExtra: data set SexualFun (Hout, Duncan & Sobel 1987, as
     * given by Agresti 1990, Categorical Data Analysis; printed in Friendly 2000, Visualizing Categorical
     * Data, p. 91): 91 married couples answer "Sex is fun for me and my partner". The vcdExtra documentation
     * (vignette a2-tests, section "Measures of Agreement", and the example of print.Kappa) prints
     *   Kappa(SexualFun)          value
     *   Unweighted               0.1293
     *   Weighted                 0.2374     (vcd's default "Equal-Spacing" weights 1 − |i−j|/(k−1): linear)
     * and, for the same table, agreementplot Bangdiwala = 0.1464624, which confirms the transcription:
     * Σ n_ii² / Σ row_i·column_i = (49 + 64 + 16 + 196)/2219 = 325/2219 = 0.1464624.
     *
     *                      Wife: Never  Fairly  Very  Almost | row
     *   Husband: Never fun           7       7     2       3 |  19
     *            Fairly often        2       8     3       7 |  20
     *            Very often          1       5     4       9 |  19
     *            Almost always       2       8     9      14 |  33
     *   column                      12      28    18      33 |  91
     *
     * Unweighted: agreement 7 + 8 + 4 + 14 = 33; chance Σ row·column = 228 + 560 + 342 + 1089 = 2219 (of 91²)
     *   kappa = (33·91 − 2219)/(91² − 2219) = (3003 − 2219)/(8281 − 2219) = 784/6062 = 0.129330  → 0.1293
     * Linear, w = |i−j|:
     *   observed by row: 7·1 + 2·2 + 3·3 = 20; 2·1 + 3·1 + 7·2 = 19; 1·2 + 5·1 + 9·1 = 16; 2·3 + 8·2 + 9·1 = 31
     *           = 86                                                      D_o = 86/91
     *   expected by row: 19·(28·1 + 18·2 + 33·3) = 19·163 = 3097; 20·(12·1 + 18·1 + 33·2) = 20·96 = 1920;
     *                    19·(12·2 + 28·1 + 33·1) = 19·85 = 1615;  33·(12·3 + 28·2 + 18·1) = 33·110 = 3630
     *           = 10262                                                   D_e = 10262/8281
     *   kappa = 1 − 86·91/10262 = 1 − 7826/10262 = 2436/10262 = 0.237381  → 0.2374
     * Quadratic, w = (i−j)² (not printed there; by hand only):
     *   observed by row: 7 + 2·4 + 3·9 = 42; 2 + 3 + 7·4 = 33; 1·4 + 5 + 9 = 18; 2·9 + 8·4 + 9 = 59; = 152
     *   expected by row: 19·(28 + 18·4 + 33·9) = 19·397 = 7543; 20·(12 + 18 + 33·4) = 20·162 = 3240;
     *                    19·(12·4 + 28 + 33) = 19·109 = 2071;   33·(12·9 + 28·4 + 18) = 33·238 = 7854; = 20708
     *   kappa = 1 − 152·91/20708 = 6876/20708 = 0.332046
     */
    private static final long[][] SEXUAL_FUN = {
        {7, 7, 2, 3},
        {2, 8, 3, 7},
        {1, 5, 4, 9},
        {2, 8, 9, 14}};

    @Test
    @DisplayName("R vcd Kappa(SexualFun) as printed in the vcdExtra docs: linear 0.2374, unweighted 0.1293")
    void matchesTheVcdSexualFunExample() {
        assertFourDecimals(Kappa.linear(SEXUAL_FUN), 0.2374);
        assertFourDecimals(Kappa.unweighted(SEXUAL_FUN), 0.1293);
        assertThat(Kappa.linear(SEXUAL_FUN)).isCloseTo(2436.0 / 10262, within(1e-12));
        assertThat(Kappa.unweighted(SEXUAL_FUN)).isCloseTo(784.0 / 6062, within(1e-12));
        assertThat(Kappa.quadratic(SEXUAL_FUN)).isCloseTo(6876.0 / 20708, within(1e-12));
        assertThat(Kappa.exact(SEXUAL_FUN)).isCloseTo(33.0 / 91, within(1e-12));
    }

    /*
     * Altman, D. G. (1991), Practical Statistics for Medical Research, Chapman & Hall, section 14.3,
     * Table 14.2: two radiologists classify 85 xeromammograms (data of Boyd et al. 1982, J Natl Cancer Inst
     * 68:357-363). Altman gives agreement 54/85 = 0.64, kappa = 0.47 and, with weights 1 − |i−j|/(g−1)
     * (linear), weighted kappa = 0.57 — two decimals only. The same table is Stata's example data set rate2;
     * Stata's kappaetc prints Cohen's kappa 0.4728 and percent agreement 0.6353 for it (as quoted in the
     * documentation of the R package lagree, calc_ac_raw, "Compare to Stata").
     *
     *                        B: Normal  Benign  Suspected  Cancer | row
     *   A: Normal                   21      12          0       0 |  33
     *      Benign                    4      17          1       0 |  22
     *      Suspected cancer          3       9         15       2 |  29
     *      Cancer                    0       0          0       1 |   1
     *   column                      28      38         16       3 |  85
     *
     * Unweighted: agreement 21 + 17 + 15 + 1 = 54; by chance (33·28 + 22·38 + 29·16 + 1·3)/85² = 2227/7225
     *   kappa = (54·85 − 2227)/(7225 − 2227) = (4590 − 2227)/4998 = 2363/4998 = 0.472789  → 0.4728
     * Linear, w = |i−j|:
     *   observed: 12·1 + 4·1 + 1·1 + 3·2 + 9·1 + 2·1 = 34                 D_o = 34/85 = 0.4
     *   expected by row: 33·(38·1 + 16·2 + 3·3) = 33·79 = 2607; 22·(28·1 + 16·1 + 3·2) = 22·50 = 1100;
     *                    29·(28·2 + 38·1 + 3·1) = 29·97 = 2813;  1·(28·3 + 38·2 + 16·1) = 176
     *           = 6696                                                    D_e = 6696/7225 = 0.92678
     *   kappa = 1 − 34·85/6696 = 3806/6696 = 0.568399  → 0.57
     * Quadratic, w = (i−j)² (by hand only):
     *   observed: 12·1 + 4·1 + 1·1 + 3·4 + 9·1 + 2·1 = 40                 D_o = 40/85
     *   expected by row: 33·(38 + 16·4 + 3·9) = 33·129 = 4257; 22·(28 + 16 + 3·4) = 22·56 = 1232;
     *                    29·(28·4 + 38 + 3) = 29·153 = 4437;   1·(28·9 + 38·4 + 16) = 420
     *           = 10346                                                   D_e = 10346/7225
     *   kappa = 1 − 40·85/10346 = 6946/10346 = 0.671370
     */
    private static final long[][] ALTMAN_RADIOLOGISTS = {
        {21, 12, 0, 0},
        {4, 17, 1, 0},
        {3, 9, 15, 2},
        {0, 0, 0, 1}};

    @Test
    @DisplayName("Altman (1991) Table 14.2, radiologists: kappa 0.47 (Stata 0.4728), linear 0.57")
    void matchesAltmansRadiologistsExample() {
        assertFourDecimals(Kappa.unweighted(ALTMAN_RADIOLOGISTS), 0.4728);
        assertThat(round(Kappa.exact(ALTMAN_RADIOLOGISTS), 4)).isEqualTo("0.6353");
        assertThat(round(Kappa.unweighted(ALTMAN_RADIOLOGISTS), 2)).isEqualTo("0.47");
        assertThat(round(Kappa.linear(ALTMAN_RADIOLOGISTS), 2)).isEqualTo("0.57");
        assertThat(round(Kappa.exact(ALTMAN_RADIOLOGISTS), 2)).isEqualTo("0.64");
        assertThat(Kappa.unweighted(ALTMAN_RADIOLOGISTS)).isCloseTo(2363.0 / 4998, within(1e-12));
        assertThat(Kappa.linear(ALTMAN_RADIOLOGISTS)).isCloseTo(3806.0 / 6696, within(1e-12));
        assertThat(Kappa.quadratic(ALTMAN_RADIOLOGISTS)).isCloseTo(6946.0 / 10346, within(1e-12));
    }

    /*
     * Wikipedia, "Cohen's kappa", section Examples, simple example: 50 grant proposals read by A and B.
     * Both yes 20, A yes B no 5, A no B yes 10, both no 15.
     *   p_o = (20 + 15)/50 = 0.7; p_e = 25/50·30/50 + 25/50·20/50 = 0.3 + 0.2 = 0.5
     *   kappa = (0.7 − 0.5)/(1 − 0.5) = 0.4
     * With two categories there is one kind of disagreement, so every weighting gives the same kappa.
     */
    @Test
    @DisplayName("Wikipedia 'Cohen's kappa', 50 grant proposals: kappa 0.4 whatever the weights")
    void matchesWikipediasGrantProposalExample() {
        long[][] proposals = {{20, 5}, {10, 15}};
        assertThat(Kappa.unweighted(proposals)).isCloseTo(0.4, within(1e-12));
        assertThat(Kappa.linear(proposals)).isCloseTo(0.4, within(1e-12));
        assertThat(Kappa.quadratic(proposals)).isCloseTo(0.4, within(1e-12));
        assertThat(Kappa.exact(proposals)).isCloseTo(0.7, within(1e-12));
    }

    @Test
    void ratingsOnTheFivePointScaleGiveTheSameKappaAsTheirTable() {
        // The Gwet table read as ratings 1..3 of 100 items on Parley's 1..5 scale: categories 4 and 5
        // unused, which must change nothing.
        int[][] ratings = ratingsOf(GWET_ABSTRACTORS);
        ScaleAgreement agreement = Kappa.of(ratings[0], ratings[1]);
        assertThat(agreement.n()).isEqualTo(100);
        assertThat(agreement.kappaQuadratic()).isCloseTo(91.0 / 102, within(1e-12));
        assertThat(agreement.kappaLinear()).isCloseTo(2951.0 / 3501, within(1e-12));
        assertThat(agreement.exact()).isEqualTo(0.89);
    }

    @Test
    void categoryValuesNotPositionsSetTheWeights() {
        // Ratings 1, 2 and 5: with weights on the values, 5 is three steps from 2, not one.
        int[] first = {1, 5, 1, 2};
        int[] second = {1, 2, 2, 2};
        // Values: observed (5−2)² + (1−2)² = 10, D_o = 10/4. Rows 1:2, 2:1, 5:1; columns 1:1, 2:3.
        // Expected: row 1: 2·(1·3) = 6; row 2: 1·(1·1) = 1; row 5: 1·(16·1 + 9·3) = 43; total 50, D_e = 50/16.
        // kappa = 1 − (10/4)/(50/16) = 1 − 0.8 = 0.2
        assertThat(Kappa.of(first, second).kappaQuadratic()).isCloseTo(0.2, within(1e-12));
        // Renumbering the used categories 1, 2, 3 (as index-based tools do) would give 3/7 instead:
        // observed 1 + 1 = 2, D_o = 2/4; expected 6 + 1 + (4·1 + 1·3) = 14, D_e = 14/16; 1 − 32/56 = 3/7.
        long[][] renumbered = {{1, 1, 0}, {0, 1, 0}, {0, 1, 0}};
        assertThat(Kappa.quadratic(renumbered)).isCloseTo(3.0 / 7, within(1e-12));
    }

    @Test
    void noPairsGiveZerosNotNaN() {
        assertThat(Kappa.of(new int[0], new int[0])).isEqualTo(new ScaleAgreement(0, 0.0, 0.0, 0.0));
        assertThat(Kappa.quadratic(new long[5][5])).isZero();
        assertThat(Kappa.exact(new long[5][5])).isZero();
    }

    @Test
    void ratersWhoBothAlwaysUseOneAndTheSameCategoryAgreeCompletely() {
        int[] threes = {3, 3, 3, 3};
        assertThat(Kappa.of(threes, threes)).isEqualTo(new ScaleAgreement(4, 1.0, 1.0, 1.0));
    }

    @Test
    void aRaterWhoAlwaysSaysTheSameAgreesNoBetterThanChance() {
        // Rows hold only category 3, so observed and expected disagreement are the same sums: kappa 0.
        ScaleAgreement agreement = Kappa.of(new int[] {3, 3, 3, 3, 3}, new int[] {1, 2, 3, 4, 5});
        assertThat(agreement.kappaQuadratic()).isCloseTo(0.0, within(1e-12));
        assertThat(agreement.kappaLinear()).isCloseTo(0.0, within(1e-12));
        assertThat(agreement.exact()).isEqualTo(0.2);
    }

    @Test
    void ratingsOutsideTheScaleOrOfDifferentItemsAreRefused() {
        assertThatThrownBy(() -> Kappa.of(new int[] {1, 6}, new int[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 5, not 6");
        assertThatThrownBy(() -> Kappa.of(new int[] {1, 2}, new int[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same items");
        assertThatThrownBy(() -> Kappa.weighted(new long[][] {{1, 0}, {0, 1}}, new double[][] {{0, -1}, {1, 0}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("non-negative");
    }

    @ParameterizedTest
    @CsvSource({
        "-0.5, Poor", "-0.006, Poor", "-0.004, Slight", "0.0, Slight", "0.2, Slight", "0.204, Slight",
        "0.205, Fair", "0.21, Fair", "0.4, Fair", "0.41, Moderate", "0.6, Moderate", "0.61, Substantial",
        "0.8, Substantial", "0.81, Almost perfect", "1.0, Almost perfect"})
    void landisAndKochNameTheStrengthOfAgreement(double kappa, String reading) {
        assertThat(Kappa.landisKoch(kappa)).isEqualTo(reading);
    }

    @Test
    void aScaleAgreementReadsItsQuadraticKappa() {
        assertThat(new ScaleAgreement(12, 0.65, 0.35, 0.5).reading()).isEqualTo("Substantial");
    }

    // properties

    @Property
    void kappaOfIdenticalRatingsIsOne(@ForAll @Size(min = 1, max = 40) List<@IntRange(min = 1, max = 5) Integer> ratings) {
        int[] same = ratings.stream().mapToInt(Integer::intValue).toArray();
        assertThat(Kappa.of(same, same.clone())).isEqualTo(new ScaleAgreement(same.length, 1.0, 1.0, 1.0));
    }

    @Property
    void kappaIsSymmetricInTheRaters(@ForAll @Size(max = 40) List<@IntRange(min = 1, max = 5) Integer> first,
            @ForAll @Size(max = 40) List<@IntRange(min = 1, max = 5) Integer> second) {
        int[][] ratings = paired(first, second);
        ScaleAgreement forward = Kappa.of(ratings[0], ratings[1]);
        ScaleAgreement backward = Kappa.of(ratings[1], ratings[0]);
        assertThat(backward.kappaQuadratic()).isCloseTo(forward.kappaQuadratic(), within(1e-12));
        assertThat(backward.kappaLinear()).isCloseTo(forward.kappaLinear(), within(1e-12));
        assertThat(backward.exact()).isEqualTo(forward.exact());
    }

    @Property
    void kappaIsInvariantToScalingTheWeights(@ForAll @Size(min = 1, max = 40) List<@IntRange(min = 1, max = 5) Integer> first,
            @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 1, max = 5) Integer> second,
            @ForAll @DoubleRange(min = 0.01, max = 1000) double scale) {
        int[][] ratings = paired(first, second);
        long[][] table = tableOf(ratings[0], ratings[1]);
        double[][] quadratic = new double[5][5];
        double[][] normalised = new double[5][5];
        double[][] scaled = new double[5][5];
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                quadratic[i][j] = (i - j) * (i - j);
                normalised[i][j] = quadratic[i][j] / 16; // the usual (i−j)²/(k−1)²
                scaled[i][j] = quadratic[i][j] * scale;
            }
        }
        double kappa = Kappa.weighted(table, quadratic);
        assertThat(Kappa.weighted(table, normalised)).isCloseTo(kappa, within(1e-9));
        assertThat(Kappa.weighted(table, scaled)).isCloseTo(kappa, within(1e-9));
        assertThat(Kappa.of(ratings[0], ratings[1]).kappaQuadratic()).isCloseTo(kappa, within(1e-12));
    }

    @Property
    void kappaEqualsTheAgreementWeightFormOfTheTextbooks(
            @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 1, max = 5) Integer> first,
            @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 1, max = 5) Integer> second) {
        // (p_o(w) − p_e(w)) / (1 − p_e(w)) with agreement weights 1 − |i−j|/(k−1) (Altman, Stata, R vcd).
        int[][] ratings = paired(first, second);
        long[][] table = tableOf(ratings[0], ratings[1]);
        double n = ratings[0].length;
        double observed = 0;
        double expected = 0;
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                double weight = 1 - Math.abs(i - j) / 4.0;
                long row = 0;
                long column = 0;
                for (int m = 0; m < 5; m++) {
                    row += table[i][m];
                    column += table[m][j];
                }
                observed += weight * table[i][j] / n;
                expected += weight * row * column / (n * n);
            }
        }
        double linear = Kappa.of(ratings[0], ratings[1]).kappaLinear();
        if (expected < 1) {
            assertThat(linear).isCloseTo((observed - expected) / (1 - expected), within(1e-9));
        } else {
            assertThat(linear).isEqualTo(1.0); // one category for both: the documented convention
        }
    }

    @Property
    void kappaIsNeverNaNAndNeverAboveOne(@ForAll @Size(max = 30) List<@IntRange(min = 1, max = 5) Integer> first,
            @ForAll @Size(max = 30) List<@IntRange(min = 1, max = 5) Integer> second) {
        int[][] ratings = paired(first, second);
        ScaleAgreement agreement = Kappa.of(ratings[0], ratings[1]);
        for (double kappa : new double[] {agreement.kappaQuadratic(), agreement.kappaLinear()}) {
            assertThat(kappa).isNotNaN().isFinite().isLessThanOrEqualTo(1.0);
        }
        assertThat(agreement.exact()).isBetween(0.0, 1.0);
        assertThat(agreement.n()).isEqualTo(ratings[0].length);
    }

    private static void assertFourDecimals(double actual, double published) {
        assertThat(round(actual, 4)).isEqualTo(round(published, 4));
    }

    private static String round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /** Two equally long rating arrays from two lists, cut to the shorter. */
    private static int[][] paired(List<Integer> first, List<Integer> second) {
        int n = Math.min(first.size(), second.size());
        return new int[][] {
            first.stream().limit(n).mapToInt(Integer::intValue).toArray(),
            second.stream().limit(n).mapToInt(Integer::intValue).toArray()};
    }

    private static long[][] tableOf(int[] first, int[] second) {
        long[][] table = new long[5][5];
        for (int i = 0; i < first.length; i++) {
            table[first[i] - 1][second[i] - 1]++;
        }
        return table;
    }

    /** The items of a table as two raters' ratings 1..k. */
    private static int[][] ratingsOf(long[][] table) {
        int n = 0;
        for (long[] row : table) {
            for (long count : row) {
                n += (int) count;
            }
        }
        int[][] ratings = new int[2][n];
        int item = 0;
        for (int i = 0; i < table.length; i++) {
            for (int j = 0; j < table.length; j++) {
                for (long c = 0; c < table[i][j]; c++) {
                    ratings[0][item] = i + 1;
                    ratings[1][item] = j + 1;
                    item++;
                }
            }
        }
        return ratings;
    }
}
