package org.parley.ui.initiatives;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.domain.Initiative;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.InitiativeField;

/** The form's own rules, without a store: what counts as a change, when a problem shows, how tags are spelt. */
class InitiativeFormTest {

    private final InitiativeForm form = new InitiativeForm();

    private static Initiative stored() {
        return new Initiative(7, 1, "Passkeys", "For all staff", "Identity", "CISO", new BigDecimal("125000.00"),
                List.of("GDPR", "PCI-DSS"), Instant.EPOCH);
    }

    @Test
    void aLoadedInitiativeIsShownAsStoredAndIsNoChange() {
        form.load(stored());

        assertThat(form.titleProperty().get()).isEqualTo("Passkeys");
        assertThat(form.costProperty().get()).as("written without trailing zeros").isEqualTo("125000");
        assertThat(form.tags()).containsExactly("GDPR", "PCI-DSS");
        assertThat(form.dirtyProperty().get()).isFalse();
        assertThat(form.validProperty().get()).isTrue();
    }

    @Test
    void surroundingBlanksAndTagOrderAreNoChangeButAnotherWordIs() {
        form.load(stored());

        form.titleProperty().set("  Passkeys ");
        form.tags().setAll("PCI-DSS", "GDPR");
        assertThat(form.dirtyProperty().get()).isFalse();

        form.descriptionProperty().set("For all staff and contractors");
        assertThat(form.dirtyProperty().get()).isTrue();
    }

    @Test
    void aProblemShowsAtAChangedFieldAndEverywhereOnceASaveIsTried() {
        form.load(null);
        form.costProperty().set("lots");

        assertThat(form.problemProperty(InitiativeField.ESTIMATED_COST).get())
                .startsWith("Estimated cost must be a number");
        assertThat(form.problemProperty(InitiativeField.TITLE).get()).as("untouched").isEmpty();
        assertThat(form.validProperty().get()).isFalse();

        form.markTried();
        assertThat(form.problemProperty(InitiativeField.TITLE).get()).isEqualTo("Title is required.");

        form.load(null);
        assertThat(form.problemProperty(InitiativeField.TITLE).get()).as("a form loaded afresh shows none").isEmpty();
    }

    @Test
    void knownRegimesGetTheirSpellingAndATagIsTakenOnce() {
        form.load(null);

        form.addTag("pci dss");
        form.setTag("gdpr", true);
        form.setTag("GDPR", true);
        form.addTag("Board paper");
        assertThat(form.tags()).containsExactly("Board paper", "GDPR", "PCI-DSS");

        form.setTag("board PAPER", false);
        assertThat(form.tags()).containsExactly("GDPR", "PCI-DSS");
    }

    @Test
    void aDraftIsHeldUntilThePersonTypesOn() {
        form.load(stored());
        form.titleProperty().set("Passkeys for staff");
        InitiativeDraft draft = form.draft();

        assertThat(draft.title()).isEqualTo("Passkeys for staff");
        assertThat(form.holds(draft)).isTrue();
        form.titleProperty().set("Passkeys for all staff");
        assertThat(form.holds(draft)).isFalse();
    }
}
