package org.redgrid.organization.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads every Inner Mongolia division from the packaged NBS file with COPY into a staging table and
 * one upsert, inside one transaction. A checksum of the file is kept, so later starts skip the load.
 */
@Component
@Order(10)
public class DivisionLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DivisionLoader.class);
    static final String RESOURCE = "divisions/inner-mongolia.csv";

    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DivisionLoader(DataSource dataSource, TransactionTemplate transactions, Clock clock) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
    }

    /** Loads the divisions unless this exact file was loaded before; returns the rows copied (0 when skipped). */
    public long load() {
        byte[] file = read();
        String checksum = sha256(file);
        return transactions.execute(tx -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try (var statement = connection.createStatement()) {
                statement.execute("select pg_advisory_xact_lock(7310002)");
                var loaded =
                        statement.executeQuery("select 1 from division_source where checksum = '" + checksum + "'");
                if (loaded.next()) return 0L;
                long started = System.nanoTime();
                statement.execute("create temporary table division_staging (like division) on commit drop");
                long rows = connection
                        .unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn(
                                "copy division_staging (code, name, level, parent_code) from stdin with (format csv, header true)",
                                new StringReader(new String(file, StandardCharsets.UTF_8)));
                statement.execute("""
                        insert into division (code, name, level, parent_code)
                        select code, name, level, nullif(parent_code, '') from division_staging
                        on conflict (code) do update
                           set name = excluded.name, level = excluded.level, parent_code = excluded.parent_code""");
                try (var insert = connection.prepareStatement(
                        "insert into division_source (checksum, rows, loaded_at) values (?, ?, ?)")) {
                    insert.setString(1, checksum);
                    insert.setLong(2, rows);
                    insert.setTimestamp(3, Timestamp.from(clock.instant()));
                    insert.executeUpdate();
                }
                log.info(
                        "Loaded {} Inner Mongolia divisions in {} ms", rows, (System.nanoTime() - started) / 1_000_000);
                return rows;
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("cannot load divisions", e);
            }
        });
    }

    private static byte[] read() {
        try (InputStream in = DivisionLoader.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing " + RESOURCE);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
