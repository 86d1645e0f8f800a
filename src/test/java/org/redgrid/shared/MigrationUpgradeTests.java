package org.redgrid.shared;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.redgrid.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayProperties;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Modules number their migrations in ranges of their own, so an upgrade can bring a migration lower
 * than one another module already applied. An installed platform must still start after such an
 * upgrade, with the platform's own Flyway settings.
 */
@IntegrationTest
class MigrationUpgradeTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    FlywayProperties flyway;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anUpgradeAppliesAModulesNewMigrationBelowTheHighestAppliedOne() {
        String schema = "upgrade_check";
        jdbc.sql("drop schema if exists " + schema + " cascade").update();
        // An older installation: the notification module's V500 is applied, the identity module's V100 not yet.
        configured(schema)
                .locations("classpath:db/migration/notification")
                .load()
                .migrate();

        var upgrade = configured(schema)
                .locations(flyway.getLocations().toArray(String[]::new))
                .load()
                .migrate();

        assertThat(upgrade.success).isTrue();
        assertThat(upgrade.migrations).extracting(m -> m.version).contains("100", "400", "600");
        jdbc.sql("drop schema " + schema + " cascade").update();
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration configured(String schema) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .outOfOrder(flyway.isOutOfOrder());
    }
}
