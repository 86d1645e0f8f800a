package org.redgrid.shared;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signals between the nodes that share one database, through PostgreSQL {@code NOTIFY}/{@code LISTEN}:
 * a signal published inside a transaction leaves after it commits (never if it rolls back), reaches
 * every node, this one included, and is handed to the node's subscribers of its channel exactly once.
 * Each node listens on a dedicated connection of its own, outside the pool, polled with a timeout and
 * opened again after a failure. A signal is a hint to look again (a page reloads its list through its
 * own scoped query), not a record: one sent while a node's listening connection is being reopened, or
 * by a node killed between its commit and the send, is not repeated.
 */
@Component
public class ClusterSignals implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClusterSignals.class);
    private static final Pattern CHANNEL = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration REOPEN_AFTER = Duration.ofSeconds(2);
    /** PostgreSQL refuses payloads of 8000 bytes and more. */
    static final int MAX_PAYLOAD_BYTES = 7999;

    private record Signal(String channel, String payload) {}

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Map<String, List<Consumer<String>>> subscribers = new ConcurrentHashMap<>();
    private final Set<String> listened = ConcurrentHashMap.newKeySet();
    private final BlockingQueue<Signal> outgoing = new LinkedBlockingQueue<>(10_000);
    private volatile boolean running;
    private volatile boolean listening;
    private Thread listener;
    private Thread sender;

    ClusterSignals(DataSource dataSource, JdbcClient jdbc, TransactionTemplate transactions) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Hands every signal of {@code channel}, from any node, to {@code subscriber} (on the listening thread). */
    public void subscribe(String channel, Consumer<String> subscriber) {
        subscribers
                .computeIfAbsent(checked(channel), c -> new CopyOnWriteArrayList<>())
                .add(subscriber);
    }

    /** Sends {@code payload} on {@code channel} to every node: after the current transaction commits, if any. */
    public void publish(String channel, String payload) {
        Signal signal = new Signal(checked(channel), payload);
        if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("a signal carries at most " + MAX_PAYLOAD_BYTES + " bytes");
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    enqueue(signal);
                }
            });
        } else {
            enqueue(signal);
        }
    }

    /** Whether this node's listening connection is open and listens on every subscribed channel. */
    public boolean listening() {
        return listening && listened.containsAll(subscribers.keySet());
    }

    private void enqueue(Signal signal) {
        if (!outgoing.offer(signal)) log.warn("Signal on {} dropped: the send queue is full", signal.channel());
    }

    private static String checked(String channel) {
        if (!CHANNEL.matcher(channel).matches()) throw new IllegalArgumentException("bad channel name " + channel);
        return channel;
    }

    /** Sends what is queued, in batches: one connection and one commit per batch. */
    private void send() {
        List<Signal> batch = new ArrayList<>();
        while (running) {
            try {
                Signal first = outgoing.poll(POLL.toMillis(), TimeUnit.MILLISECONDS);
                if (first == null) continue;
                batch.add(first);
                outgoing.drainTo(batch, 99);
                transactions.executeWithoutResult(
                        tx -> batch.forEach(signal -> jdbc.sql("select pg_notify(:channel, :payload)")
                                .param("channel", signal.channel())
                                .param("payload", signal.payload())
                                .query(Object.class)
                                .single()));
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException failed) {
                log.warn("{} signals not sent: {}", batch.size(), failed.getMessage());
            } finally {
                batch.clear();
            }
        }
    }

    /** Listens until stopped; a failed connection is closed and opened again after a pause. */
    private void listen() {
        while (running) {
            try (Connection connection = openListeningConnection()) {
                listened.clear();
                PGConnection postgres = connection.unwrap(PGConnection.class);
                listening = true;
                while (running) {
                    listenToNewChannels(connection);
                    PGNotification[] notifications = postgres.getNotifications((int) POLL.toMillis());
                    if (notifications == null) continue;
                    for (PGNotification notification : notifications) {
                        deliver(notification.getName(), notification.getParameter());
                    }
                }
            } catch (SQLException failed) {
                if (!running) return;
                log.warn("Listening connection failed, opening it again in {}: {}", REOPEN_AFTER, failed.getMessage());
                pause();
            } finally {
                listening = false;
            }
        }
    }

    private void listenToNewChannels(Connection connection) throws SQLException {
        for (String channel : subscribers.keySet()) {
            if (listened.contains(channel)) continue;
            try (Statement statement = connection.createStatement()) {
                statement.execute("LISTEN \"" + channel + "\"");
            }
            listened.add(channel);
        }
    }

    private void deliver(String channel, String payload) {
        for (Consumer<String> subscriber : subscribers.getOrDefault(channel, List.of())) {
            try {
                subscriber.accept(payload);
            } catch (RuntimeException failed) {
                log.warn("A subscriber of {} failed: {}", channel, failed.toString());
            }
        }
    }

    /** A connection of its own, outside the pool: it stays open for as long as the node runs. */
    private Connection openListeningConnection() throws SQLException {
        if (dataSource instanceof HikariDataSource pool) {
            Connection connection =
                    DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
            connection.setAutoCommit(true);
            return connection;
        }
        return dataSource.getConnection();
    }

    private void pause() {
        try {
            Thread.sleep(REOPEN_AFTER.toMillis());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void start() {
        running = true;
        listener = daemon("cluster-signals-listen", this::listen);
        sender = daemon("cluster-signals-send", this::send);
    }

    @Override
    public void stop() {
        running = false;
        if (sender != null) sender.interrupt();
        join(listener);
        join(sender);
    }

    private static Thread daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void join(Thread thread) {
        if (thread == null) return;
        try {
            thread.join(POLL.multipliedBy(4).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
