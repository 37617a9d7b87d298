package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.service.Services;
import org.parley.domain.AssessmentInput;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.Party;
import org.parley.domain.ValueCriterion;
import org.parley.domain.Workshop;
import org.parley.store.Store;
import org.parley.testing.TestConsent;

class DivergenceCommandsTest {

    @TempDir
    Path folder;
    private Path store;

    @BeforeEach
    void prepare() {
        store = folder.resolve("report.mv.db");
        try (Store opened = Store.open(store)) {
            Services services = new Services(opened);
            Workshop workshop = services.workshops().create("Q3 review", TestConsent.nobody());
            List<Party> parties = services.workshops().parties(workshop.id());
            List<ValueCriterion> criteria = services.workshops().criteria(workshop.id());
            // Passkeys: the same scores; the CTO's appetite accepts risk 12 at value 4, the CISO's does not.
            var passkeys = services.initiatives().add(workshop.id(),
                    new InitiativeDraft("Passkeys", "", "", "", null, List.of()), TestConsent.nobody());
            var lake = services.initiatives().add(workshop.id(),
                    new InitiativeDraft("Data lake", "", "", "", null, List.of()), TestConsent.nobody());
            var unscored = services.initiatives().add(workshop.id(),
                    new InitiativeDraft("Unscored", "", "", "", null, List.of()), TestConsent.nobody());
            services.scoring().submit(passkeys.id(), parties.get(0), input(criteria, 3, 4, 4, "secret CISO"), TestConsent.of(services, parties.get(0)));
            services.scoring().submit(passkeys.id(), parties.get(1), input(criteria, 3, 4, 4, "CTO"), TestConsent.of(services, parties.get(1)));
            services.scoring().submit(lake.id(), parties.get(0), input(criteria, 4, 4, 3, "lake CISO"), TestConsent.of(services, parties.get(0)));
            services.scoring().submit(lake.id(), parties.get(1), input(criteria, 2, 2, 4, "lake CTO"), TestConsent.of(services, parties.get(1)));
            services.scoring().submit(unscored.id(), parties.get(0), input(criteria, 1, 1, 1, "NOT REVEALED"), TestConsent.of(services, parties.get(0)));
        }
    }

    private static AssessmentInput input(List<ValueCriterion> criteria, int l, int i, int v, String why) {
        Map<Long, Integer> scores = new java.util.HashMap<>();
        criteria.forEach(c -> scores.put(c.id(), v));
        return new AssessmentInput(l, i, scores, why);
    }

    private CliTest.Run run(String... args) {
        return CliTest.runOn(store, args);
    }

    @Test
    void appetitesStayPrivateUntilTheRevealAndThenTheReportClassifies() throws Exception {
        assertThat(run("appetite", "Q3 review", "CISO", "4,6,8,10,12").out())
                .contains("Set the appetite of CISO").contains("stays private until both appetites are revealed");
        assertThat(run("appetite", "Q3 review", "CTO", "6,9,12,15,18", "--cap", "20").exitCode()).isZero();

        CliTest.Run before = run("report", "Q3 review", "--json");
        JsonNode hidden = new ObjectMapper().readTree(before.out());
        assertThat(hidden.get("appetites_revealed").asBoolean()).isFalse();
        assertThat(hidden.get("appetites").size()).isZero();
        assertThat(hidden.get("initiatives")).isEmpty();

        CliTest.Run reveal = run("reveal", "Q3 review");
        assertThat(reveal.out()).contains("Revealed 2 initiatives").contains("1 still wait")
                .contains("Revealed both appetites; the agreed appetite starts as their midpoint, 5,7,10,12,15 (cap 20).");

        JsonNode report = new ObjectMapper().readTree(run("report", "Q3 review", "--json").out());
        assertThat(report.get("workshop").asText()).isEqualTo("Q3 review");
        assertThat(report.get("parties").toString()).isEqualTo("[\"CISO\",\"CTO\"]");
        assertThat(report.get("unrevealed").asInt()).isEqualTo(1);
        JsonNode first = report.get("initiatives").get(0);
        assertThat(first.get("title").asText()).isEqualTo("Data lake");
        assertThat(first.get("divergence").asText()).isEqualTo("perception_gap");
        JsonNode passkeys = report.get("initiatives").get(1);
        assertThat(passkeys.get("divergence").asText()).isEqualTo("appetite_gap");
        assertThat(passkeys.get("verdicts").get("CTO_appetite_on_CISO_scores").asText()).isEqualTo("accept");
        assertThat(passkeys.get("scores").get("CISO").get("risk").asInt()).isEqualTo(12);
        assertThat(report.get("agreement").get("n").asInt()).isEqualTo(2);
        assertThat(report.get("agreement").get("likelihood").has("kappa_quadratic")).isTrue();
        assertThat(report.toString()).doesNotContain("NOT REVEALED").doesNotContain("Unscored");
    }

    @Test
    void theTextReportNamesTheHardestFirstAndSaysWhatIsLeftOut() {
        run("appetite", "Q3 review", "1", "4,6,8,10,12");
        run("appetite", "Q3 review", "2", "6,9,12,15,18");
        run("reveal", "Q3 review");

        CliTest.Run text = run("report", "Q3 review");

        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("2 revealed initiatives; 1 not yet revealed is left out.")
                .contains("  1. Data lake  [Perception gap]")
                .contains("CTO's appetite accepts it on either score; CISO's rejects it on either score.")
                .contains("Portfolio agreement (n = 2)")
                .doesNotContain("NOT REVEALED");
    }

    @Test
    void badFrontiersAreRefusedWithTheReasonAndChangeNothing() {
        CliTest.Run decreasing = run("appetite", "Q3 review", "CISO", "4,6,5,10,12");
        assertThat(decreasing.exitCode()).isEqualTo(1);
        assertThat(decreasing.err()).contains("must not decrease");
        assertThat(run("appetite", "Q3 review", "CISO", "4,6,8,10,30").err()).contains("1 to 25");
        assertThat(run("appetite", "Q3 review", "agreed", "4,6,8,10,12").err())
                .contains("The agreed appetite is negotiated after both parties' appetites are revealed");
        assertThat(run("appetite", "Q3 review", "CISO").exitCode()).isEqualTo(2);
        assertThat(run("reveal", "Q3 review").out()).doesNotContain("appetites");
    }
}
