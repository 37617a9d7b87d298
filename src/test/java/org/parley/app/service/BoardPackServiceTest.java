package org.parley.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.Actor;
import org.parley.domain.Agreement;
import org.parley.domain.AssessmentInput;
import org.parley.domain.AuditChain;
import org.parley.domain.Frontier;
import org.parley.domain.Initiative;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.Party;
import org.parley.domain.PortfolioAgreement;
import org.parley.domain.RegisterRow;
import org.parley.domain.Signatures;
import org.parley.domain.ValueCriterion;
import org.parley.domain.quant.LossEstimate;
import org.parley.domain.quant.SimulationProgress;
import org.parley.exchange.ExchangeCancelledException;
import org.parley.exchange.ExchangeProgress;
import org.parley.exchange.pdf.BoardPack;
import org.parley.exchange.pdf.BoardPackWriter;
import org.parley.exchange.pdf.Figure;
import org.parley.exchange.pdf.Paper;
import org.parley.store.Store;
import org.parley.testing.PdfText;
import org.parley.testing.QuantWorkshop;
import org.parley.testing.RevealedWorkshop;
import org.parley.testing.TestConsent;
import org.parley.testing.TestStores;

/**
 * Board packs written and read back with Apache PDFBox, an independent reader: what they say is checked against the
 * store, what must stay private against what was typed in private, and the file against PDF/A-1b with PDFBox's
 * preflight validator.
 */
class BoardPackServiceTest {

    @TempDir
    Path folder;
    private Store store;
    private Services services;
    private long workshop;

    @BeforeEach
    void open() {
        store = TestStores.open(folder);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private BoardPackWriter.Result write(Services services, BoardPack pack, List<Figure> figures, Paper paper,
            Path file) {
        return services.boardPack().write(pack, figures, paper, file, ExchangeProgress.NONE, Actor.COMMAND_LINE);
    }

    @Test
    void theSamplesPackPrintsTheSessionEveryAgreementAndTheAuditHead() throws Exception {
        BoardPack pack = samplePack(false);
        Path file = folder.resolve("pack.pdf");

        BoardPackWriter.Result result = write(services, pack, List.of(), Paper.A4, file);

        PdfText text = PdfText.of(file);
        assertThat(text.pages()).isEqualTo(result.pages()).isEqualTo(5 + pack.agreed().size());
        assertThat(result.unprintable()).isEmpty();
        assertThat(text.page(1)).contains("FY27 strategy offsite", "Amira Haddad", "Jonas Berg",
                pack.auditHead(), "Board pack");
        List<Party> parties = services.workshops().parties(workshop);
        for (Party party : parties) {
            assertThat(pack.fingerprints()).containsKey(party.id());
            assertThat(text.page(1)).contains(pack.fingerprints().get(party.id()));
        }
        assertThat(text.page(2)).contains("FY27 strategy offsite Board pack", "Page 2 of " + result.pages());

        // Each agreement's page: where the contents say it is, with what was signed and the stored content's hash.
        List<RegisterRow> agreed = services.register().agreedRows(workshop);
        assertThat(agreed).hasSize(3);
        for (RegisterRow row : agreed) {
            Agreement agreement = row.agreement();
            String title = agreement.snapshot().initiative().title();
            int page = tocPage(text.page(2), title);
            assertThat(text.page(page)).contains(title, "How each party scored it", agreement.terms().riskOwner(),
                    agreement.firstSignature().label(), agreement.secondSignature().label(),
                    agreement.terms().decision().label(), pack.contentHashes().get(agreement.id()),
                    agreement.snapshot().first().rationale().substring(0, 30));
        }
        assertThat(pack.contentHashes()).hasSize(3);

        // The summary's figures are the analysis's.
        PortfolioAgreement kappa = services.divergence().analysis(workshop, null).agreement();
        int summary = tocPage(text.page(2), "Summary");
        assertThat(text.page(summary)).contains("Of 14 initiatives, 14 are revealed and 3 agreed",
                String.format(Locale.ROOT, "Likelihood %.2f %s", kappa.likelihood().kappaQuadratic(),
                        kappa.likelihood().reading()),
                String.format(Locale.ROOT, "Impact %.2f %s", kappa.impact().kappaQuadratic(),
                        kappa.impact().reading()));
        // The appendix tells how to check it against the store.
        assertThat(text.page(result.pages())).contains("parley verify --expect " + pack.auditHead());
    }

    @Test
    void aPackIsValidPdfA1bWithLinksFromTheContentsAndAnOutline() throws Exception {
        BoardPack pack = samplePack(true);
        Path file = folder.resolve("pack.pdf");

        write(services, pack, List.of(figure(600, 400)), Paper.A4, file);

        ValidationResult validation = PreflightParser.validate(file.toFile());
        assertThat(validation.getErrorsList()).extracting(e -> e.getErrorCode() + " " + e.getDetails()).isEmpty();
        assertThat(validation.isValid()).isTrue();
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            List<PDAnnotation> links = new ArrayList<>();
            for (PDAnnotation annotation : document.getPage(1).getAnnotations()) {
                if (annotation instanceof PDAnnotationLink) {
                    links.add(annotation);
                }
            }
            // A title and a page number per entry: summary, figures, register, agreements, 3 agreements, appendix.
            assertThat(links).hasSize(2 * 8);
            assertThat(document.getDocumentCatalog().getDocumentOutline().children()).extracting(i -> i.getTitle())
                    .containsExactly("Summary", "Where the parties diverge", "The register", "The agreements",
                            "Appendix: how the figures are computed and checked");
        }
    }

