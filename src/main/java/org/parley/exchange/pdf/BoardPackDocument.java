package org.parley.exchange.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.domain.Party;
import org.parley.domain.RegisterRow;
import org.parley.domain.Seat;
import org.parley.exchange.ExchangeCancelledException;
import org.parley.exchange.ExchangeProgress;
import org.parley.exchange.pdf.PdfFonts.Style;

/**
 * One pass over a board pack's pages, in their order: the cover, the contents, the summary, the figures, the
 * register in landscape, a page per agreement and the appendix. Each section starts a page and records it, so that a
 * first pass can count what a second prints in the contents.
 */
final class BoardPackDocument {

    /** A section of the contents: its anchor, its title, whether it sits under the one before, and its page. */
    record Entry(String anchor, String title, boolean nested) {
    }

    private final Document document;
    private final PdfWriter writer;
    private final PdfBlocks blocks;
    private final BoardPack pack;
    private final List<Figure> figures;
    private final Paper paper;
    /** The pages of the first pass, by anchor; empty during the first pass itself. */
    private final Map<String, Integer> printedPages;
    private final Map<String, Integer> pages = new LinkedHashMap<>();
    private final ExchangeProgress progress;
    private final int steps;
    private int done;
    private PdfOutline agreementsOutline;

    BoardPackDocument(Document document, PdfWriter writer, PdfBlocks blocks, BoardPack pack, List<Figure> figures,
            Paper paper, Map<String, Integer> printedPages, ExchangeProgress progress, int stepsBefore, int steps) {
        this.document = document;
        this.writer = writer;
        this.blocks = blocks;
        this.pack = pack;
        this.figures = figures;
        this.paper = paper;
        this.printedPages = printedPages;
        this.progress = progress;
        this.done = stepsBefore;
        this.steps = steps;
    }

    /** The steps of one pass, for the progress: the sections and every agreement page. */
    static int steps(BoardPack pack) {
        return 6 + pack.agreed().size();
    }

