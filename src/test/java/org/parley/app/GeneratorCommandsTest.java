package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.service.ConsentService;
import org.parley.app.service.Services;
import org.parley.domain.Party;
import org.parley.store.Store;
import org.parley.testing.TestConsent;

class GeneratorCommandsTest {

    @TempDir
    Path folder;

    @Test
    void generateFillsANewWorkshopOnceAndRefusesItThen() {
        Path store = folder.resolve("cli.mv.db");

        CliTest.Run first = CliTest.runOn(store, "generate", "Scale", "--initiatives", "10", "--seed", "3");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Generated 10 initiatives in the new workshop \u201CScale\u201D (seed 3)",
                "6 agreements signed", "Seat1-2027 (seat 1) and Seat2-2027 (seat 2)");

        CliTest.Run again = CliTest.runOn(store, "generate", "Scale", "--initiatives", "10");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("\u201CScale\u201D already has initiatives");
        assertThat(CliTest.runOn(store, "verify").out()).startsWith("intact");
    }

    @Test
    void partiesWithPinsGiveThemAndKeepThem() {
        Path store = folder.resolve("cli.mv.db");
        try (Store opened = Store.open(store)) {
            Services services = new Services(opened);
            long id = services.workshops().create("Pinned", TestConsent.nobody()).id();
            ConsentService consents = services.consents();
            List<Party> parties = services.workshops().parties(id);
            consents.setPin(consents.confirm(parties.get(0), null), parties.get(0), null, "Alpha-2027");
            consents.setPin(consents.confirm(parties.get(1), null), parties.get(1), null, "Bravo-2027");
        }

        CliTest.Run run = CliTest.runWithPins(store, List.of("Alpha-2027", "Bravo-2027"), "generate", "Pinned",
                "--initiatives", "5");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Generated 5 initiatives in \u201CPinned\u201D", "3 agreements signed")
                .doesNotContain("Seat1-2027");
    }
}
