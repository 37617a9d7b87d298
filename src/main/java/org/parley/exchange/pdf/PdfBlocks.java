package org.parley.exchange.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.parley.exchange.pdf.PdfFonts.Style;

/**
 * The few kinds of block a board pack is made of, in its one look: paragraphs, headings, tables of labels and
 * values, tables with a header row, and figures. Every text goes through {@link PdfFonts}, so that any script prints.
 */
final class PdfBlocks {

    static final Color HEADER_FILL = new Color(0xf6, 0xf8, 0xfa);
    static final Color RULE = new Color(0xd0, 0xd7, 0xde);

    private final Document document;
    private final PdfWriter writer;
    private final PdfFonts fonts;
    /** The page each section starts on, by anchor, as the first pass counted them; empty during that pass. */
    private final Map<String, Integer> pages;
    /** Figures are stood in for by a blank of the same shape while the pages are only being counted. */
    private final boolean counting;

    PdfBlocks(Document document, PdfWriter writer, PdfFonts fonts, Map<String, Integer> pages, boolean counting) {
        this.document = document;
        this.writer = writer;
        this.fonts = fonts;
        this.pages = pages;
        this.counting = counting;
    }

    PdfFonts fonts() {
        return fonts;
    }

    Phrase phrase(String text, Style style) {
        return fonts.phrase(text, style);
    }

    void add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not lay out the board pack", e);
        }
    }

    void paragraph(String text, Style style) {
        paragraph(text, style, PdfFonts.INK, 4);
    }

    void paragraph(String text, Style style, Color colour, float spacingAfter) {
        Paragraph paragraph = paragraphOf(fonts.phrase(text, style, colour), style);
        paragraph.setSpacingAfter(spacingAfter);
        add(paragraph);
    }

    /** Empty space of this height, in points. */
    void space(float height) {
        Paragraph space = paragraphOf(fonts.phrase(" ", Style.BODY), Style.BODY);
        space.setSpacingBefore(height);
        add(space);
    }

    void heading(String text, Style style) {
        Paragraph paragraph = paragraphOf(fonts.phrase(text, style), style);
        paragraph.setSpacingBefore(style == Style.TITLE ? 0 : 8);
        paragraph.setSpacingAfter(style == Style.TITLE ? 10 : 5);
        add(paragraph);
    }

    /**
     * A phrase that jumps to the page where the section {@code anchor} starts, once a first pass has counted it. The
     * jump names the page itself, not a named destination: PDF/A validators check a direct destination best.
     */
    Phrase link(String text, Style style, String anchor) {
        Phrase phrase = fonts.phrase(text, style);
        Integer page = pages.get(anchor);
        if (page != null) {
            for (Object chunk : phrase.getChunks()) {
                ((Chunk) chunk).setAction(jumpTo(page));
            }
        }
        return phrase;
    }

    /** An action that shows the top of a page, counted from 1. */
    PdfAction jumpTo(int page) {
        return PdfAction.gotoLocalPage(page, new PdfDestination(PdfDestination.FITH, 10_000), writer);
    }

    /** Two columns: a label and its value, a row each; rows with no value are left out. */
    PdfPTable labelled(List<String[]> rows) {
        PdfPTable table = new PdfPTable(new float[] {28, 72});
        table.setWidthPercentage(100);
        table.setSpacingAfter(6);
        for (String[] row : rows) {
            if (row[1] == null || row[1].isBlank()) {
                continue;
            }
            table.addCell(cell(fonts.phrase(row[0], Style.LABEL, PdfFonts.MUTED), null));
            table.addCell(cell(fonts.phrase(row[1], Style.BODY), null));
        }
        return table;
    }

    /** A table whose first row names the columns, repeated on every page it runs onto. */
    PdfPTable table(float[] widths, List<String> header, Style style) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSplitLate(false);
        table.setSpacingAfter(8);
        Style bold = style == Style.TABLE ? Style.TABLE_BOLD : Style.LABEL;
        for (String name : header) {
            table.addCell(cell(fonts.phrase(name, bold), HEADER_FILL));
        }
        return table;
    }

    PdfPCell cell(String text, Style style) {
        return cell(fonts.phrase(text, style), null);
    }

    PdfPCell cell(String text, Style style, Color colour) {
        return cell(fonts.phrase(text, style, colour), null);
    }

    static PdfPCell cell(Phrase phrase, Color fill) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setPaddingTop(2.5f);
        cell.setPaddingBottom(4.5f);
        cell.setPaddingLeft(4);
        cell.setPaddingRight(4);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        cell.setBorder(Rectangle.BOTTOM);
        if (fill != null) {
            cell.setBackgroundColor(fill);
        }
        return cell;
    }

    /** A figure: its title, the picture scaled to its share of the text width (and no taller than the page), a caption. */
    void figure(Figure figure, float maxHeight) {
        float width = (float) ((document.right() - document.left()) * figure.widthShare());
        BufferedImage picture = figure.image();
        float fit = Math.min(width / picture.getWidth(), maxHeight / picture.getHeight());
        // Title, chart and caption stay together: a chart that does not fit would otherwise be moved on alone.
        float needed = picture.getHeight() * fit + 4 * leading(Style.HEADING) + 3 * leading(Style.SMALL);
        if (writer.getVerticalPosition(true) - document.bottom() < needed) {
            document.newPage();
        }
        heading(figure.title(), Style.HEADING);
        Image image = image(picture, picture.getWidth() * fit, picture.getHeight() * fit);
        image.setAlignment(Image.MIDDLE);
        add(image);
        paragraph(figure.caption(), Style.SMALL, PdfFonts.MUTED, 10);
    }

    /**
     * The picture without its transparency, on white: PDF/A-1 allows none. While counting pages, a blank of the same
     * shape, so that the count costs no compression of megapixels. Printed at the given size in points.
     */
    Image image(BufferedImage picture, float printedWidth, float printedHeight) {
        int width = counting ? Math.max(1, picture.getWidth() / 64) : picture.getWidth();
        int height = counting ? Math.max(1, picture.getHeight() / 64) : picture.getHeight();
        BufferedImage opaque = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = opaque.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            if (!counting) {
                g.drawImage(picture, 0, 0, null);
            }
        } finally {
            g.dispose();
        }
        try {
            Image image = Image.getInstance(opaque, null);
            image.scaleAbsolute(printedWidth, printedHeight);
            return image;
        } catch (IOException e) {
            throw new IllegalStateException("Could not take a figure into the board pack", e);
        }
    }

    private Paragraph paragraphOf(Phrase phrase, Style style) {
        Paragraph paragraph = new Paragraph(phrase);
        // The spacing above and below is a blank in the paragraph's own font, which must be embedded too (PDF/A).
        paragraph.setFont(new com.lowagie.text.Font(fonts.base(style), style.size));
        paragraph.setLeading(leading(style));
        return paragraph;
    }

    static float leading(Style style) {
        return style.size * 1.38f;
    }
}
