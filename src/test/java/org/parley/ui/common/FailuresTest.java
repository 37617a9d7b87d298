package org.parley.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.domain.RuleViolation;

class FailuresTest {

    @AfterEach
    void forgetTheExplainer() {
        Failures.explainWith(null);
    }

    @Test
    void aFailureTheAppExplainsIsShownInItsWordsNotAsAStackTrace() {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        Failures.explainWith(error -> error.getCause() instanceof IOException
                ? new RuleViolation("The disk is full.") : error);

        Failures.report(dialogs, "Saving the note", new IllegalStateException(new IOException("No space left on device")));
        Failures.report(dialogs, "Exporting", new IllegalStateException("bug"));

        assertThat(dialogs.shown()).containsExactly("Saving the note: The disk is full.",
                "Exporting: java.lang.IllegalStateException: bug");
    }
}
