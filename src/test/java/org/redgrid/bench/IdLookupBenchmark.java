package org.redgrid.bench;

import static org.redgrid.bench.BenchSql.execute;
import static org.redgrid.bench.BenchSql.single;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.redgrid.shared.PiiCipher;
import org.redgrid.support.Api;

/**
 * Exact ID-number lookup among one million persons: the packaged platform is started on a new data dir,
 * filled with invented persons by COPY, and then asked {@code GET /api/v1/people?idNumber=...} over
 * loopback HTTP as the region administrator, one request after another; the same keyed-hash lookup is
 * then timed in SQL alone to show what the database part of a request costs.
 */
class IdLookupBenchmark {

    private static final int PERSONS = Integer.getInteger("redgrid.bench.persons", 1_000_000);
    private static final int WARM_UP = 1_000;
    private static final int MEASURED = 2_000;
    private static final long SEED = 20261123L;

    @Test
    void exactIdNumberLookupAmongOneMillionPersons() throws Exception {
        Path home = BenchFiles.freshDirectory("lookup");
        try (PlatformProcess platform = PlatformProcess.start(home.resolve("data"), home.resolve("platform.log"))) {
            platform.awaitHealthy();
            try (Connection db = platform.openDatabase()) {
                Report.title("Exact ID-number lookup with %,d persons".formatted(PERSONS));
                PiiCipher cipher = platform.piiCipher();
                SyntheticPersons persons = new SyntheticPersons(cipher, grids(db), PERSONS);

                SyntheticPersons.Filled filled = persons.fill(db);
                Report.line(
                        "fill: %,d households and %,d persons by COPY in %s, %,.0f persons/s (%d skipped as already registered)",
                        filled.households(),
                        filled.persons(),
                        Report.millis(filled.elapsed()),
                        filled.personsPerSecond(),
                        filled.skipped());
                long started = System.nanoTime();
                execute(db, "vacuum (analyze) household, person");
                Report.line(
                        "vacuum analyze: %s; person table with indexes: %s, %,d rows",
                        Report.millis(System.nanoTime() - started),
                        single(db, "select pg_size_pretty(pg_total_relation_size('person'))"),
                        Long.parseLong(single(db, "select count(*) from person")));

                int[] sample = persons.sample(WARM_UP + MEASURED, new Random(SEED));
                List<String> idNumbers = new ArrayList<>();
                for (int index : sample) idNumbers.add(persons.idNumber(index).value());

                Api api = Api.as(platform.port(), "region.admin");
                Latencies http = overHttp(api, idNumbers);
                Report.line("HTTP GET /api/v1/people?idNumber= as region.admin: %s", http.summary("requests"));

                Latencies sql = inSql(db, cipher, idNumbers);
                Report.line("SQL alone, select id where id_number_hash = ?: %s", sql.summary("queries"));
                Report.line("plan: %s", plan(db, cipher.hash(idNumbers.get(0))));
            }
        }
    }

    /** Times each request from send to the whole body read; checks afterwards that it found exactly one person. */
    private static Latencies overHttp(Api api, List<String> idNumbers) {
        long[] nanos = new long[MEASURED];
        long started = 0;
        for (int i = 0; i < idNumbers.size(); i++) {
            if (i == WARM_UP) started = System.nanoTime();
            long before = System.nanoTime();
            Api.Response response = api.get("/api/v1/people?idNumber=" + idNumbers.get(i));
            long took = System.nanoTime() - before;
            if (response.status() != 200 || response.json().path("total").asLong() != 1) {
                throw new IllegalStateException("lookup " + i + " did not find exactly one person: " + response.status()
                        + " " + response.body());
            }
            if (i >= WARM_UP) nanos[i - WARM_UP] = took;
        }
        return Latencies.of(nanos, Duration.ofNanos(System.nanoTime() - started));
    }

    /** The database part alone: the keyed hash is computed before timing, as the platform computes it once. */
    private static Latencies inSql(Connection db, PiiCipher cipher, List<String> idNumbers) throws SQLException {
        List<byte[]> hashes = idNumbers.stream().map(cipher::hash).toList();
        long[] nanos = new long[MEASURED];
        long started = 0;
        try (PreparedStatement lookup = db.prepareStatement("select id from person where id_number_hash = ?")) {
            for (int i = 0; i < hashes.size(); i++) {
                if (i == WARM_UP) started = System.nanoTime();
                long before = System.nanoTime();
                lookup.setBytes(1, hashes.get(i));
                int found = 0;
                try (ResultSet rows = lookup.executeQuery()) {
                    while (rows.next()) found++;
                }
                long took = System.nanoTime() - before;
                if (found != 1) throw new IllegalStateException("SQL lookup " + i + " found " + found + " persons");
                if (i >= WARM_UP) nanos[i - WARM_UP] = took;
            }
        }
        return Latencies.of(nanos, Duration.ofNanos(System.nanoTime() - started));
    }

    private static List<String> grids(Connection db) throws SQLException {
        List<String> grids = new ArrayList<>();
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("select code from grid order by code")) {
            while (rows.next()) grids.add(rows.getString(1));
        }
        return grids;
    }

    /** The plan of one lookup, to show that it is a single probe of the unique index. */
    private static String plan(Connection db, byte[] hash) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(
                        "explain (analyze, buffers, costs off) select id from person where id_number_hash = '\\x"
                                + HexFormat.of().formatHex(hash) + "'")) {
            while (rows.next()) lines.add(rows.getString(1).trim());
        }
        return String.join(" | ", lines);
    }
}
