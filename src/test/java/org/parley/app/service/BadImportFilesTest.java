package org.parley.app.service;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.parley.domain.AuditChain;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.ParleyException;
import org.parley.domain.WorkshopSummary;
import org.parley.exchange.ExchangeProgress;
import org.parley.exchange.ImportFindings;
import org.parley.exchange.ImportProblem;
import org.parley.store.Store;
import org.parley.testing.TestConsent;
import org.parley.testing.TestStores;

/**
 * Files that are broken in every way we could think of (random bytes, unclosed quotes, huge cells, thousands of
 * columns, bytes that are not UTF-8, NUL bytes) end in a refusal that names a line, never in another exception,
 * and the store stays as it was. One real H2 store serves every try, which is what makes "as it was" checkable.
 */
class BadImportFilesTest {

    private static final String INITIATIVES = "title,category,description";
    private static final String SCORES = "initiative,likelihood,impact,value,rationale";

    private static Path folder;
    private static Store store;
    private static Services services;
    private static long workshopId;

    @BeforeContainer
    static void open() throws IOException {
        folder = Files.createTempDirectory("parley-bad-files");
        store = TestStores.open(folder);
        services = new Services(store);
        workshopId = services.workshops().create("Q3 review", TestConsent.nobody()).id();
        for (String title : List.of("Passkeys", "Vault")) {
            services.initiatives().add(workshopId, new InitiativeDraft(title, "", "", "", null, List.of()),
                    TestConsent.nobody());
        }
    }

