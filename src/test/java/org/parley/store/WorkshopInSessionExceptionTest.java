package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.parley.domain.WorkshopSession;

/** What a change refused by another session's lease says. */
class WorkshopInSessionExceptionTest {

    private static final WorkshopSession HELD = new WorkshopSession(7, "Group review", "amira", "laptop-7",
            Instant.parse("2026-11-23T09:00:00Z"), Instant.parse("2026-11-23T09:05:00Z"), true);

    @Test
    void someoneElsesSessionIsNamedByLoginAndComputer() {
        assertThat(new WorkshopInSessionException(HELD, false).getMessage())
                .startsWith("\u201CGroup review\u201D is in session elsewhere: amira on laptop-7 has been changing it "
                        + "since ")
                .contains("Nothing was changed.", "moved to another workshop", "frees it 2 minutes later");
    }

    @Test
    void aSessionOfYourOwnIsSaidToBeAnotherWindowOrCommand() {
        assertThat(new WorkshopInSessionException(HELD, true).getMessage())
                .contains("another Parley window or command of yours on this computer")
                .doesNotContain("laptop-7");
    }
}
