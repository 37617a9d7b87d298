package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleCaptureTest {

    @Test
    void aDatabaseExceptionPrintedByALibraryKeepsOnlyItsName() {
        assertThat(ConsoleCapture.withheld("org.h2.jdbc.JdbcSQLDataException: Value too long for column "
                + "\"RATIONALE\": \"'Our secret plan' (2000)\"; SQL statement: insert into assessment values (?)"))
                .isEqualTo("org.h2.jdbc.JdbcSQLDataException: " + PrivateLogFormat.WITHHELD);
        assertThat(ConsoleCapture.withheld("Caused by: org.jooq.exception.DataAccessException: SQL [insert into note "
                + "values ('the note')]")).isEqualTo("org.jooq.exception.DataAccessException: "
                + PrivateLogFormat.WITHHELD);
        assertThat(ConsoleCapture.withheld("\tat org.h2.message.DbException.get(DbException.java:223)"))
                .as("stack frames name code, never text").isEqualTo("\tat org.h2.message.DbException.get(DbException.java:223)");
        assertThat(ConsoleCapture.withheld("SLF4J: No SLF4J providers were found.")).isEqualTo(
                "SLF4J: No SLF4J providers were found.");
    }
}
