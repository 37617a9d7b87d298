package org.parley.exchange.pdf;

import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.parley.domain.Band;
import org.parley.domain.DivergenceClass;
import org.parley.domain.Frontier;
import org.parley.domain.Level;
import org.parley.domain.Scale;
import org.parley.domain.Seat;
import org.parley.domain.ValueCriterion;
import org.parley.exchange.pdf.PdfFonts.Style;

/** How every figure of the pack is worked out, and how a reader checks the document against the store. */
final class AppendixSection {

    private final PdfBlocks blocks;
    private final BoardPack pack;

    AppendixSection(PdfBlocks blocks, BoardPack pack) {
        this.blocks = blocks;
        this.pack = pack;
    }

    void write() {
        blocks.heading("Scales", Style.HEADING);
        PdfPTable scales = blocks.table(new float[] {8, 46, 46}, List.of("Score", "Likelihood", "Impact"),
                Style.TABLE);
        for (int score = Scale.MIN; score <= Scale.MAX; score++) {
            Level likelihood = Scale.LIKELIHOOD.level(score);
            Level impact = Scale.IMPACT.level(score);
            scales.addCell(blocks.cell(Integer.toString(score), Style.TABLE_BOLD));
            scales.addCell(blocks.cell(likelihood.label() + ": " + likelihood.description(), Style.TABLE));
            scales.addCell(blocks.cell(impact.label() + ": " + impact.description(), Style.TABLE));
        }
        blocks.add(scales);
        blocks.paragraph("The risk score is likelihood \u00D7 impact, 1 to 25, in bands: " + List.of(Band.values())
                .stream().map(b -> b.label() + " " + b.from() + "\u2013" + b.to()).collect(Collectors.joining(", "))
                + ". The value is the weighted mean of the criterion scores, 1.0 to 5.0; this workshop's criteria: "
                + pack.criteria().stream().map(AppendixSection::criterion).collect(Collectors.joining(", ")) + ".",
                Style.BODY);

        blocks.heading("Appetites and verdicts", Style.HEADING);
        blocks.paragraph("An appetite is a frontier: for each value level 1 to 5, the highest risk score the party "
                + "accepts, never lower at a higher value, linear between levels, with an optional cap. A verdict "
                + "accepts an initiative when its risk is at most the frontier at its value. Each party's frontier "
                + "is applied to both parties' scores, four verdicts in all; their pattern is the class:", Style.BODY);
        for (DivergenceClass c : DivergenceClass.values()) {
            blocks.paragraph("\u2022 " + c.label() + ": " + c.meaning(), Style.BODY);
        }
        blocks.paragraph("Frontiers as revealed: " + frontier(pack.party(Seat.FIRST).roleLabel(),
                pack.analysis().appetites().first()) + "; " + frontier(pack.party(Seat.SECOND).roleLabel(),
                pack.analysis().appetites().second()) + "; " + frontier("agreed", pack.analysis().appetites()
                .agreed()) + ".", Style.BODY);

        blocks.heading("Portfolio agreement", Style.HEADING);
        blocks.paragraph("Cohen's kappa compares the two parties' latest revealed scores over the initiatives both "
                + "scored, per scale; the value is rounded half up to 1\u20135 first. The quadratic kappa weighs a "
                + "disagreement of i against j by (i \u2212 j)\u00B2, the linear one by |i \u2212 j|. Its reading is "
                + "Landis and Koch's (1977): below 0 poor, up to 0.20 slight, 0.40 fair, 0.60 moderate, 0.80 "
                + "substantial, above that almost perfect.", Style.BODY);

        pack.losses().ifPresent(losses -> {
            blocks.heading("Losses", Style.HEADING);
            blocks.paragraph("Each estimate gives the chance of a loss event in a year and a 90% interval of its "
                    + "cost, read as a lognormal whose 5th and 95th percentiles are the interval's ends. Each "
                    + "party's portfolio is simulated over " + String.format(Locale.ROOT, "%,d", losses.trials())
                    + " years with seed " + losses.seed() + " (parley quant \u2026 --seed " + losses.seed()
                    + " gives the same figures). A tolerance is a loss exceedance curve; a portfolio is within it "
                    + "when its chance of exceeding every listed loss is at most the tolerance there.", Style.BODY);
        });

        blocks.heading("Checking this document", Style.HEADING);
        blocks.paragraph("Every change to the store is an event of an append-only audit log, each with the SHA-256 "
                + "of the one before. When this document was written the last event's hash was:", Style.BODY);
        blocks.paragraph(pack.auditHead().isEmpty() ? "(the log was empty)" : pack.auditHead(), Style.LABEL);
        blocks.paragraph("To check that the store still holds what this document shows, and that nothing before "
                + "that event was changed, run on the computer that holds the store:", Style.BODY);
        blocks.paragraph("parley verify --expect " + (pack.auditHead().isEmpty() ? "HASH" : pack.auditHead()),
                Style.LABEL);
        blocks.paragraph("It exits with 0 when the chain is whole and still contains that event, and names the "
                + "first broken event otherwise. Each agreement page gives its content hash: the audit log recorded "
                + "it when the second signature froze the agreement, and verify recomputes it from the stored row. "
                + "Each signature is Ed25519 over the agreement's statement; the key fingerprints on the cover and "
                + "the agreement pages identify the keys that signed.", Style.BODY);
    }

    private static String criterion(ValueCriterion criterion) {
        return criterion.name() + " (weight " + String.format(Locale.ROOT, "%.2f", criterion.weight()) + ")";
    }

    private static String frontier(String whose, Frontier frontier) {
        return whose + " " + (frontier == null ? "not revealed" : frontier.text());
    }
}
