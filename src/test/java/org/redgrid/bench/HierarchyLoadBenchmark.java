package org.redgrid.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.redgrid.organization.internal.DivisionLoader;
import org.redgrid.shared.database.EmbeddedPostgres;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The platform's own {@link DivisionLoader} loading all Inner Mongolia divisions (COPY into a staging
 * table, one upsert, commit) into a freshly migrated, empty schema, several times on one embedded
 * PostgreSQL; the median is the figure to quote.
 */
class HierarchyLoadBenchmark {

    private static final int RUNS = 7;

    @Test
    void loadsTheWholeDivisionHierarchyIntoAnEmptySchema() throws Exception {
        Path home = BenchFiles.freshDirectory("hierarchy");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(home, 0, false)) {
            Report.title("Full hierarchy load: DivisionLoader.load() into a new empty schema");
            long[] runs = new long[RUNS];
            long rows = 0;
            for (int run = 0; run < RUNS; run++) {
                String schema = "hierarchy_load_" + (run + 1);
                try (HikariDataSource dataSource = dataSource(postgres, schema);
                        AnnotationConfigApplicationContext context = loaderOn(dataSource)) {
                    Flyway.configure()
                            .dataSource(dataSource)
                            .schemas(schema)
                            .locations("classpath:db/migration/organization")
                            .load()
                            .migrate();
                    DivisionLoader loader = context.getBean(DivisionLoader.class);
                    long started = System.nanoTime();
                    rows = loader.load();
                    runs[run] = System.nanoTime() - started;
                    if (rows == 0) throw new IllegalStateException("the schema " + schema + " was not empty");
                    Report.line("run %d: %,d divisions in %s", run + 1, rows, Report.millis(runs[run]));
                    try (Connection connection = dataSource.getConnection();
                            Statement statement = connection.createStatement()) {
                        statement.execute("drop schema " + schema + " cascade");
                    }
                }
            }
            long median = Latencies.median(runs);
            Report.line("median of %d runs: %s (%,.0f rows/s)", RUNS, Report.millis(median), rows / (median / 1e9));
        }
    }

    private static HikariDataSource dataSource(EmbeddedPostgres postgres, String schema) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.jdbcUrl());
        dataSource.setUsername(postgres.username());
        dataSource.setPassword(postgres.password());
        dataSource.setSchema(schema);
        dataSource.setMaximumPoolSize(2);
        return dataSource;
    }

    /** Wired by Spring as in the platform, so the loader runs with its real transaction handling. */
    private static AnnotationConfigApplicationContext loaderOn(DataSource dataSource) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.registerBean(DataSource.class, () -> dataSource);
        context.registerBean(
                TransactionTemplate.class, () -> new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        context.registerBean(Clock.class, Clock::systemUTC);
        context.registerBean(DivisionLoader.class);
        context.refresh();
        return context;
    }
}
