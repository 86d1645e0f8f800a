package org.redgrid.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** A score that waits for a closing round sees the round closed and writes nothing. */
@IntegrationTest
class ScoringConcurrencyTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aSelfAssessmentWaitingBehindTheCloseIsRefusedOnceTheRoundIsClosed() throws Exception {
        var department = Api.as(port, "saihan.admin");
        long scheme = department
                .post(
                        "/api/v1/scoring/schemes",
                        Api.json(
                                "key",
                                "race-" + System.nanoTime(),
                                "name",
                                "并发",
                                "items",
                                List.of(Map.of("code", "A", "name", "甲", "max", 10))))
                .json()
                .path("id")
                .asLong();
        long round = department
                .post(
                        "/api/v1/scoring/rounds",
                        Api.json(
                                "scheme",
                                scheme,
                                "assessed",
                                List.of(Map.of(
                                        "unit", "g1", "name", "第一网格", "class", "网格", "account", "taoyuan.grid1"))))
                .json()
                .path("id")
                .asLong();
        var grid1 = Api.as(port, "taoyuan.grid1");
        String body = Api.json("items", Map.of("A", Map.of("points", 8)));
        var answer = new java.util.concurrent.atomic.AtomicReference<CompletableFuture<Api.Response>>();
        transactions.executeWithoutResult(status -> {
            // the close holds the round's row, as RoundClosing does
            jdbc.sql("select id from scoring_round where id = :id for update")
                    .param("id", round)
                    .query(Long.class)
                    .single();
            var pending = CompletableFuture.supplyAsync(
                    () -> grid1.put("/api/v1/scoring/rounds/" + round + "/assessments/g1/self", body));
            answer.set(pending);
            // activity statistics are a snapshot per transaction: clear it before each look
            while (true) {
                jdbc.sql("select pg_stat_clear_snapshot()").query().listOfRows();
                long waiting = jdbc.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                                + " and query like '%scoring_round%for update%'")
                        .query(Long.class)
                        .single();
                if (waiting > 0) break;
                assertThat(pending).isNotDone();
                Thread.onSpinWait();
            }
            jdbc.sql("update scoring_round set status = 'CLOSED', closed_at = now() where id = :id")
                    .param("id", round)
                    .update();
        });
        Api.Response response = answer.get().get();
        assertThat(response.status()).as(response.body()).isEqualTo(409);
        assertThat(jdbc.sql("select count(*) from scoring_entry where round_id = :id")
                        .param("id", round)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