    @Test
    void aFigureIsPrintedAtItsFullResolution() throws Exception {
        BoardPack pack = samplePack(false);
        Path file = folder.resolve("pack.pdf");

        write(services, pack, List.of(figure(2880, 1800)), Paper.A4, file);

        PdfText text = PdfText.of(file);
        int page = tocPage(text.page(2), "Where the parties diverge");
        assertThat(text.page(page)).contains("Test chart", "How to read the test chart.");
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PDPage figures = document.getPage(page - 1);
            List<PDImageXObject> images = new ArrayList<>();
            for (COSName name : figures.getResources().getXObjectNames()) {
                if (figures.getResources().getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            assertThat(images).singleElement().satisfies(image -> {
                assertThat(image.getWidth()).isEqualTo(2880);
                assertThat(image.getHeight()).isEqualTo(1800);
                // The chart's red half is still red: the pixels went in, not a stand-in.
                assertThat(new Color(image.getImage().getRGB(100, 900))).isEqualTo(Color.RED);
            });
        }
    }

    @Test
    void unrevealedWorkNeverAppearsAndInitiativesNotAgreedOnlyWithAll() throws Exception {
        RevealedWorkshop w = RevealedWorkshop.create(store);
        w.signed(w.assistant, w.terms());
        Initiative hidden = w.services.initiatives().add(w.workshop.id(),
                new InitiativeDraft("Open analytics data access", "", "", "", null, List.of()), TestConsent.nobody());
        w.services.scoring().submit(hidden.id(), w.ciso, input(w.services, w.workshop.id(), 5, 5,
                "PRIVATE-CISO-REASONING"), w.both);

        BoardPack agreedOnly = w.services.boardPack().assemble(w.workshop.id(), false, SimulationProgress.NONE);
        Path agreedFile = folder.resolve("agreed.pdf");
        write(w.services, agreedOnly, List.of(), Paper.A4, agreedFile);
        BoardPack all = w.services.boardPack().assemble(w.workshop.id(), true, SimulationProgress.NONE);
        Path allFile = folder.resolve("all.pdf");
        write(w.services, all, List.of(), Paper.A4, allFile);

        String agreedText = PdfText.of(agreedFile).all();
        String allText = PdfText.of(allFile).all();
        assertThat(agreedText + allText).doesNotContain("PRIVATE-CISO-REASONING");
        assertThat(agreedText).contains("Gen-AI support assistant").doesNotContain("DevSecOps pipeline")
                .doesNotContain("Open analytics data access");
        assertThat(allText).contains("Gen-AI support assistant", "DevSecOps pipeline", "Open analytics data access");
        PdfText allPages = PdfText.of(allFile);
        String register = allPages.page(tocPage(allPages.page(2), "The register"));
        assertThat(register.split("not agreed", -1)).hasSize(3);
        // The pipeline's revealed scores show; the hidden initiative has none to show.
        assertThat(register).contains("L 2 \u00D7 I 2");
        assertThat(register).doesNotContain("L 5 \u00D7 I 5");
    }

    @Test
    void privateAppetitesTolerancesAndAnOpenSecondRoundNeverAppear() {
        QuantWorkshop w = QuantWorkshop.create(store);
        BoardPack before = w.services.boardPack().assemble(w.workshop.id(), true, SimulationProgress.NONE);
        w.services.scoring().openRound(List.of(w.cloud.id()), w.both);
        Map<Long, Integer> criteria = new java.util.HashMap<>();
        w.services.workshops().criteria(w.workshop.id()).forEach(c -> criteria.put(c.id(), 5));
        w.services.scoring().submit(w.cloud.id(), w.ciso, new AssessmentInput(5, 5, criteria, "ROUND-TWO-PRIVATE",
                new LossEstimate(0.9, 123_456_789, 987_654_321)), w.consentOf(w.ciso));

        BoardPack pack = w.services.boardPack().assemble(w.workshop.id(), true, SimulationProgress.NONE);
        Path file = folder.resolve("private.pdf");
        write(w.services, pack, List.of(), Paper.A4, file);

        String text = PdfText.of(file).all();
        assertThat(text).doesNotContain("ROUND-TWO-PRIVATE", "123,456,789", "987,654,321",
                QuantWorkshop.CISO_TOLERANCE.text(), QuantWorkshop.CTO_TOLERANCE.text(),
                Frontier.of(4, 6, 8, 10, 12).text(), Frontier.of(6, 9, 12, 15, 18).text());
        assertThat(text).contains("tolerances not revealed", "Frontiers as revealed: CISO not revealed");
        assertThat(pack.analysis().appetites().first()).isNull();
        assertThat(pack.losses().orElseThrow().first().expectedAnnualLoss())
                .isEqualTo(before.losses().orElseThrow().first().expectedAnnualLoss());
    }

    @Test
    void namesInAnyScriptPrint() throws Exception {
        RevealedWorkshop w = RevealedWorkshop.create(store);
        w.services.workshops().renameParty(w.ciso, "Zoë Łukasiewicz-Müller", "CISO", w.both);
        w.services.workshops().renameParty(w.cto, "田中 ゆき", "CTO", w.both);
        w.services.workshops().rename(w.workshop.id(), "Revue stratégique 日本", w.both);
        w.services.notes().add(w.assistant.id(), w.cto, "مرحبا بالعالم", w.both);
        w.signed(w.assistant, w.terms());

        BoardPack pack = w.services.boardPack().assemble(w.workshop.id(), false, SimulationProgress.NONE);
        Path file = folder.resolve("names.pdf");
        BoardPackWriter.Result result = write(w.services, pack, List.of(), Paper.A4, file);

        PdfText text = PdfText.of(file);
        assertThat(text.page(1)).contains("Zoë Łukasiewicz-Müller");
        assertThat(text.all()).contains("مرحبا", "بالعالم");
        if (cjkFontInstalled()) {
            assertThat(result.unprintable()).isEmpty();
            assertThat(text.page(1)).contains("Revue stratégique 日本", "田中 ゆき");
        } else {
            // A computer without a font for them: each character is named with its code point, never dropped silently.
            assertThat(result.unprintable()).containsExactly("き", "ゆ", "中", "日", "本", "田");
            assertThat(result.unprintableText()).contains("日 (U+65E5)", "田 (U+7530)");
        }
    }

    /**
     * Whether this computer has one of the CJK fonts the board pack falls back on where Debian's packages put them
     * ({@code fonts-noto-cjk}, {@code fonts-droid-fallback}, {@code fonts-wqy-microhei}); a clean machine may have none.
     */
    private static boolean cjkFontInstalled() {
        return java.util.stream.Stream.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
                "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
                "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
                "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc").map(Path::of).anyMatch(Files::isReadable);
    }

