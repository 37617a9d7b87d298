package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.service.SampleWorkshop;
import org.parley.store.ServerAddress;
import org.parley.testing.TestServers;

/**
 * {@code transfer} on the command line (issue 17): the sample workshop taken from a laptop's store to a new file for an
 * offsite, or to a team server, and brought back, with {@code verify} holding on both stores and the register as it was.
 */
class TransferCommandsTest {

    private static final String SAMPLE = "FY27 strategy offsite";

    @TempDir
    Path folder;
    private Path laptop;

    @BeforeEach
    void sample() {
        laptop = folder.resolve("laptop.mv.db");
        assertThat(run(laptop.toString(), "workshops").out()).contains(SAMPLE);
    }

    @Test
    void toAnOffsiteFileAndBackWithTheRegisterAsItWas() throws Exception {
        String before = register(laptop.toString(), "before.csv");
        Path offsite = folder.resolve("offsite.mv.db");

        CliTest.Run out = transfer(laptop.toString(), SAMPLE, "--to", offsite.toString());

        assertThat(out.exitCode()).as(out.err()).isZero();
        assertThat(out.out()).startsWith("Moved \u201C" + SAMPLE + "\u201D with ")
                .contains("to " + offsite + ", where its id is 1.").containsPattern("\n  [0-9a-f]{64}\n$");
        assertThat(run(laptop.toString(), "workshops").out()).doesNotContain(SAMPLE);
        verifies(laptop.toString());
        verifies(offsite.toString());
        assertThat(register(offsite.toString(), "offsite.csv")).isEqualTo(before);

        CliTest.Run back = transfer(laptop.toString(), SAMPLE, "--from", offsite.toString());

        assertThat(back.exitCode()).as(back.err()).isZero();
        assertThat(run(offsite.toString(), "workshops").out()).doesNotContain(SAMPLE);
        verifies(laptop.toString());
        verifies(offsite.toString());
        assertThat(register(laptop.toString(), "after.csv")).isEqualTo(before);
    }

    @Test
    void toATeamServerAndBack() throws Exception {
        String before = register(laptop.toString(), "before.csv");
        ServerAddress server = TestServers.newDatabase();

        CliTest.Run out = transfer(laptop.toString(), SAMPLE, "--to", server.toString());
        assertThat(out.exitCode()).as(out.err()).isZero();
        verifies(server.toString());
        verifies(laptop.toString());
        assertThat(register(server.toString(), "server.csv")).isEqualTo(before);

        CliTest.Run back = transfer(server.toString(), SAMPLE, "--to", laptop.toString());
        assertThat(back.exitCode()).as(back.err()).isZero();
        verifies(server.toString());
        verifies(laptop.toString());
        assertThat(register(laptop.toString(), "after.csv")).isEqualTo(before);
    }

    @Test
    void aNameTakenWhereItGoesIsRefusedAndAnotherMayBeGiven() {
        Path other = folder.resolve("other.mv.db");
        assertThat(run(other.toString(), "workshops").out()).contains(SAMPLE);   // a new store file has the sample too

        CliTest.Run refused = transfer(laptop.toString(), SAMPLE, "--to", other.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).isEqualTo("parley: " + other + " already has a workshop called \u201C" + SAMPLE
                + "\u201D. Give the workshop another name there with --as NAME.\n");
        assertThat(run(laptop.toString(), "workshops").out()).contains(SAMPLE);

        CliTest.Run renamed = transfer(laptop.toString(), SAMPLE, "--to", other.toString(), "--as",
                "FY27 offsite (laptop)");
        assertThat(renamed.exitCode()).as(renamed.err()).isZero();
        assertThat(run(other.toString(), "workshops").out()).contains(SAMPLE, "FY27 offsite (laptop)");
        verifies(other.toString());
    }

    @Test
    void oneDirectionExactlyIsUsage() {
        assertThat(transfer(laptop.toString(), SAMPLE).exitCode()).isEqualTo(2);
        CliTest.Run both = transfer(laptop.toString(), SAMPLE, "--to", "a.mv.db", "--from", "b.mv.db");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");
    }

    @Test
    void theStoreItIsInIsNoPlaceToMoveItTo() {
        CliTest.Run same = transfer(laptop.toString(), SAMPLE, "--to", laptop.toString());
        assertThat(same.exitCode()).isEqualTo(1);
        assertThat(same.err()).startsWith("parley: ");
        assertThat(run(laptop.toString(), "workshops").out()).contains(SAMPLE);
    }

    private void verifies(String store) {
        CliTest.Run verify = run(store, "verify");
        assertThat(verify.exitCode()).as(store + ": " + verify.out() + verify.err()).isZero();
    }

    /** The sample's register with every row, as the store holds it now. */
    private String register(String store, String name) throws Exception {
        Path file = folder.resolve(name);
        CliTest.Run export = run(store, "export", SAMPLE, file.toString(), "--all");
        assertThat(export.exitCode()).as(export.err()).isZero();
        return Files.readString(file);
    }

    /** {@code transfer} with both parties' PINs on standard input, as the sample's parties have PINs. */
    private CliTest.Run transfer(String store, String... args) {
        List<String> all = new ArrayList<>(List.of("--db", store, "--pin-stdin", "transfer"));
        all.addAll(List.of(args));
        return CliTest.runWithInput(SampleWorkshop.FIRST_PIN + "\n" + SampleWorkshop.SECOND_PIN + "\n",
                Map.of(Cli.PARLEY_LOG, folder.toString()), all.toArray(String[]::new));
    }

    private CliTest.Run run(String store, String... args) {
        List<String> all = new ArrayList<>(List.of("--db", store));
        all.addAll(List.of(args));
        return CliTest.run(Map.of(Cli.PARLEY_LOG, folder.toString()), all.toArray(String[]::new));
    }
}
