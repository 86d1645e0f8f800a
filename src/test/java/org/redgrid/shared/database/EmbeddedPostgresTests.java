package org.redgrid.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresTests {

    private final Path dataDir = Path.of("target", "embedded-postgres-test");

    @Test
    void dataSurvivesARestartOfTheServer() throws Exception {
        try (EmbeddedPostgres first = EmbeddedPostgres.start(dataDir, 0, true)) {
            execute(first, "create table survivor (name text)");
            execute(first, "insert into survivor values ('乌兰')");
        }
        try (EmbeddedPostgres second = EmbeddedPostgres.start(dataDir, 0, false)) {
            try (Connection connection = connect(second);
                    var result = connection.createStatement().executeQuery("select name from survivor")) {
                assertThat(result.next()).isTrue();
                assertThat(result.getString(1)).isEqualTo("乌兰");
            }
        }
    }

    @Test
    void aServerLeftRunningByAKilledProcessIsStoppedBeforeTheNextStart() throws Exception {
        EmbeddedPostgres abandoned = EmbeddedPostgres.start(dataDir, 0, true);
        execute(abandoned, "create table kept (n int)");
        execute(abandoned, "insert into kept values (42)");
        assertThat(Files.exists(dataDir.resolve("pgdata/postmaster.pid"))).isTrue();
        try (EmbeddedPostgres next = EmbeddedPostgres.start(dataDir, 0, false)) {
            try (Connection connection = connect(next);
                    var result = connection.createStatement().executeQuery("select n from kept")) {
                assertThat(result.next()).isTrue();
                assertThat(result.getInt(1)).isEqualTo(42);
            }
        }
    }

    @Test
    void onlyLoopbackIsListenedOnAndPasswordsAreRequired() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.start(dataDir, 0, true)) {
            assertThat(server.jdbcUrl()).startsWith("jdbc:postgresql://127.0.0.1:");
            try (Connection connection = connect(server);
                    var result = connection.createStatement().executeQuery("show listen_addresses")) {
                result.next();
                assertThat(result.getString(1)).isEqualTo("127.0.0.1");
            }
            assertThat(catchSql(() -> DriverManager.getConnection(server.jdbcUrl(), server.username(), "wrong")))
                    .contains("password authentication failed");
        }
    }

    private static Connection connect(EmbeddedPostgres server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
    }

    private static void execute(EmbeddedPostgres server, String sql) throws SQLException {
        try (Connection connection = connect(server)) {
            connection.createStatement().execute(sql);
        }
    }

    interface SqlAction {
        Object run() throws SQLException;
    }

    private static String catchSql(SqlAction action) {
        try {
            action.run();
            return "";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }
}
