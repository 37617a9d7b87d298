package org.parley.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The risk bands at their edges (design.md: Low 1–4, Medium 5–9, High 10–14, Critical 15–25), and small records. */
class BandsAndRecordsTest {

    @Test
    void eachBandStartsOneAboveTheLastAndTheirEdgesAreAsDesignSays() {
        assertThat(Band.values()).extracting(Band::label, Band::from, Band::to).containsExactly(
                tuple("Low", 1, 4), tuple("Medium", 5, 9), tuple("High", 10, 14), tuple("Critical", 15, 25));
        assertThat(List.of(Band.of(1), Band.of(4), Band.of(5), Band.of(9), Band.of(10), Band.of(14), Band.of(15),
                Band.of(25))).containsExactly(Band.LOW, Band.LOW, Band.MEDIUM, Band.MEDIUM, Band.HIGH, Band.HIGH,
                Band.CRITICAL, Band.CRITICAL);
        assertThatThrownBy(() -> Band.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Band.of(26)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSeatHoldsItsOwnAppetite() {
        assertThat(AppetiteHolder.of(Seat.FIRST)).isEqualTo(AppetiteHolder.FIRST);
        assertThat(AppetiteHolder.of(Seat.SECOND)).isEqualTo(AppetiteHolder.SECOND);
    }

    @Test
    void aPartyKeepsItsSeatWorkshopAndColourWhenItsPinOrNamesChange() {
        Party renamed = AgreementTest.CISO.withNames("Dana Reyes", "Head of Security").withPin(true);

        assertThat(renamed).isEqualTo(new Party(1, 10, Seat.FIRST, "Dana Reyes", "Head of Security", "#1F6FEB", true));
        assertThat(renamed.withPin(false).hasPin()).isFalse();
    }

    @Test
    void anInitiativeIsEditedAsADraftOfItsFields() {
        Initiative initiative = new Initiative(1, 10, "Zero trust", "Replace the VPN", "Security", "CIO",
                new BigDecimal("250000"), List.of("NIS2"), Instant.EPOCH);

        assertThat(initiative.toDraft()).isEqualTo(new InitiativeDraft("Zero trust", "Replace the VPN", "Security", "CIO",
                new BigDecimal("250000"), List.of("NIS2")));
        assertThat(initiative.cost()).contains(new BigDecimal("250000"));
    }

    @Test
    void theContestedInitiativesAreAllButTheAlignedOnes() {
        DivergenceEngine engine = new DivergenceEngine(Frontier.of(2, 4, 6, 9, 12), Frontier.of(6, 9, 12, 16, 20));
        DivergenceReport report = engine.analyse(List.of(
                new PairedScores(1, Scores.of(4.0, 1, 2), Scores.of(4.5, 2, 2)),
                new PairedScores(2, Scores.of(1.0, 5, 5), Scores.of(1.5, 4, 5)),
                new PairedScores(3, Scores.of(3.0, 3, 3), Scores.of(3.5, 2, 5))));

        assertThat(report.size()).isEqualTo(3);
        assertThat(report.contested()).isEqualTo(1);
        assertThat(engine.first()).isEqualTo(Frontier.of(2, 4, 6, 9, 12));
        assertThat(engine.second()).isEqualTo(Frontier.of(6, 9, 12, 16, 20));
    }

    @Test
    void aSnapshotReadFromJsonWithPlainNumbersIsTheSame() throws Exception {
        AgreementSnapshot snapshot = AgreementTest.frozen().snapshot();

        @SuppressWarnings("unchecked")
        Map<String, Object> parsed = new ObjectMapper().readValue(snapshot.toJson(), Map.class);

        assertThat(AgreementSnapshot.fromMap(parsed)).isEqualTo(snapshot);
        assertThat(snapshot.of(Seat.FIRST)).isEqualTo(snapshot.first());
        assertThat(snapshot.of(Seat.SECOND)).isEqualTo(snapshot.second());
    }

    @Test
    void anInitiativeSnapshotWithoutTagsHasNone() {
        Map<String, Object> facts = new HashMap<>(AgreementTest.frozen().snapshot().initiative().toMap());
        facts.remove("tags");

        assertThat(AgreementSnapshot.InitiativeFacts.fromMap(facts).tags()).isEmpty();
    }
}
