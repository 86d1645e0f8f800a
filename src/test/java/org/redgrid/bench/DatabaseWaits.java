package org.redgrid.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the database sessions were doing while a load ran, sampled from {@code pg_stat_activity} at a
 * fixed interval on a connection of its own: running, waiting for a lock, waiting for the WAL to be
 * flushed, or idle inside a transaction while the client works between two statements. Each active state
 * is named with the first three words of its statement, which tell which lock is waited for and where
 * CPU goes. Shown as the average number of sessions in each state, so that a queue on one lock stands
 * out from work spread over the pool. Autovacuum workers are counted too: they compete for the same cores.
 */
final class DatabaseWaits implements AutoCloseable {

    private static final double SHOWN = 0.05;
    private static final String SAMPLE = """
            select case when state <> 'active' then state
                        else coalesce(wait_event_type || ':' || wait_event, 'running') || ' in "'
                             || left(regexp_replace(query, '^\\s*(\\S+\\s+\\S+\\s+\\S+).*$', '\\1'), 40) || '"'
                        end as doing,
                   count(*)
              from pg_stat_activity
             where backend_type in ('client backend', 'autovacuum worker') and datname = current_database()
               and state <> 'idle' and pid <> pg_backend_pid()
             group by 1""";

    private final Connection db;
    private final Duration interval;
    private final Map<String, Long> sessions = new TreeMap<>();
    private final Thread sampler;
    private volatile boolean running = true;
    private int samples;
    private SQLException failure;

    private DatabaseWaits(Connection db, Duration interval) {
        this.db = db;
        this.interval = interval;
        this.sampler = new Thread(this::sample, "database-waits");
        sampler.setDaemon(true);
    }

    /** Starts sampling on {@code db}, which must not be used by anything else until {@link #stop()}. */
    static DatabaseWaits start(Connection db, Duration interval) {
        DatabaseWaits waits = new DatabaseWaits(db, interval);
        waits.sampler.start();
        return waits;
    }

    /** Stops sampling and returns the average number of sessions per state, the most frequent first. */
    Map<String, Double> stop() throws InterruptedException, SQLException {
        running = false;
        sampler.join();
        if (failure != null) throw failure;
        return sessions.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        entry -> samples == 0 ? 0 : (double) entry.getValue() / samples,
                        (a, b) -> a,
                        LinkedHashMap::new));
    }

    /** The states with at least 0.05 sessions on average, the rarer ones summed up. */
    static String summary(Map<String, Double> averages) {
        if (averages.isEmpty()) return "none busy";
        double busy = 0;
        double rare = 0;
        for (double average : averages.values()) {
            busy += average;
            if (average < SHOWN) rare += average;
        }
        return "%.1f busy on average: %s%s"
                .formatted(
                        busy,
                        averages.entrySet().stream()
                                .filter(entry -> entry.getValue() >= SHOWN)
                                .map(entry -> "%s %.2f".formatted(entry.getKey(), entry.getValue()))
                                .collect(Collectors.joining(", ")),
                        rare > 0 ? ", rarer states together %.2f".formatted(rare) : "");
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.join();
    }

    private void sample() {
        try (PreparedStatement statement = db.prepareStatement(SAMPLE)) {
            while (running) {
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) sessions.merge(rows.getString(1), rows.getLong(2), Long::sum);
                }
                samples++;
                Thread.sleep(interval.toMillis());
            }
        } catch (SQLException e) {
            failure = e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