    /** The sections in the contents, in their order. */
    static List<Entry> contents(BoardPack pack, boolean figures) {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry("summary", "Summary", false));
        if (figures) {
            entries.add(new Entry("figures", "Where the parties diverge", false));
        }
        entries.add(new Entry("register", "The register", false));
        entries.add(new Entry("agreements", "The agreements", false));
        for (RegisterRow row : pack.agreed()) {
            entries.add(new Entry(AgreementPage.anchor(row), row.agreement().snapshot().initiative().title(), true));
        }
        entries.add(new Entry("appendix", "Appendix: how the figures are computed and checked", false));
        return entries;
    }

    /** Writes every page; the pages each section starts on, by anchor. */
    Map<String, Integer> write() {
        cover();
        step();
        newPage();
        contentsPage();
        step();
        newPage();
        section("summary", "Summary");
        new SummarySection(blocks, pack).write();
        step();
        if (!figures.isEmpty()) {
            newPage();
            section("figures", "Where the parties diverge");
            int revealed = pack.analysis().revealed().size();
            blocks.paragraph("The charts show " + (revealed == 1 ? "the one revealed initiative" : "all " + revealed
                    + " revealed initiatives") + ", agreed or not, as each party scored "
                    + (revealed == 1 ? "it" : "them") + " in the latest revealed round.", Style.BODY, PdfFonts.MUTED, 4);
            float maxHeight = (document.top() - document.bottom()) * 0.62f;
            for (Figure figure : figures) {
                blocks.figure(figure, maxHeight);
            }
        }
        step();
        registerPages();
        step();
        newPage();
        agreementsOutline = section("agreements", "The agreements");
        List<RegisterRow> agreed = pack.agreed();
        blocks.paragraph(agreed.isEmpty() ? "No initiative has a signed agreement yet."
                : "A page per initiative with a signed agreement, in the register's order: the scores and reasons "
                        + "both parties signed on, the discussion, the terms, and the signatures.", Style.BODY,
                PdfFonts.MUTED, 6);
        AgreementPage page = new AgreementPage(blocks, pack);
        for (int i = 0; i < agreed.size(); i++) {
            if (i > 0) {
                newPage();
            }
            RegisterRow row = agreed.get(i);
            // Where it starts: a long agreement runs onto the next page.
            pages.put(AgreementPage.anchor(row), writer.getPageNumber());
            new PdfOutline(agreementsOutline, blocks.jumpTo(writer.getPageNumber()),
                    row.agreement().snapshot().initiative().title());
            page.write(row);
            step();
        }
        newPage();
        section("appendix", "Appendix: how the figures are computed and checked");
        new AppendixSection(blocks, pack).write();
        step();
        return pages;
    }

    private void cover() {
        blocks.space(90);
        blocks.paragraph("Board pack", Style.HEADING, PdfFonts.MUTED, 6);
        blocks.paragraph(pack.workshop().name(), Style.COVER, PdfFonts.INK, 18);
        String from = Dates.day(pack.sessionFrom(), pack.zone());
        String to = Dates.day(pack.sessionTo(), pack.zone());
        blocks.paragraph("Session " + (from.equals(to) ? from : from + " to " + to), Style.BODY, PdfFonts.INK, 24);
        List<String[]> parties = new ArrayList<>();
        for (Seat seat : Seat.values()) {
            Party party = pack.party(seat);
            String fingerprint = pack.fingerprints().get(party.id());
            parties.add(new String[] {party.roleLabel(), party.displayName()
                    + (fingerprint == null ? "\nhas not signed with a key" : "\npublic key " + fingerprint)});
        }
        parties.add(new String[] {"Audit log", pack.auditHead().isEmpty() ? "empty"
                : "its position when this was written (check it with parley verify --expect):\n"
                        + pack.auditHead()});
        parties.add(new String[] {"Written", Dates.moment(pack.writtenAt(), pack.zone()) + ", on " + paper.label()
                + " paper"});
        parties.add(new String[] {"Shows", pack.all() ? "every initiative; those without a signed agreement are "
                + "marked \u201Cnot agreed\u201D" : "the initiatives with a signed agreement"});
        blocks.add(blocks.labelled(parties));
        blocks.paragraph("Everything here was revealed to both parties; nothing either scored or set in private "
                + "appears. The appendix says how to check this document against the store.", Style.SMALL,
                PdfFonts.MUTED, 4);
    }

    private void contentsPage() {
        blocks.heading("Contents", Style.TITLE);
        PdfPTable table = new PdfPTable(new float[] {90, 10});
        table.setWidthPercentage(100);
        for (Entry entry : contents(pack, !figures.isEmpty())) {
            Integer page = printedPages.get(entry.anchor());
            Phrase title = blocks.link((entry.nested() ? "      " : "") + entry.title(), entry.nested()
                    ? Style.BODY : Style.LABEL, entry.anchor());
            PdfPCell left = PdfBlocks.cell(title, null);
            left.setBorder(0);
            PdfPCell right = PdfBlocks.cell(blocks.link(page == null ? "" : page.toString(), Style.BODY,
                    entry.anchor()), null);
            right.setBorder(0);
            right.setHorizontalAlignment(PdfPCell.ALIGN_RIGHT);
            table.addCell(left);
            table.addCell(right);
        }
        blocks.add(table);
    }

    private void registerPages() {
        document.setPageSize(paper.landscape());
        newPage();
        section("register", "The register");
        List<RegisterRow> rows = pack.register();
        if (rows.isEmpty()) {
            blocks.paragraph(pack.all() ? "The workshop has no initiatives." : "No initiative has a signed agreement "
                    + "yet. A board pack that includes the initiatives not agreed yet (--all on the command line) "
                    + "lists every initiative.", Style.BODY);
        } else {
            blocks.add(new RegisterTable(blocks, pack).table(rows));
        }
        document.setPageSize(paper.portrait());
    }

    /** Starts a section on this page: its title, its page for the contents, and its entry in the outline. */
    private PdfOutline section(String anchor, String title) {
        blocks.heading(title, Style.TITLE);
        pages.put(anchor, writer.getPageNumber());
        return new PdfOutline(writer.getRootOutline(), blocks.jumpTo(writer.getPageNumber()), title);
    }

    private void newPage() {
        document.newPage();
    }

    private void step() {
        if (progress.cancelled()) {
            throw new ExchangeCancelledException("The board pack was cancelled. Nothing was written.");
        }
        progress.update(++done, steps);
    }
}
