package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/** How a change the server gave up on is said. */
class ServerOpeningTest {

    @Test
    void aLockWaitPastItsLimitOrADeadlockIsSaidInWordsAndKeepsItsCause() {
        for (String state : new String[] {"55P03", "40P01", "40001"}) {
            DataAccessException failure = new DataAccessException("SQL [...]", new SQLException("refused", state));

            RuntimeException said = ServerOpening.busy(failure);

            assertThat(said).as(state).isInstanceOf(StoreException.class).hasCause(failure)
                    .hasMessageContaining("busy with other changes").hasMessageContaining("Nothing was changed");
        }
    }

    @Test
    void anyOtherFailureIsLeftAsItIs() {
        DataAccessException failure = new DataAccessException("SQL [...]", new SQLException("no", "23505"));

        assertThat(ServerOpening.busy(failure)).isSameAs(failure);
    }
}
