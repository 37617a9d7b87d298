package org.parley.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The words Parley reads and writes for decisions, treatments, counts and labels, as people type and read them. */
class WordsTest {

    @Test
    void aDecisionIsReadFromItsLabelOrConstantNameInAnyCase() {
        assertThat(Decision.parse("Proceed with conditions")).isEqualTo(Decision.PROCEED_WITH_CONDITIONS);
        assertThat(Decision.parse(" proceed_with_conditions ")).isEqualTo(Decision.PROCEED_WITH_CONDITIONS);
        assertThat(Decision.parse("PILOT")).isEqualTo(Decision.PILOT);
        assertThat(Decision.PROCEED.label()).isEqualTo("Proceed");
    }

    @Test
    void anUnknownDecisionIsRefusedNamingTheChoices() {
        assertThatThrownBy(() -> Decision.parse(" Maybe ")).isInstanceOf(RuleViolation.class).hasMessage("Decision "
                + "must be one of Proceed, Proceed with conditions, Pilot, Defer or Reject, not \"Maybe\".");
        assertThatThrownBy(() -> Decision.parse(null)).hasMessageEndingWith("not \"\".");
    }

    @Test
    void aTreatmentIsReadFromItsLabelInAnyCase() {
        assertThat(Treatment.parse(" transfer ")).isEqualTo(Treatment.TRANSFER);
        assertThat(Treatment.parse("AVOID")).isEqualTo(Treatment.AVOID);
        assertThat(Treatment.MITIGATE.label()).isEqualTo("Mitigate");
        assertThatThrownBy(() -> Treatment.parse("Ignore")).isInstanceOf(RuleViolation.class)
                .hasMessage("Treatment must be one of Accept, Mitigate, Transfer or Avoid, not \"Ignore\".");
        assertThatThrownBy(() -> Treatment.parse(null)).hasMessageEndingWith("not \"\".");
    }

    @Test
    void countsTakeTheSingularForOneOnlyAndGroupThousands() {
        assertThat(Plurals.count(1, "event")).isEqualTo("1 event");
        assertThat(Plurals.count(0, "event")).isEqualTo("0 events");
        assertThat(Plurals.count(1_024, "event")).isEqualTo("1,024 events");
        assertThat(Plurals.count(1, "agreement is", "agreements are")).isEqualTo("1 agreement is");
        assertThat(Plurals.word(2, "is", "are")).isEqualTo("are");
    }

    @Test
    void labelsAreTheWordsPeopleRead() {
        assertThat(Verdict.ACCEPT.label()).isEqualTo("Accept");
        assertThat(Scale.LIKELIHOOD.level(5).description()).isNotBlank();
        assertThat(Scale.IMPACT.level(1).description()).isNotBlank();
        assertThat(Scale.LIKELIHOOD.level(5).description()).isNotEqualTo(Scale.LIKELIHOOD.level(1).description());
        assertThat(Seat.FIRST.defaultRole()).isEqualTo("CISO");
        assertThat(Seat.SECOND.defaultRole()).isEqualTo("CTO");
        assertThat(Seat.FIRST.defaultColour()).isNotEqualTo(Seat.SECOND.defaultColour()).startsWith("#");
    }

    @Test
    void aSignOffCarriesASignatureOnlyWithBothItsProofAndItsKey() {
        Instant at = Instant.parse("2026-11-23T09:00:00Z");

        assertThat(new Signature(1, "CISO", at, "proof", "key").signed()).isTrue();
        assertThat(new Signature(1, "CISO", at, null, "key").signed()).isFalse();
        assertThat(new Signature(1, "CISO", at, "proof", null).signed()).isFalse();
        assertThat(Signature.of(AgreementTest.CISO, at)).isEqualTo(new Signature(1, "Amira Haddad (CISO)", at));
    }

    @Test
    void aStoredPinGuardKeepsItsFailuresAndItsWait() {
        Instant until = Instant.parse("2026-11-23T09:00:30Z");

        assertThat(new PinGuard(5, until).failuresInARow()).isEqualTo(5);
        assertThat(new PinGuard(5, until).lockedUntil()).isEqualTo(until);
        assertThat(new PinGuard(0, null).lockedUntil()).isNull();
        assertThat(new PinGuard().lockedUntil()).isNull();
    }
}
