package org.parley.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.AuditChain;
import org.parley.domain.Initiative;
import org.parley.domain.ParleyException;
import org.parley.domain.RuleViolation;
import org.parley.exchange.ExchangeCancelledException;
import org.parley.exchange.ExchangeProgress;
import org.parley.exchange.InitiativeImportPlan;
import org.parley.store.Store;
import org.parley.testing.TestConsent;
import org.parley.testing.TestStores;

/**
 * Imports of files with tens of thousands of rows, which are read twice and written in chunks: still all or
 * nothing, with one audit event. (The million-row run is the benchmark's, ImportBenchmark.)
 */
class LargeImportTest {

    private static final int ROWS = 50_000;

    @TempDir
    Path folder;

    private Store store;
    private Services services;

    @BeforeEach
    void open() {
        store = TestStores.open(folder.resolve("store"));
        services = new Services(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aProblemOnRow49999OfFiftyThousandRecordsNothing() throws IOException {
        Path file = initiatives("big.csv", ROWS, i -> i == ROWS - 2 ? row(i, "lots") : row(i, "1500"));
        AuditChain.Entry head = services.audit().head().orElse(null);

        ExchangeService.ImportOutcome outcome = services.exchange().importInitiatives("Big", file, false,
                (workshop, changes) -> TestConsent.nobody());

        assertThat(outcome.result()).isNull();
        assertThat(outcome.workshop()).isNull();
        assertThat(outcome.plan().rejected()).isTrue();
        assertThat(outcome.plan().rowsRead()).isEqualTo(ROWS);
        assertThat(outcome.plan().findings().problemLines()).containsExactly(
                "Line 50000, estimated_cost: \"lots\" must be a number, such as 250000 or 1,250,000.50.");
        assertThat(services.workshops().workshops()).noneMatch(w -> w.name().equals("Big"));
        assertThat(services.audit().head().orElse(null)).isEqualTo(head);
    }

    @Test
    void fiftyThousandRowsAreAddedInOneTransactionWithOneAuditEvent() throws IOException {
        long workshop = workshop();
        Path file = initiatives("big.csv", ROWS, i -> row(i, "1500"));
        List<Long> reported = new java.util.ArrayList<>();

        InitiativeImportPlan plan = services.exchange().previewInitiatives(workshop, file, ExchangeProgress.NONE);
        ExchangeService.ImportResult result = services.exchange().applyInitiatives(workshop, plan,
                TestConsent.nobody(), progress(reported, Integer.MAX_VALUE));

        assertThat(plan.addCount()).isEqualTo(ROWS);
        assertThat(plan.firstAdditions()).hasSize(InitiativeImportPlan.SHOWN);
        assertThat(result).isEqualTo(new ExchangeService.ImportResult(ROWS, 0));
        assertThat(reported).hasSize(ROWS / ExchangeService.CHUNK).last().isEqualTo((long) ROWS);
        List<Initiative> all = services.initiatives().initiatives(workshop);
        assertThat(all).hasSize(ROWS);
        assertThat(all.get(ROWS - 1).title()).isEqualTo("Initiative " + (ROWS - 1));
        assertThat(all.get(ROWS - 1).tags()).isEqualTo(tags(ROWS - 1));
        assertThat(all.get(1).tags()).isEqualTo(tags(1));
        AuditChain.Entry event = services.audit().head().orElseThrow();
        assertThat(event.kind()).isEqualTo("INITIATIVES_IMPORTED");
        assertThat(event.payload()).isEqualTo("{\"added\":50000,\"updated\":0}");
        assertThat(services.audit().verify().intact()).isTrue();
    }

    @Test
    void aFileChangedAfterItsPreviewIsRefusedAndRecordsNothing() throws IOException {
        long workshop = workshop();
        Path file = initiatives("edited.csv", 5_000, i -> row(i, "1500"));
        InitiativeImportPlan plan = services.exchange().previewInitiatives(workshop, file, ExchangeProgress.NONE);
        AuditChain.Entry head = services.audit().head().orElse(null);
        initiatives("edited.csv", 5_000, i -> row(i, i == 4_000 ? "1501" : "1500")); // still a valid file

        assertThatThrownBy(() -> services.exchange().applyInitiatives(workshop, plan, TestConsent.nobody(),
                ExchangeProgress.NONE))
                .isInstanceOf(ParleyException.class)
                .hasMessage("edited.csv changed after it was checked, so nothing was imported. Import it again to "
                        + "check it as it is now.");

        assertThat(services.initiatives().initiatives(workshop)).isEmpty();
        assertThat(services.audit().head().orElse(null)).isEqualTo(head);
    }

    @Test
    void aCancelAfterChunksWereWrittenRollsThemBack() throws IOException {
        long workshop = workshop();
        Path file = initiatives("big.csv", 5_000, i -> row(i, "1500"));
        InitiativeImportPlan plan = services.exchange().previewInitiatives(workshop, file, ExchangeProgress.NONE);
        List<Long> reported = new java.util.ArrayList<>();

        assertThatThrownBy(() -> services.exchange().applyInitiatives(workshop, plan, TestConsent.nobody(),
                progress(reported, 2)))
                .isInstanceOf(ExchangeCancelledException.class);

        assertThat(reported).containsExactly(1_000L, 2_000L);
        assertThat(services.initiatives().initiatives(workshop)).isEmpty();
    }

    @Test
    void updatesOverSeveralChunksKeepWhatTheFileHasNoColumnFor() throws IOException {
        long workshop = workshop();
        Path added = initiatives("added.csv", 2_500, i -> row(i, "1500"));
        InitiativeImportPlan first = services.exchange().previewInitiatives(workshop, added, ExchangeProgress.NONE);
        services.exchange().applyInitiatives(workshop, first, TestConsent.nobody(), ExchangeProgress.NONE);
        List<Initiative> before = services.initiatives().initiatives(workshop);
        Path retitled = folder.resolve("retitled.csv");
        try (Writer out = Files.newBufferedWriter(retitled, StandardCharsets.UTF_8)) {
            out.write("id,title\r\n");
            for (Initiative initiative : before) {
                out.write(initiative.id() + ",Renamed " + initiative.title() + "\r\n");
            }
        }

        InitiativeImportPlan plan = services.exchange().previewInitiatives(workshop, retitled, ExchangeProgress.NONE);
        ExchangeService.ImportResult result = services.exchange().applyInitiatives(workshop, plan,
                TestConsent.nobody(), ExchangeProgress.NONE);

        assertThat(result).isEqualTo(new ExchangeService.ImportResult(0, 2_500));
        List<Initiative> after = services.initiatives().initiatives(workshop);
        assertThat(after).hasSize(2_500);
        for (int i = 0; i < after.size(); i++) {
            assertThat(after.get(i).title()).isEqualTo("Renamed Initiative " + i);
            assertThat(after.get(i).description()).isEqualTo(before.get(i).description());
            assertThat(after.get(i).tags()).isEqualTo(tags(i));
        }
    }

    @Test
    void anUpdateOfAnInitiativeDeletedAfterThePreviewFailsTheWholeImport() throws IOException {
        long workshop = workshop();
        Path added = initiatives("added.csv", 1_500, i -> row(i, "1500"));
        services.exchange().applyInitiatives(workshop,
                services.exchange().previewInitiatives(workshop, added, ExchangeProgress.NONE),
                TestConsent.nobody(), ExchangeProgress.NONE);
        List<Initiative> before = services.initiatives().initiatives(workshop);
        Path retitled = folder.resolve("retitled.csv");
        try (Writer out = Files.newBufferedWriter(retitled, StandardCharsets.UTF_8)) {
            out.write("id,title\r\n");
            for (Initiative initiative : before) {
                out.write(initiative.id() + ",Renamed\r\n");
            }
        }
        InitiativeImportPlan plan = services.exchange().previewInitiatives(workshop, retitled, ExchangeProgress.NONE);
        services.initiatives().delete(before.get(1_200).id(), TestConsent.nobody());

        assertThatThrownBy(() -> services.exchange().applyInitiatives(workshop, plan, TestConsent.nobody(),
                ExchangeProgress.NONE))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("Initiative " + before.get(1_200).id() + " is no longer in this workshop; nothing was "
                        + "imported.");
        assertThat(services.initiatives().initiatives(workshop)).extracting(Initiative::title)
                .doesNotContain("Renamed");
    }

    private long workshop() {
        return services.workshops().create("Q3 review", TestConsent.nobody()).id();
    }

    private Path initiatives(String name, int rows, IntFunction<String> row) throws IOException {
        Path file = folder.resolve(name);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("title,description,category,sponsor,estimated_cost,tags\r\n");
            for (int i = 0; i < rows; i++) {
                out.write(row.apply(i));
            }
        }
        return file;
    }

    private static String row(int i, String cost) {
        return "Initiative " + i + ",\"Replace passwords, step " + i + "\",Identity,Sponsor " + (i % 97) + "," + cost
                + "," + String.join("|", tags(i)) + "\r\n";
    }

    private static List<String> tags(int i) {
        return List.of(List.of("GDPR"), List.of("PCI-DSS", "SOC 2"), List.<String>of(), List.of("HIPAA")).get(i % 4);
    }

    /** Records each progress report; cancelled once {@code chunks} reports were made. */
    private static ExchangeProgress progress(List<Long> reported, int chunks) {
        return new ExchangeProgress() {
            @Override
            public void update(long done, long total) {
                reported.add(done);
            }

            @Override
            public boolean cancelled() {
                return reported.size() >= chunks;
            }
        };
    }
}