    @Test
    void letterPaperHasLetterPagesAndTheRegisterIsLandscape() throws Exception {
        BoardPack pack = samplePack(false);
        Path letter = folder.resolve("letter.pdf");
        Path a4 = folder.resolve("a4.pdf");

        write(services, pack, List.of(), Paper.LETTER, letter);
        write(services, pack, List.of(), Paper.A4, a4);

        int register = tocPage(PdfText.of(letter).page(2), "The register");
        try (PDDocument document = Loader.loadPDF(letter.toFile())) {
            assertThat(size(document.getPage(0))).containsExactly(612f, 792f);
            assertThat(size(document.getPage(register - 1))).containsExactly(792f, 612f);
            assertThat(size(document.getPage(register))).containsExactly(612f, 792f);
        }
        try (PDDocument document = Loader.loadPDF(a4.toFile())) {
            assertThat(size(document.getPage(0))).containsExactly(595f, 842f);
        }
    }

    @Test
    void theAuditLogRecordsThePackWithTheHashOfItsFile() throws Exception {
        BoardPack pack = samplePack(false);
        Path file = folder.resolve("pack.pdf");

        BoardPackWriter.Result result = write(services, pack, List.of(), Paper.A4, file);

        AuditChain.Entry event = services.audit().events(workshop).get(0);
        assertThat(event.kind()).isEqualTo("BOARD_PACK_WRITTEN");
        assertThat(event.payload()).contains("\"sha256\":\"" + Signatures.sha256Hex(Files.readAllBytes(file)) + "\"",
                "\"pages\":" + result.pages(), "\"file\":\"pack.pdf\"", "\"audit\":\"" + pack.auditHead() + "\"");
        assertThat(services.audit().verify(null).intact()).isTrue();
    }

