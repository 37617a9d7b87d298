package org.parley.exchange.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfICCBased;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.parley.domain.Seat;
import org.parley.exchange.AtomicFile;
import org.parley.exchange.ExchangeProgress;

/**
 * Writes a board pack as a PDF/A-1b file with OpenPDF (decision 0035), all or nothing through {@link AtomicFile}. It
 * lays the document out twice: the first pass, with stand-ins for the figures, counts the pages that the contents
 * and every footer's "Page N of M" then print.
 */
public final class BoardPackWriter {

    /** A written board pack: its pages, and the characters no font on this computer could print, if any. */
    public record Result(int pages, SortedSet<String> unprintable) {

        /** The characters not printed, each with its code point, as a message's own font may lack them too. */
        public String unprintableText() {
            return unprintable.stream().map(c -> c + " (" + c.codePoints()
                    .mapToObj(point -> String.format(Locale.ROOT, "U+%04X", point))
                    .collect(Collectors.joining(" ")) + ")").collect(Collectors.joining(", "));
        }
    }

    private static final float MARGIN = 50;
    private static final float TOP_MARGIN = 58;

    private final Paper paper;

    public BoardPackWriter(Paper paper) {
        this.paper = paper;
    }

    public Result write(BoardPack pack, List<Figure> figures, Path target, ExchangeProgress progress)
            throws IOException {
        int steps = BoardPackDocument.steps(pack);
        Pass counted = pass(pack, figures, OutputStream.nullOutputStream(), Map.of(), 0, progress, steps, true);
        Pass[] printed = new Pass[1];
        AtomicFile.write(target, out -> printed[0] = pass(pack, figures, out, counted.pages(), counted.total(),
                progress, steps, false));
        return new Result(printed[0].total(), printed[0].fonts().unprintable());
    }

    private record Pass(Map<String, Integer> pages, int total, PdfFonts fonts) {
    }

    private Pass pass(BoardPack pack, List<Figure> figures, OutputStream out, Map<String, Integer> printedPages,
            int totalPages, ExchangeProgress progress, int steps, boolean counting) {
        PdfFonts fonts = new PdfFonts();
        Document document = new Document(paper.portrait(), MARGIN, MARGIN, TOP_MARGIN, MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPDFXConformance(PdfWriter.PDFA1B);
        writer.setPageEvent(new PageFrame(fonts, pack.workshop().name(), "Written "
                + Dates.shortDay(pack.writtenAt(), pack.zone()) + " \u00B7 audit " + shortHash(pack.auditHead()),
                totalPages));
        document.addTitle("Board pack: " + pack.workshop().name());
        document.addSubject("The signed risk register of a Parley workshop, with both parties' positions");
        document.addAuthor(pack.party(Seat.FIRST).displayName() + " and " + pack.party(Seat.SECOND).displayName());
        document.addCreator("Parley");
        document.addCreationDate();
        document.open();
        outputIntent(writer);
        PdfBlocks blocks = new PdfBlocks(document, writer, fonts, printedPages, counting);
        Map<String, Integer> pages = new BoardPackDocument(document, writer, blocks, pack, figures, paper,
                printedPages, progress, counting ? 0 : steps, 2 * steps).write();
        writer.createXmpMetadata();
        int total = writer.getPageNumber();
        document.close();
        return new Pass(pages, total, fonts);
    }

    /** PDF/A needs the colour space its colours mean: sRGB, from the JDK's own profile. */
    private static void outputIntent(PdfWriter writer) {
        try {
            PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
            intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString("sRGB IEC61966-2.1"));
            intent.put(PdfName.INFO, new PdfString("sRGB IEC61966-2.1"));
            intent.put(PdfName.S, PdfName.GTS_PDFA1);
            PdfICCBased profile = new PdfICCBased(ICC_Profile.getInstance(ColorSpace.CS_sRGB));
            profile.remove(PdfName.ALTERNATE);
            intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(profile).getIndirectReference());
            writer.getExtraCatalog().put(PdfName.OUTPUTINTENTS, new PdfArray(intent));
        } catch (IOException e) {
            throw new IllegalStateException("Could not embed the sRGB colour profile", e);
        }
    }

    private static String shortHash(String hash) {
        return hash.length() > 12 ? hash.substring(0, 12) : hash.isEmpty() ? "empty" : hash;
    }
}
