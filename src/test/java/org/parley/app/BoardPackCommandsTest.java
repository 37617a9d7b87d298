package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.PdfText;

/** board-pack on a real store: what it prints, the charts it draws with no window, and its refusals. */
class BoardPackCommandsTest {

    private static final String SAMPLE = "FY27 strategy offsite";

    @TempDir
    Path folder;
    private Path store;

    @BeforeEach
    void prepare() {
        store = folder.resolve("parley.mv.db");
        assertThat(CliTest.runOn(store, "workshops").exitCode()).isZero();
    }

    @Test
    void writesTheSamplesPackWithTheWindowsChartsAndItStillVerifiesAgainstTheHashOnItsCover() throws Exception {
        Path pdf = folder.resolve("pack.pdf");

        CliTest.Run run = CliTest.runOn(store, "board-pack", SAMPLE, pdf.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        PdfText text = PdfText.of(pdf);
        assertThat(run.out()).isEqualTo("Wrote the board pack of \u201C" + SAMPLE + "\u201D to "
                + pdf.toAbsolutePath().normalize() + ": " + text.pages() + " pages, 3 signed agreements, on A4 "
                + "paper.\n");
        assertThat(text.all()).contains("Divergence map", "Where the CISO places the risks",
                "Where the CTO places the risks");
        assertThat(images(pdf)).hasSizeGreaterThanOrEqualTo(4).allSatisfy(size -> assertThat(size[0])
                .isGreaterThanOrEqualTo(1500));
        String cover = text.page(1);
        java.util.regex.Matcher found = java.util.regex.Pattern.compile("[0-9a-f]{64}").matcher(cover);
        assertThat(found.find()).as(cover).isTrue();
        String hash = found.group();
        CliTest.Run verify = CliTest.runOn(store, "verify", "--expect", hash);
        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
    }

    @Test
    void allOnLetterListsTheInitiativesNotAgreed() {
        Path pdf = folder.resolve("all.pdf");

        CliTest.Run run = CliTest.runOn(store, "board-pack", SAMPLE, pdf.toString(), "--all", "--paper", "letter");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("3 signed agreements, 11 not agreed, on Letter paper.");
        assertThat(PdfText.of(pdf).all()).contains("not agreed");
    }

    @Test
    void anUnknownPaperIsBadUsageAndWritesNothing() {
        Path pdf = folder.resolve("pack.pdf");

        CliTest.Run run = CliTest.runOn(store, "board-pack", SAMPLE, pdf.toString(), "--paper", "legal");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--paper: The paper is A4 or Letter, not \u201Clegal\u201D.");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void anUnknownWorkshopFailsAndWritesNothing() {
        Path pdf = folder.resolve("pack.pdf");

        CliTest.Run run = CliTest.runOn(store, "board-pack", "No such workshop", pdf.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("No such workshop");
        assertThat(pdf).doesNotExist();
    }

    /** The width and height in pixels of every image on every page. */
    private static List<int[]> images(Path pdf) throws Exception {
        List<int[]> sizes = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        sizes.add(new int[] {image.getWidth(), image.getHeight()});
                    }
                }
            }
        }
        return sizes;
    }
}