    @AfterContainer
    static void close() throws IOException {
        store.close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Property(tries = 200)
    void aBadInitiativesFileIsRefusedNamingALineAndChangesNothing(@ForAll("badInitiatives") byte[] content)
            throws IOException {
        Path file = Files.write(folder.resolve("initiatives.csv"), content);
        Snapshot before = Snapshot.of(services);

        for (String workshop : List.of("Q3 review", "A new workshop")) {
            try {
                ExchangeService.ImportOutcome outcome = services.exchange().importInitiatives(workshop, file, false,
                        (target, changes) -> TestConsent.nobody());
                assertThat(outcome.result()).as("applied %s", outcome.plan()).isNull();
                assertRefused(outcome.plan().findings());
            } catch (ParleyException e) {
                assertThat(e.getMessage()).startsWith("Line ");
            }
        }

        assertThat(Snapshot.of(services)).isEqualTo(before);
    }

    @Property(tries = 200)
    void aBadScoresFileIsRefusedNamingALine(@ForAll("badScores") byte[] content) throws IOException {
        Path file = Files.write(folder.resolve("scores.csv"), content);

        try {
            assertRefused(services.exchange().previewScores(workshopId, file, ExchangeProgress.NONE).findings());
        } catch (ParleyException e) {
            assertThat(e.getMessage()).startsWith("Line ");
        }
    }

    /** Refused: problems, or on the command line warnings nobody allowed; either way each names its line. */
    private static void assertRefused(ImportFindings findings) {
        assertThat(findings.rejected() || findings.hasWarnings()).as("refused").isTrue();
        Stream.concat(findings.problems().stream(), findings.warnings().stream())
                .map(ImportProblem::describe)
                .forEach(line -> assertThat(line).matches("(?s)Line \\d+(, [^:]+)?: .+")
                        .doesNotContain("Exception").doesNotContain("de.siegmar"));
    }

    /** What a refused import must leave as it was: the workshops, their initiatives and the audit chain's head. */
    private record Snapshot(List<WorkshopSummary> workshops, List<String> titles, AuditChain.Entry head) {

        static Snapshot of(Services services) {
            return new Snapshot(services.workshops().workshops(),
                    services.initiatives().initiatives(workshopId).stream().map(i -> i.title()).toList(),
                    services.audit().head().orElse(null));
        }
    }

    // the bad files

    @Provide
    Arbitrary<byte[]> badInitiatives() {
        return badFiles(INITIATIVES, words());
    }

    @Provide
    Arbitrary<byte[]> badScores() {
        Arbitrary<String> row = Combinators.combine(Arbitraries.of("Passkeys", "Vault", "1", "2"),
                Arbitraries.integers().between(1, 5), Arbitraries.integers().between(1, 5),
                Arbitraries.integers().between(1, 5), Arbitraries.strings().alpha().ofMaxLength(12))
                .as((initiative, likelihood, impact, value, rationale) ->
                        initiative + "," + likelihood + "," + impact + "," + value + "," + rationale);
        return badFiles(SCORES, row);
    }

    private static Arbitrary<byte[]> badFiles(String header, Arbitrary<String> row) {
        Arbitrary<List<String>> rows = row.list().ofMinSize(1).ofMaxSize(6);
        return Arbitraries.oneOf(
                randomBytes(),
                Combinators.combine(rows, Arbitraries.integers().between(0, 1000), Arbitraries.integers()
                        .between(0, 1000), Arbitraries.of(true, false))
                        .as((lines, at, closeAt, stray) -> unclosedQuote(header, lines, at, closeAt, stray)),
                Combinators.combine(rows, Arbitraries.integers().between(65_537, 80_000),
                        Arbitraries.integers().between(0, 1000))
                        .as((lines, size, at) -> hugeCell(header, lines, size, at)),
                Combinators.combine(rows, Arbitraries.integers().between(1_001, 3_000),
                        Arbitraries.integers().between(0, 1000))
                        .as((lines, cells, at) -> manyColumns(header, lines, cells, at)),
                Combinators.combine(rows, Arbitraries.of(INVALID_UTF8), Arbitraries.integers().between(0, 10_000))
                        .as((lines, bad, at) -> insert(file(header, lines), bad, at)),
                Combinators.combine(rows, Arbitraries.integers().between(0, 10_000))
                        .as((lines, at) -> insert(file(header, lines), new byte[] {0}, at)));
    }

    private static final List<byte[]> INVALID_UTF8 = List.of(
            new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3, '('}, new byte[] {(byte) 0xE2, (byte) 0x82},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF},
            new byte[] {(byte) 0xFC}, new byte[] {(byte) 0x80});

    /** Any bytes, with a NUL or a byte UTF-8 never has somewhere among them. */
    private static Arbitrary<byte[]> randomBytes() {
        return Combinators.combine(Arbitraries.bytes().array(byte[].class).ofMaxSize(300),
                Arbitraries.of((byte) 0, (byte) 0xFF, (byte) 0xFE), Arbitraries.integers().between(0, 300))
                .as((bytes, bad, at) -> insert(bytes, new byte[] {bad}, at));
    }

    private static Arbitrary<String> words() {
        Arbitrary<String> word = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(10);
        return Combinators.combine(word, word, word).as((a, b, c) -> a + "," + b + "," + c);
    }

    /**
     * A quote opened at the start of a cell of some row and never closed, or closed by a stray quote at the start
     * of a cell of a later row: the parser reads the lines between into one cell.
     */
    private static byte[] unclosedQuote(String header, List<String> rows, int at, int closeAt, boolean stray) {
        List<String> lines = new ArrayList<>(rows);
        int row = at % lines.size();
        lines.set(row, quoteCell(lines.get(row), at / lines.size()));
        if (stray && row + 1 < lines.size()) {
            int later = row + 1 + closeAt % (lines.size() - row - 1);
            lines.set(later, quoteCell(lines.get(later), closeAt));
        }
        return file(header, lines);
    }

    private static String quoteCell(String line, int pick) {
        String[] cells = line.split(",", -1);
        int cell = pick % cells.length;
        cells[cell] = "\"" + cells[cell];
        return String.join(",", cells);
    }

    private static byte[] hugeCell(String header, List<String> rows, int size, int at) {
        List<String> lines = new ArrayList<>(rows);
        int row = at % lines.size();
        lines.set(row, lines.get(row) + "x".repeat(size));
        return file(header, lines);
    }

    private static byte[] manyColumns(String header, List<String> rows, int cells, int at) {
        List<String> lines = new ArrayList<>(rows);
        lines.add(at % (lines.size() + 1), "a,".repeat(cells - 1) + "a");
        return file(header, lines);
    }

    private static byte[] file(String header, List<String> rows) {
        return (header + "\r\n" + String.join("\r\n", rows) + "\r\n").getBytes(UTF_8);
    }

    private static byte[] insert(byte[] bytes, byte[] bad, int at) {
        int position = at % (bytes.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, position);
        out.write(bad, 0, bad.length);
        out.write(bytes, position, bytes.length - position);
        return out.toByteArray();
    }
}
