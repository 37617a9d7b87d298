package org.parley.ui.divergence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.domain.Analysis;
import org.parley.domain.Divergence;
import org.parley.domain.DivergenceClass;
import org.parley.domain.PortfolioAgreement;
import org.parley.domain.ScaleAgreement;
import org.parley.ui.divergence.DivergenceViewModel.AgreementRow;
import org.parley.ui.divergence.DivergenceViewModel.Contested;

/**
 * Everything the Divergence screen shows of one analysis, worked out in one pass away from the FX thread so
 * that only applying it is left for that thread. {@code contested} holds every contested initiative,
 * hardest first; the screen filters it by the classes shown.
 */
public record DivergenceSummary(List<MapItem> items, int[][] firstCounts, int[][] secondCounts, int[][] differences,
                                String note, String classCounts, List<Contested> contested,
                                List<AgreementRow> agreement) {

    /** What the screen shows with no workshop. */
    static final DivergenceSummary EMPTY = new DivergenceSummary(List.of(), new int[5][5], new int[5][5],
            new int[5][5], "", "", List.of(), List.of());

    /** Summarises {@code current}; {@code label1} and {@code label2} name the parties in the reasons. */
    public static DivergenceSummary of(Analysis current, String label1, String label2) {
        List<MapItem> points = new ArrayList<>(current.revealed().size());
        int[][] first = new int[5][5];
        int[][] second = new int[5][5];
        for (Analysis.Revealed r : current.revealed()) {
            DivergenceClass c = current.divergenceOf(r.initiative().id()).map(Divergence::divergenceClass).orElse(null);
            points.add(new MapItem(r.initiative().id(), r.initiative().title(), r.first().value(), r.first().riskScore(),
                    r.second().value(), r.second().riskScore(), c));
            first[r.first().risk().likelihood().score() - 1][r.first().risk().impact().score() - 1]++;
            second[r.second().risk().likelihood().score() - 1][r.second().risk().impact().score() - 1]++;
        }
        int[][] diff = new int[5][5];
        for (int l = 0; l < 5; l++) {
            for (int i = 0; i < 5; i++) {
                diff[l][i] = second[l][i] - first[l][i];
            }
        }
        List<String> notes = new ArrayList<>();
        if (current.unrevealed() > 0) {
            notes.add(current.unrevealed() + (current.unrevealed() == 1 ? " initiative is" : " initiatives are")
                    + " not yet revealed and left out.");
        }
        if (current.report() == null) {
            notes.add("The appetites are not both revealed, so initiatives are not classified yet.");
        }
        List<Contested> contested = new ArrayList<>();
        String classCounts = "";
        if (current.report() != null) {
            for (Divergence d : current.report().ranked()) {
                if (d.divergenceClass().isContested()) {
                    contested.add(new Contested(d.initiativeId(), current.byId().get(d.initiativeId()).initiative().title(),
                            d.divergenceClass(), d.why(label1, label2), d.magnitude()));
                }
            }
            List<String> counts = new ArrayList<>();
            for (DivergenceClass c : DivergenceClass.values()) {
                counts.add(c.label() + ": " + current.report().count(c));
            }
            classCounts = String.join("   \u00B7   ", counts);
        }
        PortfolioAgreement portfolio = current.agreement();
        List<AgreementRow> agreement = List.of(row("Likelihood", portfolio.likelihood()),
                row("Impact", portfolio.impact()), row("Value", portfolio.value()));
        return new DivergenceSummary(List.copyOf(points), first, second, diff, String.join(" ", notes), classCounts,
                List.copyOf(contested), agreement);
    }

    private static AgreementRow row(String scale, ScaleAgreement a) {
        if (a.n() == 0) {
            return new AgreementRow(scale, "–", "–", "–", "No revealed initiatives yet");
        }
        return new AgreementRow(scale, String.format(Locale.ROOT, "%.2f", a.kappaQuadratic()),
                String.format(Locale.ROOT, "%.2f", a.kappaLinear()),
                String.format(Locale.ROOT, "%.0f%%", 100 * a.exact()), a.reading());
    }
}
