package org.redgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.OncePerTick;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** The deadline sweep with the time pinned: yellow before the line, red after it, and one level up. */
@IntegrationTest
class DeadlineSweepTests {

    @LocalServerPort
    int port;

    @Autowired
    Casework casework;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    OncePerTick oncePerTick;

    @BeforeEach
    void tenMinuteCategory() {
        CaseReports.tenMinuteCategory(Api.as(port, "region.admin"), "EVENT.SWEEP_DEMO", "时限演示", "Deadline demo");
    }

    JsonNode dispatchedCase() {
        var community = Api.as(port, "taoyuan.community");
        long id = community
                .post(
                        "/api/v1/cases",
                        json(
                                "type",
                                "PROBLEM",
                                "category",
                                "EVENT.SWEEP_DEMO",
                                "gridCode",
                                "150105004015001",
                                "title",
                                "楼道堆物",
                                "description",
                                "消防通道被杂物堵塞"))
                .json()
                .path("id")
                .asLong();
        community.post("/api/v1/cases/" + id + "/transitions", json("action", "FILE"));
        return community
                .post("/api/v1/cases/" + id + "/transitions", json("action", "DISPATCH", "assignee", "taoyuan.grid1"))
                .json();
    }

    Casework.SweepResult sweepAt(Instant now) {
        return CurrentActor.runAsSystem(() -> casework.sweepDeadlines(now));
    }

    @Test
    void aCaseTurnsYellowThenRedAndGoesOneLevelUp() {
        JsonNode dispatched = dispatchedCase();
        long id = dispatched.path("id").asLong();
        Instant start = Instant.parse(dispatched.path("dispatchedAt").asString());
        var community = Api.as(port, "taoyuan.community");

        assertThat(sweepAt(start.plus(Duration.ofMinutes(3))).ran()).isTrue();
        assertThat(actions(community, id)).doesNotContain("WARN");

        sweepAt(start.plus(Duration.ofMinutes(6)));
        assertThat(actions(community, id)).endsWith("WARN");

        sweepAt(start.plus(Duration.ofMinutes(11)));
        assertThat(actions(community, id)).endsWith("WARN", "OVERDUE", "ESCALATE");
        JsonNode overdue = community.get("/api/v1/cases/" + id).json();
        assertThat(overdue.path("level").asInt()).isEqualTo(12);
        assertThat(overdue.path("deadlineState").asString()).isEqualTo("RED");
        assertThat(overdue.path("assignee").asString()).isEqualTo("taoyuan.grid1");
        assertThat(Api.as(port, "dxdl.street")
                        .get("/api/v1/cases?overdue=true&size=500")
                        .json()
                        .path("items")
                        .findValuesAsString("number"))
                .contains(overdue.path("number").asString());

        sweepAt(start.plus(Duration.ofMinutes(12)));
        assertThat(actions(community, id)).filteredOn("OVERDUE"::equals).hasSize(1);
    }

    @Test
    void aSuspendedCaseIsNotMarked() {
        JsonNode dispatched = dispatchedCase();
        long id = dispatched.path("id").asLong();
        Instant start = Instant.parse(dispatched.path("dispatchedAt").asString());
        var community = Api.as(port, "taoyuan.community");
        community.post("/api/v1/cases/" + id + "/transitions", json("action", "SUSPEND", "note", "等待物业配合"));
        sweepAt(start.plus(Duration.ofMinutes(11)));
        assertThat(actions(community, id)).doesNotContain("WARN", "OVERDUE");
    }

    @Test
    void whileOneNodeSweepsAnotherSkips() throws Exception {
        CompletableFuture<Boolean> holding = new CompletableFuture<>();
        CompletableFuture<Void> release = new CompletableFuture<>();
        var other = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
            assertThat(oncePerTick.claim("casework.deadline-sweep")).isTrue();
            holding.complete(true);
            release.join();
        }));
        holding.get();
        try {
            assertThat(sweepAt(Instant.now()).ran()).isFalse();
        } finally {
            release.complete(null);
            other.get();
        }
        assertThat(sweepAt(Instant.now()).ran()).isTrue();
    }

    private static java.util.List<String> actions(Api api, long id) {
        return api.get("/api/v1/cases/" + id + "/events").json().findValuesAsString("action");
    }
}
