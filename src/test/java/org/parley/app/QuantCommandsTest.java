package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.service.Services;
import org.parley.domain.Seat;
import org.parley.domain.quant.InitiativeEstimate;
import org.parley.domain.quant.LossEstimate;
import org.parley.domain.quant.LossSimulation;
import org.parley.domain.quant.PortfolioLoss;
import org.parley.domain.quant.SimulationProgress;
import org.parley.domain.quant.ToleranceCurve;
import org.parley.store.Store;
import org.parley.testing.QuantWorkshop;
import org.parley.testing.RevealedWorkshop;

/** tolerance and quant on a real store: what they print, what they keep private, and their exit codes. */
class QuantCommandsTest {

    @TempDir
    Path folder;
    private Path store;
    private long cloud;
    private long assistant;
    private long pipeline;

    @BeforeEach
    void prepare() {
        store = folder.resolve("quant.mv.db");
        try (Store opened = Store.open(store)) {
            QuantWorkshop w = QuantWorkshop.create(opened);
            cloud = w.cloud.id();
            assistant = w.assistant.id();
            pipeline = w.pipeline.id();
        }
    }

    private CliTest.Run run(String... args) {
        return CliTest.runOn(store, args);
    }

    private JsonNode json(String... args) throws Exception {
        CliTest.Run run = run(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void theAgreedJsonSaysWhichInitiativesUsedTheAgreementsEstimate(@TempDir Path other) throws Exception {
        LossEstimate residual = new LossEstimate(0.01, 200_000, 2_000_000);
        Path signedStore = other.resolve("signed.mv.db");
        String name;
        try (Store opened = Store.open(signedStore)) {
            RevealedWorkshop r = RevealedWorkshop.create(opened);
            r.signed(r.assistant, r.terms().withResidualLoss(residual));
            name = r.workshop.name();
        }

        CliTest.Run run = CliTest.runOn(signedStore, "quant", name, "--agreed", "--trials", "1000", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode initiative = new ObjectMapper().readTree(run.out()).get("initiatives").get(0);
        assertThat(initiative.get("estimate").asText()).isEqualTo("agreed");
        assertThat(initiative.get("expected_annual_loss").get("CISO").asDouble())
                .isEqualTo(residual.expectedAnnualLoss());
        assertThat(json("quant", "Loss review", "--trials", "1000", "--json").get("initiatives").get(0)
                .has("estimate")).as("without --agreed the JSON is as before").isFalse();
    }

    /** What the CLI must print for a party: the same simulation, run here on the fixture's estimates by id. */
    private PortfolioLoss expected(boolean ciso, int trials, long seed) {
        List<InitiativeEstimate> estimates = new ArrayList<>();
        estimates.add(new InitiativeEstimate(cloud, ciso ? QuantWorkshop.CLOUD_CISO : QuantWorkshop.CLOUD_CTO));
        estimates.add(new InitiativeEstimate(assistant, ciso ? QuantWorkshop.ASSISTANT_CISO : QuantWorkshop.ASSISTANT_CTO));
        estimates.add(new InitiativeEstimate(pipeline, QuantWorkshop.PIPELINE_BOTH));
        return new LossSimulation(trials, seed).run(estimates, SimulationProgress.NONE);
    }

    @Test
    void beforeTheRevealTheJsonHasFiguresButNoToleranceOrVerdict() throws Exception {
        JsonNode report = json("quant", "Loss review", "--trials", "5000", "--json");

        assertThat(report.get("tolerances_revealed").asBoolean()).isFalse();
        assertThat(report.get("tolerances").size()).isZero();
        assertThat(report.get("verdicts").size()).isZero();
        assertThat(report.get("divergence").isNull()).isTrue();
        assertThat(report.toString()).doesNotContain("100000000,\"probability\":0.01");
    }

    @Test
    void theJsonCarriesPortfolioLossFiguresTolerancesAndVerdicts() throws Exception {
        assertThat(run("reveal", "Loss review").exitCode()).isZero();

        JsonNode report = json("quant", "Loss review", "--trials", "20000", "--seed", "5", "--json");

        assertThat(report.get("workshop").asText()).isEqualTo("Loss review");
        assertThat(report.get("trials").asInt()).isEqualTo(20000);
        assertThat(report.get("seed").asLong()).isEqualTo(5);
        assertThat(report.get("currency").asText()).isEqualTo("EUR");
        PortfolioLoss ciso = expected(true, 20000, 5);
        PortfolioLoss cto = expected(false, 20000, 5);
        JsonNode cisoJson = report.get("parties").get("CISO");
        assertThat(cisoJson.get("expected_annual_loss").asDouble()).isEqualTo(ciso.expectedAnnualLoss());
        assertThat(cisoJson.get("percentiles").get("p50").asDouble()).isEqualTo(ciso.p50());
        assertThat(cisoJson.get("percentiles").get("p90").asDouble()).isEqualTo(ciso.p90());
        assertThat(cisoJson.get("percentiles").get("p99").asDouble()).isEqualTo(ciso.p99());
        assertThat(report.get("parties").get("CTO").get("expected_annual_loss").asDouble())
                .isEqualTo(cto.expectedAnnualLoss());
        // Every tolerance point of either party is on each curve, with that curve's exceedance there.
        for (ToleranceCurve curve : List.of(QuantWorkshop.CISO_TOLERANCE, QuantWorkshop.CTO_TOLERANCE)) {
            for (ToleranceCurve.Point point : curve.points()) {
                assertThat(probabilityAt(cisoJson.get("exceedance"), point.loss()))
                        .isEqualTo(ciso.exceedance(point.loss()));
                assertThat(probabilityAt(report.get("parties").get("CTO").get("exceedance"), point.loss()))
                        .isEqualTo(cto.exceedance(point.loss()));
            }
        }
        assertThat(report.get("tolerances").get("CISO").get(1).get("loss").asDouble()).isEqualTo(100_000_000);
        assertThat(report.get("tolerances").get("CISO").get(1).get("probability").asDouble()).isEqualTo(0.01);
        JsonNode verdicts = report.get("verdicts");
        assertThat(verdicts.get("CISO_tolerance_on_CISO_estimates").asText())
                .isEqualTo(QuantWorkshop.CISO_TOLERANCE.verdict(ciso).jsonName());
        assertThat(verdicts.get("CISO_tolerance_on_CTO_estimates").asText())
                .isEqualTo(QuantWorkshop.CISO_TOLERANCE.verdict(cto).jsonName());
        assertThat(verdicts.get("CTO_tolerance_on_CISO_estimates").asText())
                .isEqualTo(QuantWorkshop.CTO_TOLERANCE.verdict(ciso).jsonName());
        assertThat(verdicts.get("CTO_tolerance_on_CTO_estimates").asText())
                .isEqualTo(QuantWorkshop.CTO_TOLERANCE.verdict(cto).jsonName());
        assertThat(report.get("divergence").asText()).isIn("aligned_within", "aligned_outside", "perception_gap",
                "appetite_gap", "both");
        JsonNode first = report.get("initiatives").get(0);
        assertThat(first.get("id").asLong()).isEqualTo(cloud);
        assertThat(first.get("title").asText()).isEqualTo("Payments to public cloud");
        assertThat(first.get("expected_annual_loss").get("CISO").asDouble())
                .isEqualTo(QuantWorkshop.CLOUD_CISO.expectedAnnualLoss());
        assertThat(report.get("initiatives")).hasSize(3);
    }

    private static double probabilityAt(JsonNode exceedance, double loss) {
        for (JsonNode point : exceedance) {
            if (point.get("loss").asDouble() == loss) {
                return point.get("probability").asDouble();
            }
        }
        throw new AssertionError("No exceedance at " + loss + " in " + exceedance);
    }

    @Test
    void theTextGivesEachPartysFiguresTheVerdictsAndTheTopInitiatives() {
        run("reveal", "Loss review");
        PortfolioLoss ciso = expected(true, 10000, 1);

        CliTest.Run run = run("quant", "Loss review", "--trials", "10000");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Loss review: portfolio loss, EUR a year")
                .contains("10,000 simulated years, seed 1")
                .contains(QuantReportWriter.amount(ciso.expectedAnnualLoss()))
                .contains(QuantReportWriter.amount(ciso.p90()))
                .contains(QuantReportWriter.amount(ciso.p99()))
                .contains("CISO's tolerance on CTO's estimates: ")
                .contains("Divergence: ")
                .contains("Payments to public cloud: CISO " + QuantReportWriter.amount(
                        QuantWorkshop.CLOUD_CISO.expectedAnnualLoss()));
        assertThat(run.out().indexOf("Payments to public cloud")).isLessThan(run.out().indexOf("DevSecOps pipeline"));
    }

    @Test
    void theSameSeedGivesTheSameOutput() {
        assertThat(run("quant", "Loss review", "--trials", "3000", "--seed", "9").out())
                .isEqualTo(run("quant", "Loss review", "--trials", "3000", "--seed", "9").out());
    }

    @Test
    void aToleranceStaysPrivateUntilTheRevealAndTheAgreedOneWaitsForIt() throws Exception {
        CliTest.Run set = run("tolerance", "Loss review", "CISO", "2000000:0.2,20000000:0.02");
        assertThat(set.exitCode()).isZero();
        assertThat(set.out()).contains("Set the loss tolerance of CISO").contains("stays private");
        assertThat(json("quant", "Loss review", "--trials", "1000", "--json").toString()).doesNotContain("2000000.0");

        CliTest.Run agreed = run("tolerance", "Loss review", "agreed", "1000000:0.2");
        assertThat(agreed.exitCode()).isEqualTo(1);
        assertThat(agreed.err()).contains("after both parties'");

        run("reveal", "Loss review");
        assertThat(run("tolerance", "Loss review", "agreed", "1000000:0.2").exitCode()).isZero();
        JsonNode tolerances = json("quant", "Loss review", "--trials", "1000", "--json").get("tolerances");
        assertThat(tolerances.get("CISO").get(0).get("loss").asDouble()).isEqualTo(2_000_000);
        assertThat(tolerances.get("agreed").get(0).get("probability").asDouble()).isEqualTo(0.2);
    }

    @Test
    void importScoresStoresEstimatesAllOrNothing() throws Exception {
        Path initiatives = folder.resolve("initiatives.csv");
        Files.writeString(initiatives, "title\r\nPasskeys\r\nData lake\r\n");
        assertThat(run("import", "Fresh", initiatives.toString()).exitCode()).isZero();
        Path bad = folder.resolve("bad.csv");
        Files.writeString(bad, "initiative,likelihood,impact,value,probability,loss_low,loss_high\r\n"
                + "Passkeys,2,2,4,0.1,1000,2000\r\nData lake,3,3,3,0.2,5000,4000\r\n");

        CliTest.Run refused = run("import-scores", "Fresh", "CISO", bad.toString());

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("Line 3").contains("loss_low");
        try (Store opened = Store.open(store)) {
            Services services = new Services(opened);
            long id = services.workshops().resolve("Fresh").id();
            assertThat(services.scoring().board(id, Seat.FIRST).ownScored()).as("nothing imported").isZero();
        }
        Path good = folder.resolve("good.csv");
        Files.writeString(good, "initiative,likelihood,impact,value,probability,loss_low,loss_high\r\n"
                + "Passkeys,2,2,4,0.1,1000,2000\r\nData lake,3,3,3,,,\r\n");
        assertThat(run("import-scores", "Fresh", "CISO", good.toString()).exitCode()).isZero();
        assertThat(run("import-scores", "Fresh", "CTO", good.toString()).exitCode()).isZero();
        assertThat(run("reveal", "Fresh").exitCode()).isZero();

        JsonNode report = json("quant", "Fresh", "--trials", "1000", "--json");

        assertThat(report.get("initiatives")).hasSize(1);
        assertThat(report.get("initiatives").get(0).get("title").asText()).isEqualTo("Passkeys");
        assertThat(report.get("initiatives").get(0).get("expected_annual_loss").get("CTO").asDouble())
                .isEqualTo(new LossEstimate(0.1, 1000, 2000).expectedAnnualLoss());
    }

    @Test
    void badArgumentsExitTwoWithAMessage() {
        CliTest.Run zero = run("quant", "Loss review", "--trials", "0");
        assertThat(zero.exitCode()).isEqualTo(2);
        assertThat(zero.err()).contains("--trials must be from 1 to 1,000,000, not 0.");
        assertThat(run("quant", "Loss review", "--trials", "many").exitCode()).isEqualTo(2);
        assertThat(run("quant").exitCode()).isEqualTo(2);
        CliTest.Run badCurve = run("tolerance", "Loss review", "CISO", "1000:2");
        assertThat(badCurve.exitCode()).isEqualTo(2);
        assertThat(badCurve.err()).contains("Tolerance point 1: the probability must be above 0 and below 1, not 2.");
        assertThat(run("tolerance", "Loss review", "CISO").exitCode()).isEqualTo(2);
    }

    @Test
    void anUnknownWorkshopOrNothingToSimulateFailsWithOne() {
        assertThat(run("quant", "No such workshop").exitCode()).isEqualTo(1);
        CliTest.Run agreed = run("quant", "Loss review", "--agreed");
        assertThat(agreed.exitCode()).isEqualTo(1);
        assertThat(agreed.err()).contains("signed agreement");
    }
}
