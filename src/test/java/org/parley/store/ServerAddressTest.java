package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.domain.RuleViolation;

/** Server addresses as --db and PARLEY_DB take them: what is read, and what is refused in words. */
class ServerAddressTest {

    @Test
    void readsHostPortDatabaseUserAndTheDriversOtherSettings() {
        ServerAddress address = ServerAddress.parse("postgresql://db.example.com:6543/parley?user=amira&sslmode=require",
                "login");

        assertThat(address).isEqualTo(new ServerAddress("db.example.com", 6543, "parley", "amira",
                Map.of("sslmode", "require")));
        assertThat(address.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:6543/parley?user=amira"
                + "&ApplicationName=Parley&sslmode=require");
        assertThat(address).hasToString("postgresql://db.example.com:6543/parley?user=amira");
    }

    @Test
    void thePortAndTheUserHaveDefaults() {
        ServerAddress address = ServerAddress.parse("postgres://localhost/team", "jonas");

        assertThat(address.port()).isEqualTo(5432);
        assertThat(address.user()).isEqualTo("jonas");
        assertThat(ServerAddress.parse("jdbc:postgresql://h/d?user=x", "y").user()).isEqualTo("x");
    }

    @Test
    void onlyAServersSchemeMakesAnAddress() {
        assertThat(ServerAddress.isServer("postgresql://h/d")).isTrue();
        assertThat(ServerAddress.isServer(" POSTGRES://h/d")).isTrue();
        assertThat(ServerAddress.isServer("jdbc:postgresql://h/d")).isTrue();
        assertThat(ServerAddress.isServer("./postgresql.mv.db")).isFalse();
        assertThat(ServerAddress.isServer("C:\\\\stores\\\\team.mv.db")).isFalse();
    }

    @Test
    void aPasswordInTheAddressIsRefusedWithWhereToPutIt() {
        for (String address : new String[] {"postgresql://amira:secret@db/parley",
                "postgresql://db/parley?user=amira&password=secret", "postgresql://db/parley?PASSWORD=x"}) {
            assertThatThrownBy(() -> ServerAddress.parse(address, "login"))
                    .isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("takes no password in the server address")
                    .hasMessageContaining("PGPASSWORD")
                    .hasMessageContaining("~/.pgpass")
                    .hasMessageNotContaining("secret");
        }
    }

    @Test
    void aDriverSettingThatLoadsAClassOrWritesAFileIsRefused() {
        for (String setting : new String[] {"socketFactory=x.Y", "sslfactory=x.Y", "loggerFile=/tmp/x",
                "authenticationPluginClassName=x.Y"}) {
            assertThatThrownBy(() -> ServerAddress.parse("postgresql://db/parley?" + setting, "u"))
                    .as(setting).isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("does not pass")
                    .hasMessageContaining("sslmode");
        }
    }

    @Test
    void anAddressWithoutAHostOrADatabaseSaysHowToWriteIt() {
        assertThatThrownBy(() -> ServerAddress.parse("postgresql:///parley", "u"))
                .hasMessageContaining("names no host");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://db.example.com", "u"))
                .hasMessageContaining("names no database")
                .hasMessageContaining("postgresql://db.example.com/parley");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://amira@db/parley", "u"))
                .hasMessageContaining("?user=amira");
    }
}
