package org.parley.exchange.pdf;

import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.parley.domain.AppetiteHolder;
import org.parley.domain.Decision;
import org.parley.domain.DivergenceClass;
import org.parley.domain.DivergenceReport;
import org.parley.domain.Plurals;
import org.parley.domain.PortfolioAgreement;
import org.parley.domain.ScaleAgreement;
import org.parley.domain.Seat;
import org.parley.domain.quant.LossVerdicts;
import org.parley.domain.quant.PortfolioLoss;
import org.parley.domain.quant.ToleranceCurve;
import org.parley.exchange.pdf.PdfFonts.Style;

/** The summary: the session in a few sentences, then its counts, the portfolio agreement, the classes and losses. */
final class SummarySection {

    private final PdfBlocks blocks;
    private final BoardPack pack;

    SummarySection(PdfBlocks blocks, BoardPack pack) {
        this.blocks = blocks;
        this.pack = pack;
    }

    /** One scale's row of the portfolio agreement. */
    private record Scale(String name, ScaleAgreement agreement) {
    }

    void write() {
        blocks.paragraph(inWords(), Style.BODY, PdfFonts.INK, 8);
        blocks.add(blocks.labelled(counts()));
        portfolioAgreement();
        classes();
        pack.losses().ifPresent(this::losses);
    }

    /** The session in sentences, e.g. "Of 12 initiatives, 10 are revealed and 6 agreed: …". */
    String inWords() {
        int initiatives = initiatives();
        int revealed = pack.analysis().revealed().size();
        int agreed = pack.agreed().size();
        StringBuilder words = new StringBuilder();
        words.append("Of ").append(Plurals.count(initiatives, "initiative")).append(", ").append(revealed)
                .append(revealed == 1 ? " is" : " are").append(" revealed and ").append(agreed)
                .append(" agreed by both parties");
        words.append(agreed == 0 ? "." : ": " + byDecision() + ".");
        long exceptions = pack.exceptions();
        words.append(' ').append(exceptions == 0 ? "No agreement goes ahead above the agreed appetite."
                : Plurals.count(exceptions, "agreement goes", "agreements go")
                        + " ahead above the agreed appetite, as an exception.");
        long overdue = pack.overdueReviews();
        words.append(' ').append(overdue == 0 ? "No review is overdue."
                : Plurals.count(overdue, "review is", "reviews are") + " overdue.");
        PortfolioAgreement a = pack.analysis().agreement();
        if (a.n() > 0) {
            words.append(" Their scores agree as follows: likelihood ").append(a.likelihood().reading().toLowerCase(
                    Locale.ROOT)).append(", impact ").append(a.impact().reading().toLowerCase(Locale.ROOT))
                    .append(", value ").append(a.value().reading().toLowerCase(Locale.ROOT)).append('.');
        }
        DivergenceReport report = pack.analysis().report();
        if (report == null) {
            words.append(" The appetites are not revealed yet, so no initiative has verdicts.");
        } else {
            int contested = report.contested();
            words.append(' ').append(contested == 0 ? "No revealed initiative is contested."
                    : Plurals.count(contested, "revealed initiative is", "revealed initiatives are") + " contested.");
        }
        return words.toString();
    }

    private int initiatives() {
        return pack.analysis().revealed().size() + pack.analysis().unrevealed();
    }

