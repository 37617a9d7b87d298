package org.parley.exchange.pdf;

import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import org.parley.domain.Agreement;
import org.parley.domain.RegisterRow;
import org.parley.domain.Seat;
import org.parley.exchange.pdf.PdfFonts.Style;

/**
 * The register as a landscape table: a row per initiative, as the CSV export's cells have it, so that the two
 * cannot disagree. A row without a signed agreement reads "not agreed"; an agreed title links to its page.
 */
final class RegisterTable {

    static final String NOT_AGREED = "not agreed";

    private final PdfBlocks blocks;
    private final BoardPack pack;

    RegisterTable(PdfBlocks blocks, BoardPack pack) {
        this.blocks = blocks;
        this.pack = pack;
    }

    PdfPTable table(List<RegisterRow> rows) {
        PdfPTable table = blocks.table(new float[] {17, 9, 9, 9, 10, 10, 6, 17, 8, 8, 5},
                List.of("Initiative", pack.party(Seat.FIRST).roleLabel(), pack.party(Seat.SECOND).roleLabel(),
                        "Agreed value", "Inherent", "Residual", "Within appetite", "Decision and treatment",
                        "Risk owner", "Review", "Ver."), Style.TABLE);
        for (RegisterRow row : rows) {
            Agreement agreement = row.agreement();
            if (agreement != null) {
                table.addCell(PdfBlocks.cell(blocks.link(row.cell("initiative"), Style.TABLE_BOLD,
                        AgreementPage.anchor(row)), null));
            } else {
                table.addCell(blocks.cell(row.cell("initiative"), Style.TABLE_BOLD));
            }
            table.addCell(blocks.cell(scores(row, "party1"), Style.TABLE));
            table.addCell(blocks.cell(scores(row, "party2"), Style.TABLE));
            if (agreement == null) {
                table.addCell(blocks.cell(NOT_AGREED, Style.TABLE, PdfFonts.MUTED));
                for (int i = 0; i < 7; i++) {
                    table.addCell(blocks.cell("", Style.TABLE));
                }
                continue;
            }
            table.addCell(blocks.cell(row.cell("agreed_value"), Style.TABLE));
            table.addCell(blocks.cell(risk(row, "inherent"), Style.TABLE));
            table.addCell(blocks.cell(risk(row, "residual"), Style.TABLE));
            table.addCell(blocks.cell(Boolean.parseBoolean(row.cell("within_agreed_appetite")) ? "yes"
                    : agreement.isException() ? "no: exception" : "no", Style.TABLE));
            table.addCell(blocks.cell(row.cell("decision") + (row.cell("treatment").isEmpty() ? ""
                    : " \u00B7 " + row.cell("treatment")) + conditions(agreement), Style.TABLE));
            table.addCell(blocks.cell(row.cell("risk_owner"), Style.TABLE));
            table.addCell(blocks.cell(row.cell("review_date") + (pack.overdue(agreement) ? " (overdue)" : ""),
                    Style.TABLE));
            table.addCell(blocks.cell(row.cell("version"), Style.TABLE));
        }
        return table;
    }

    /** A party's revealed scores as "L 3 × I 4, value 3.5", or empty before a reveal. */
    private static String scores(RegisterRow row, String party) {
        String likelihood = row.cell(party + "_likelihood");
        if (likelihood.isEmpty()) {
            return "";
        }
        return "L " + likelihood + " \u00D7 I " + row.cell(party + "_impact") + "\nvalue " + row.cell(party + "_value");
    }

    private static String risk(RegisterRow row, String prefix) {
        return row.cell(prefix + "_likelihood") + " \u00D7 " + row.cell(prefix + "_impact") + " = "
                + row.cell(prefix + "_score") + "\n" + row.cell(prefix + "_band");
    }

    private static String conditions(Agreement agreement) {
        int n = agreement.terms().conditions().size();
        return n == 0 ? "" : "\n" + n + (n == 1 ? " condition" : " conditions");
    }
}
