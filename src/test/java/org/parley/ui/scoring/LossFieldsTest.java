package org.parley.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.RuleViolation;
import org.parley.domain.ScoringBoard;
import org.parley.domain.quant.LossEstimate;
import org.parley.ui.common.LossFields;

/** The scoring form's loss estimate as typed: chances, amounts, all three or none, and what counts as a change. */
class LossFieldsTest {

    @TempDir
    Path folder;

    @Test
    void aChanceIsAPercentageOrAFraction() {
        assertThat(LossFields.chance("5%")).isEqualTo(0.05);
        assertThat(LossFields.chance(" 12.5 % ")).isEqualTo(0.125);
        assertThat(LossFields.chance("0.05")).isEqualTo(0.05);
        assertThat(LossFields.chance("0,2")).isEqualTo(0.2);
        assertThatThrownBy(() -> LossFields.chance("often")).isInstanceOf(RuleViolation.class)
                .hasMessage("Loss probability: \u201Coften\u201D is not a chance such as 5% or 0.05.");
    }

    @Test
    void anAmountTakesSeparatorsAndThousandsOrMillions() {
        assertThat(LossFields.amount("Loss low", "1,500,000")).isEqualTo(1_500_000);
        assertThat(LossFields.amount("Loss low", "250 k")).isEqualTo(250_000);
        assertThat(LossFields.amount("Loss low", "2 M")).isEqualTo(2_000_000);
        assertThat(LossFields.amount("Loss low", "1.5m")).isEqualTo(1_500_000);
        assertThat(LossFields.amount("Loss low", "3bn")).isEqualTo(3e9);
        assertThat(LossFields.amount("Loss low", "1 000 000")).isEqualTo(1_000_000);
        assertThat(LossFields.amount("Loss low", "1,5 M")).as("a decimal comma").isEqualTo(1_500_000);
        assertThat(LossFields.amount("Loss low", "2,500.5")).isEqualTo(2_500.5);
        assertThatThrownBy(() -> LossFields.amount("Loss high", "lots")).isInstanceOf(RuleViolation.class)
                .hasMessage("Loss high: \u201Clots\u201D is not an amount such as 250000, 250 k or 1.5 M.");
    }

    @Test
    void allThreeBlankIsNoEstimateAndSomeBlankIsAProblem() {
        AtomicInteger changes = new AtomicInteger();
        LossFields fields = new LossFields(changes::incrementAndGet);
        assertThat(fields.estimate()).isNull();
        assertThat(fields.problemProperty().get()).isEmpty();

        fields.probabilityProperty().set("5%");
        assertThat(changes.get()).isEqualTo(1);
        assertThat(fields.estimate()).isNull();
        assertThat(fields.problemProperty().get()).startsWith("A loss estimate needs all three");

        fields.lowProperty().set("1 M");
        fields.highProperty().set("10 M");
        assertThat(fields.estimate()).isEqualTo(new LossEstimate(0.05, 1_000_000, 10_000_000));
        assertThat(fields.problemProperty().get()).isEmpty();
    }

    @Test
    void theDomainSaysWhatIsWrongWithAnEstimate() {
        LossFields fields = new LossFields(() -> { });
        fields.probabilityProperty().set("5%");
        fields.lowProperty().set("10 M");
        fields.highProperty().set("1 M");
        assertThat(fields.estimate()).isNull();
        assertThat(fields.problemProperty().get()).startsWith("Loss low must be below loss high");
    }

    @Test
    void aStoredEstimateIsShownAndTheSameTypedIsNoChange() {
        LossEstimate stored = new LossEstimate(0.05, 250_000, 2_000_000);
        LossFields fields = new LossFields(() -> { });
        fields.show(stored);
        assertThat(fields.probabilityProperty().get()).isEqualTo("0.05");
        assertThat(fields.lowProperty().get()).isEqualTo("250000");
        assertThat(fields.sameAs(stored)).isTrue();
        fields.highProperty().set("2.5 M");
        assertThat(fields.sameAs(stored)).isFalse();
        fields.show(null);
        assertThat(fields.sameAs(null)).isTrue();
    }

    @Test
    void anEstimateTypedOnTheFormIsStoredWithTheScoresAndKeptWhenTheScoresAreSubmittedAgain() {
        try (ScoringFixture fixture = new ScoringFixture(folder)) {
            fixture.take(0);
            assertThat(fixture.open()).isEqualTo("Passkeys");
            AssessmentForm form = fixture.page.form();
            fixture.score(3, 4, 4, "Phishing-resistant.");
            form.loss().probabilityProperty().set("5%");
            form.loss().lowProperty().set("250 k");
            form.loss().highProperty().set("2 M");
            assertThat(form.dirtyProperty().get()).isTrue();
            fixture.page.submit();

            LossEstimate stored = ownLoss(fixture, "Passkeys");
            assertThat(stored).isEqualTo(new LossEstimate(0.05, 250_000, 2_000_000));

            // Opened again and submitted with a changed rationale: the estimate stays.
            fixture.page.select(fixture.entry("Passkeys"));
            assertThat(form.loss().lowProperty().get()).isEqualTo("250000");
            assertThat(form.dirtyProperty().get()).isFalse();
            form.rationaleProperty().set("Phishing-resistant, and cheaper support.");
            fixture.page.submit();
            assertThat(ownLoss(fixture, "Passkeys")).isEqualTo(stored);
        }
    }

    @Test
    void aHalfTypedEstimateIsRefusedOnSubmitAndNothingIsStored() {
        try (ScoringFixture fixture = new ScoringFixture(folder)) {
            fixture.take(0);
            fixture.open();
            AssessmentForm form = fixture.page.form();
            fixture.score(3, 4, 4, "");
            form.loss().probabilityProperty().set("5%");
            fixture.page.submit();
            assertThat(form.problemProperty().get()).startsWith("A loss estimate needs all three");
            assertThat(fixture.base.services.scoring().scoringStarted(fixture.workshop.id())).isFalse();
        }
    }

    private static ScoringBoard.Entry entry(ScoringFixture fixture, String title) {
        return fixture.base.services.scoring().board(fixture.workshop.id(), fixture.parties.get(0).seat()).entries()
                .stream().filter(e -> e.initiative().title().equals(title)).findFirst().orElseThrow();
    }

    private static LossEstimate ownLoss(ScoringFixture fixture, String title) {
        return entry(fixture, title).own().loss();
    }
}