    private String byDecision() {
        Map<Decision, Long> decisions = pack.agreedByDecision();
        return decisions.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().label())
                .collect(Collectors.joining(", "));
    }

    private List<String[]> counts() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Initiatives", Integer.toString(initiatives())});
        rows.add(new String[] {"Revealed", Integer.toString(pack.analysis().revealed().size())});
        rows.add(new String[] {"Agreed", pack.agreed().size() + (pack.agreed().isEmpty() ? "" : " (" + byDecision()
                + ")")});
        rows.add(new String[] {"Exceptions", Long.toString(pack.exceptions())});
        rows.add(new String[] {"Overdue reviews", pack.overdueReviews() + " (as of " + Dates.day(pack.today()) + ")"});
        return rows;
    }

    private void portfolioAgreement() {
        PortfolioAgreement a = pack.analysis().agreement();
        blocks.heading("Portfolio agreement", Style.HEADING);
        if (a.n() == 0) {
            blocks.paragraph("No initiative is revealed yet, so there is no agreement to measure.", Style.BODY);
            return;
        }
        blocks.paragraph("Cohen's kappa between the two parties' latest revealed scores of "
                + Plurals.count(a.n(), "initiative") + ": 1 is full agreement, 0 no more than chance.", Style.BODY);
        PdfPTable table = blocks.table(new float[] {22, 18, 20, 18, 22},
                List.of("Scale", "Quadratic kappa", "Reading", "Linear kappa", "Exact agreement"), Style.TABLE);
        for (Scale scale : List.of(new Scale("Likelihood", a.likelihood()), new Scale("Impact", a.impact()),
                new Scale("Value", a.value()))) {
            ScaleAgreement s = scale.agreement();
            table.addCell(blocks.cell(scale.name(), Style.TABLE_BOLD));
            table.addCell(blocks.cell(String.format(Locale.ROOT, "%.2f", s.kappaQuadratic()), Style.TABLE));
            table.addCell(blocks.cell(s.reading(), Style.TABLE));
            table.addCell(blocks.cell(String.format(Locale.ROOT, "%.2f", s.kappaLinear()), Style.TABLE));
            table.addCell(blocks.cell(String.format(Locale.ROOT, "%.0f%%", 100 * s.exact()), Style.TABLE));
        }
        blocks.add(table);
    }

    private void classes() {
        DivergenceReport report = pack.analysis().report();
        blocks.heading("Where they diverge", Style.HEADING);
        if (report == null) {
            blocks.paragraph("Both appetites must be revealed before Parley can say where the parties diverge.",
                    Style.BODY);
            return;
        }
        PdfPTable table = blocks.table(new float[] {40, 15, 45}, List.of("Class", "Initiatives", "Meaning"),
                Style.TABLE);
        for (DivergenceClass c : DivergenceClass.values()) {
            table.addCell(blocks.cell(c.label(), Style.TABLE_BOLD));
            table.addCell(blocks.cell(Integer.toString(report.count(c)), Style.TABLE));
            table.addCell(blocks.cell(c.meaning(), Style.TABLE));
        }
        blocks.add(table);
    }

    private void losses(BoardPack.Losses losses) {
        blocks.heading("Expected annual loss", Style.HEADING);
        blocks.paragraph("Each party's portfolio simulated from its own revealed loss estimates: "
                + String.format(Locale.ROOT, "%,d", losses.trials()) + " simulated years, seed " + losses.seed()
                + ". Amounts in " + pack.currency() + " a year.", Style.BODY);
        PdfPTable table = blocks.table(new float[] {16, 17, 17, 17, 33},
                List.of("Party", "Expected", "90th percentile", "99th percentile", "Against its own tolerance"),
                Style.TABLE);
        LossVerdicts verdicts = losses.verdicts();
        for (Seat seat : Seat.values()) {
            PortfolioLoss loss = losses.of(seat);
            ToleranceCurve tolerance = losses.tolerances().of(AppetiteHolder.of(seat));
            table.addCell(blocks.cell(pack.party(seat).roleLabel(), Style.TABLE_BOLD));
            table.addCell(blocks.cell(Money.amount(loss.expectedAnnualLoss(), pack.currency()), Style.TABLE));
            table.addCell(blocks.cell(Money.amount(loss.p90(), pack.currency()), Style.TABLE));
            table.addCell(blocks.cell(Money.amount(loss.p99(), pack.currency()), Style.TABLE));
            table.addCell(blocks.cell(!losses.tolerances().revealed() ? "tolerances not revealed"
                    : tolerance == null || verdicts == null ? "no tolerance set"
                    : verdicts.verdict(seat, seat).label() + " (" + tolerance.text() + ")", Style.TABLE));
        }
        blocks.add(table);
        if (verdicts != null) {
            blocks.paragraph("Each tolerance on the other's estimates: " + pack.party(Seat.FIRST).roleLabel() + "'s "
                    + verdicts.verdict(Seat.FIRST, Seat.SECOND).label().toLowerCase(Locale.ROOT) + ", "
                    + pack.party(Seat.SECOND).roleLabel() + "'s " + verdicts.verdict(Seat.SECOND, Seat.FIRST).label()
                            .toLowerCase(Locale.ROOT) + ". Class: " + verdicts.label() + ".", Style.BODY);
        }
    }
}
