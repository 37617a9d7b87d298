package org.parley.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A written PDF read back with Apache PDFBox, a reader independent of the OpenPDF that wrote it: its pages' text, so
 * that tests check what a reader would find, not what the writer meant to put.
 */
public final class PdfText {

    private final List<String> pages;

    private PdfText(List<String> pages) {
        this.pages = pages;
    }

    public static PdfText of(Path file) {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return new PdfText(pages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int pages() {
        return pages.size();
    }

    /** Page {@code number}, counted from 1. */
    public String page(int number) {
        return pages.get(number - 1);
    }

    public String all() {
        return String.join("\n", pages);
    }

    /** The first page, counted from 1, whose text contains {@code text}; 0 when none does. */
    public int pageOf(String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i + 1;
            }
        }
        return 0;
    }
}
