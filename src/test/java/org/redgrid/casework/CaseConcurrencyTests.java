package org.redgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.casework.CaseReports.report;
import static org.redgrid.support.Api.json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Retried and concurrent requests against the case engine: one case per idempotency key, one winner per version. */
@IntegrationTest
class CaseConcurrencyTests {

    static final String GRID1 = "150105004015001";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheSameCaseEvenWhenConcurrent() throws Exception {
        var resident = Api.as(port, "resident.zhang");
        String key = UUID.randomUUID().toString();
        String body = json(
                "type",
                "SERVICE_ORDER",
                "category",
                "SERVICE.MEAL_ASSISTANCE",
                "gridCode",
                GRID1,
                "title",
                "为独居老人订午餐",
                "description",
                "每天中午送餐到1号楼");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Api.Response>> responses = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                responses.add(pool.submit(
                        (Callable<Api.Response>) () -> resident.post("/api/v1/cases", body, "Idempotency-Key", key)));
            }
            Set<Long> ids = new HashSet<>();
            for (Future<Api.Response> response : responses) {
                assertThat(response.get().status()).isEqualTo(201);
                ids.add(response.get().json().path("id").asLong());
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("select count(*) from work_case where idempotency_key = :key")
                        .param("key", key)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        var retry = resident.post("/api/v1/cases", body, "Idempotency-Key", key);
        assertThat(retry.status()).isEqualTo(201);
    }

    @Test
    void ofTwoConcurrentTransitionsOneWinsAndTheOtherGets409() throws Exception {
        var community = Api.as(port, "taoyuan.community");
        var leader = Api.as(port, "taoyuan.grid1");
        long id = report(Api.as(port, "resident.zhang"), GRID1, "EVENT.PARKING")
                .path("id")
                .asLong();
        for (int round = 0; round < 3; round++) {
            long caseId = round == 0
                    ? id
                    : report(Api.as(port, "resident.zhang"), GRID1, "EVENT.PARKING")
                            .path("id")
                            .asLong();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<Api.Response> a = pool.submit(
                        () -> community.post("/api/v1/cases/" + caseId + "/transitions", json("action", "FILE")));
                Future<Api.Response> b = pool.submit(() -> leader.post(
                        "/api/v1/cases/" + caseId + "/transitions", json("action", "FILE", "note", "网格员直接立案")));
                List<Integer> statuses = List.of(a.get().status(), b.get().status());
                assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            } finally {
                pool.shutdown();
            }
            var events = community.get("/api/v1/cases/" + caseId + "/events").json();
            assertThat(events.size()).isEqualTo(2);
            String finalStatus = community
                    .get("/api/v1/cases/" + caseId)
                    .json()
                    .path("status")
                    .asString();
            assertThat(finalStatus).isEqualTo(events.get(1).path("toStatus").asString());
        }
    }
}