    @Test
    void aCancelledPackWritesNothingAndRecordsNothing() {
        BoardPack pack = samplePack(false);
        Path file = folder.resolve("pack.pdf");
        int before = services.audit().events(workshop).size();
        ExchangeProgress cancelledMidway = new ExchangeProgress() {
            private int steps;

            @Override
            public void update(long done, long total) {
                steps++;
            }

            @Override
            public boolean cancelled() {
                return steps >= 9;
            }
        };

        assertThatThrownBy(() -> services.boardPack().write(pack, List.of(), Paper.A4, file, cancelledMidway,
                Actor.COMMAND_LINE)).isInstanceOf(ExchangeCancelledException.class);

        assertThat(file).doesNotExist();
        assertThat(folder.toFile().list((dir, name) -> name.endsWith(".tmp"))).isEmpty();
        assertThat(services.audit().events(workshop)).hasSize(before);
    }

    @Test
    void aPackInQuantitativeModeGivesEachPartysExpectedLossAgainstItsTolerance() throws Exception {
        QuantWorkshop w = QuantWorkshop.create(store);
        w.revealAppetites();
        BoardPack pack = w.services.boardPack().assemble(w.workshop.id(), true, SimulationProgress.NONE);
        Path file = folder.resolve("quant.pdf");

        write(w.services, pack, List.of(), Paper.A4, file);

        BoardPack.Losses losses = pack.losses().orElseThrow();
        QuantService.Result run = w.services.quant().simulate(w.workshop.id(), losses.trials(),
                BoardPackService.SEED, false, SimulationProgress.NONE);
        String summary = PdfText.of(file).page(3);
        assertThat(summary).contains("Expected annual loss",
                String.format(Locale.ROOT, "%,.0f", run.first().expectedAnnualLoss()),
                String.format(Locale.ROOT, "%,.0f", run.second().expectedAnnualLoss()),
                run.verdicts().verdict(org.parley.domain.Seat.FIRST, org.parley.domain.Seat.FIRST).label()
                        + " (" + QuantWorkshop.CISO_TOLERANCE.text() + ")");
    }

    @Test
    void aFolderIsRefusedWithWhatToName() {
        BoardPack pack = samplePack(false);

        assertThatThrownBy(() -> write(services, pack, List.of(), Paper.A4, folder))
                .hasMessageContaining("is a folder").hasMessageContaining("board-pack.pdf");
    }

    /** Creates the sample workshop in {@link #services} and gathers its pack. */
    private BoardPack samplePack(boolean all) {
        services = new Services(store);
        workshop = services.sample().create().id();
        return services.boardPack().assemble(workshop, all, SimulationProgress.NONE);
    }

    /** The page the contents give for an entry: the number at the end of its line. */
    private static int tocPage(String contents, String title) {
        for (String line : contents.split("\n")) {
            if (line.strip().startsWith(title)) {
                String[] words = line.strip().split(" ");
                return Integer.parseInt(words[words.length - 1]);
            }
        }
        throw new AssertionError("The contents have no line for " + title + ":\n" + contents);
    }

    private static float[] size(PDPage page) {
        return new float[] {Math.round(page.getMediaBox().getWidth()), Math.round(page.getMediaBox().getHeight())};
    }

    /** A chart stand-in: left half red, right half blue. */
    private static Figure figure(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return new Figure("Test chart", "How to read the test chart.", image, 1.0);
    }

    private static AssessmentInput input(Services services, long workshop, int likelihood, int impact, String why) {
        Map<Long, Integer> scores = new java.util.HashMap<>();
        for (ValueCriterion c : services.workshops().criteria(workshop)) {
            scores.put(c.id(), 3);
        }
        return new AssessmentInput(likelihood, impact, scores, why);
    }

}
