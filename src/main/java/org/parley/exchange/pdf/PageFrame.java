package org.parley.exchange.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import org.parley.exchange.pdf.PdfFonts.Style;

/** What every page but the cover carries: the workshop in a running header, and "Page N of M" at the foot. */
final class PageFrame extends PdfPageEventHelper {

    private final PdfFonts fonts;
    private final String header;
    private final String footer;
    /** The page count of the finished document, or 0 while it is being counted. */
    private final int pages;

    PageFrame(PdfFonts fonts, String header, String footer, int pages) {
        this.fonts = fonts;
        this.header = header;
        this.footer = footer;
        this.pages = pages;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        int page = writer.getPageNumber();
        if (page == 1) {
            return;
        }
        Rectangle size = document.getPageSize();
        PdfContentByte canvas = writer.getDirectContent();
        float top = size.getTop() - 28;
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, fonts.phrase(header, Style.SMALL, PdfFonts.MUTED),
                document.left(), top, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, fonts.phrase("Board pack", Style.SMALL,
                PdfFonts.MUTED), document.right(), top, 0);
        canvas.saveState();
        canvas.setColorStroke(PdfBlocks.RULE);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(document.left(), top - 5);
        canvas.lineTo(document.right(), top - 5);
        canvas.stroke();
        canvas.restoreState();
        float bottom = size.getBottom() + 24;
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, fonts.phrase(footer, Style.SMALL, PdfFonts.MUTED),
                document.left(), bottom, 0);
        String number = pages > 0 ? "Page " + page + " of " + pages : "Page " + page;
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, fonts.phrase(number, Style.SMALL, PdfFonts.MUTED),
                document.right(), bottom, 0);
    }
}
