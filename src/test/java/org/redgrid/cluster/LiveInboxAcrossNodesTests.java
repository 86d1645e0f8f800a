package org.redgrid.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import com.zaxxer.hikari.HikariDataSource;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redgrid.shared.ClusterSignals;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.redgrid.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The open work pages of a node hear of cases acted on at any node: this node listens on its own
 * connection, and "the other node" is a plain connection to the same database sending what a node sends.
 */
@IntegrationTest
class LiveInboxAcrossNodesTests {

    static final String CHANNEL = "redgrid_case";

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    ClusterSignals signals;

    HttpResponse<Stream<String>> stream;
    final BlockingQueue<String> data = new LinkedBlockingQueue<>();

    @BeforeEach
    void openTheInboxPage() throws Exception {
        stream = PageSession.loggedIn(port, "taoyuan.community").lines("/tasks/events");
        assertThat(stream.statusCode()).isEqualTo(200);
        Thread reader = new Thread(() -> {
            try {
                stream.body()
                        .filter(line -> line.startsWith("data:"))
                        .forEach(line -> data.add(line.substring(5).trim()));
            } catch (RuntimeException closed) {
                // the test closed the stream
            }
        });
        reader.setDaemon(true);
        reader.start();
        long waited = 0;
        while (!signals.listening() && waited < 60_000) {
            Thread.sleep(50);
            waited += 50;
        }
        assertThat(signals.listening()).as("the node listens").isTrue();
    }

    @AfterEach
    void closeThePage() {
        stream.body().close();
    }

    /** What a node sends for a case action, from a connection of "another node". */
    void otherNodeSends(String number, String grid) throws Exception {
        HikariDataSource pool = (HikariDataSource) dataSource;
        try (Connection other = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
                PreparedStatement notify = other.prepareStatement("select pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, json("number", number, "gridCode", grid, "units", List.of()));
            notify.execute();
        }
    }

    /** The case numbers the page heard, up to and including {@code last}. */
    List<String> heardUntil(String last) throws InterruptedException {
        List<String> heard = new ArrayList<>();
        while (true) {
            String number = data.poll(60, TimeUnit.SECONDS);
            assertThat(number)
                    .as("the page heard " + last + " (so far " + heard + ")")
                    .isNotNull();
            heard.add(number);
            if (number.equals(last)) return heard;
        }
    }

    @Test
    void aCaseActedOnAtAnotherNodeReachesTheOpenPageOfThisOne() throws Exception {
        String number = "OTHER-" + System.nanoTime();

        otherNodeSends(number, "150105004015001");

        assertThat(heardUntil(number)).contains(number);
    }

    @Test
    void aCaseOutsideTheUsersScopeAtAnotherNodeDoesNotReachThePage() throws Exception {
        String outside = "OUTSIDE-" + System.nanoTime();
        String inside = "INSIDE-" + System.nanoTime();

        otherNodeSends(outside, "150102001001001");
        otherNodeSends(inside, "150105004015001");

        assertThat(heardUntil(inside)).doesNotContain(outside);
    }

    @Test
    void aCaseReportedAtThisNodeReachesThePageOnce() throws Exception {
        var reported = Api.as(port, "resident.zhang")
                .post(
                        "/api/v1/cases",
                        json(
                                "type", "PROBLEM",
                                "category", "EVENT.ENVIRONMENT",
                                "gridCode", "150105004015001",
                                "title", "楼道灯不亮 " + System.nanoTime(),
                                "description", "三单元楼道灯坏了。"));
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        String number = reported.json().path("number").asString();
        String after = "AFTER-" + System.nanoTime();

        // Sent through the same queue after the case's signal: once it arrives, a second copy would have.
        signals.publish(CHANNEL, json("number", after, "gridCode", "150105004015001", "units", List.of()));

        assertThat(heardUntil(after)).containsOnlyOnce(number);
    }
}
