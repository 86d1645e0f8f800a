package org.redgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every write the field app sends may be sent twice (a phone back in signal retries its outbox): with
 * the same Idempotency-Key the first answer comes back and nothing new is written.
 */
@IntegrationTest
class IdempotentWritesTests {

    static final String GRID1 = "150105004015001";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRetriedIntakeReplaysTheFirstAnswerAndCreatesNoSecondCase() {
        Api worker = Api.as(port, "taoyuan.grid1");
        String key = UUID.randomUUID().toString();
        String body = report("重放测试：井盖缺失");
        var first = postJson(worker, "/api/v1/cases", body, key);
        var retry = postJson(worker, "/api/v1/cases", body, key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(retry.headers().firstValue("Location"))
                .isEqualTo(first.headers().firstValue("Location"));
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(count("select count(*) from work_case where title = '重放测试：井盖缺失'"))
                .isEqualTo(1);
    }

    @Test
    void aRetriedCaseActionReplaysTheFirstAnswerAndRecordsOneEvent() {
        long id = filedAndDispatched();
        Api worker = Api.as(port, "taoyuan.grid1");
        String key = UUID.randomUUID().toString();
        String body = json("action", "ACCEPT", "note", "网格员接单");
        var first = postJson(worker, "/api/v1/cases/" + id + "/transitions", body, key);
        long events = count("select count(*) from case_event where case_id = " + id);
        var retry = postJson(worker, "/api/v1/cases/" + id + "/transitions", body, key);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(count("select count(*) from case_event where case_id = " + id))
                .isEqualTo(events);
    }

    @Test
    void aCaseActionRetriedWithoutAKeyMeetsTheMovedOnCaseAsAConflict() {
        long id = filedAndDispatched();
        Api worker = Api.as(port, "taoyuan.grid1");
        String body = json("action", "ACCEPT");
        assertThat(postJson(
                                worker,
                                "/api/v1/cases/" + id + "/transitions",
                                body,
                                UUID.randomUUID().toString())
                        .statusCode())
                .isEqualTo(200);

        var second = postJson(
                worker,
                "/api/v1/cases/" + id + "/transitions",
                body,
                UUID.randomUUID().toString());

        assertThat(second.statusCode()).isEqualTo(409);
    }

    @Test
    void aRetriedVisitReplaysTheFirstAnswerAndRecordsOneVisit() {
        Api worker = Api.as(port, "taoyuan.grid1");
        long person = firstLedgerEntry(worker).path("personId").asLong();
        String key = UUID.randomUUID().toString();
        String body = json("personId", person, "content", "重放测试走访");
        var first = postJson(worker, "/api/v1/visits", body, key);
        var retry = postJson(worker, "/api/v1/visits", body, key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(count("select count(*) from visit where content = '重放测试走访'")).isEqualTo(1);
    }

    @Test
    void aRetriedPhotoUploadReplaysTheFirstAnswerAndStoresOnePhoto() {
        Api worker = Api.as(port, "taoyuan.grid1");
        long id = created(worker, "重放测试：照片");
        String key = UUID.randomUUID().toString();
        String boundary = "----redgrid" + UUID.randomUUID();
        byte[] body = multipart(boundary, "before.png", AttachmentTests.PNG);
        String type = "multipart/form-data; boundary=" + boundary;
        var first = worker.exchange("POST", "/api/v1/cases/" + id + "/attachments", type, body, "Idempotency-Key", key);
        var retry = worker.exchange("POST", "/api/v1/cases/" + id + "/attachments", type, body, "Idempotency-Key", key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(count("select count(*) from case_attachment where case_id = " + id))
                .isEqualTo(1);
    }

    @Test
    void theSameKeyWithADifferentBodyIsRefusedNamingTheHeader() {
        Api worker = Api.as(port, "taoyuan.grid1");
        String key = UUID.randomUUID().toString();
        assertThat(postJson(worker, "/api/v1/cases", report("重放测试：第一份"), key).statusCode())
                .isEqualTo(201);

        var other = postJson(worker, "/api/v1/cases", report("重放测试：另一份"), key);

        assertThat(other.statusCode()).isEqualTo(422);
        JsonNode problem = JSON.readTree(other.body());
        assertThat(problem.path("field").asString()).isEqualTo("Idempotency-Key");
        assertThat(problem.path("rule").asString()).isEqualTo("idempotency-key.reused");
        assertThat(count("select count(*) from work_case where title = '重放测试：另一份'"))
                .isZero();
    }

    @Test
    void differentUsersMayUseTheSameKey() {
        String key = UUID.randomUUID().toString();
        String body = report("重放测试：两位网格员");
        var one = postJson(Api.as(port, "taoyuan.grid1"), "/api/v1/cases", body, key);
        var two = postJson(Api.as(port, "taoyuan.community"), "/api/v1/cases", body, key);

        assertThat(one.statusCode()).isEqualTo(201);
        assertThat(two.statusCode()).isEqualTo(201);
        assertThat(two.headers().firstValue("Idempotent-Replayed")).contains("false");
        assertThat(count("select count(*) from work_case where title = '重放测试：两位网格员'"))
                .isEqualTo(2);
    }

    @Test
    void aRefusedWriteLeavesItsKeyFreeForTheCorrectedRetry() {
        Api worker = Api.as(port, "taoyuan.grid1");
        String key = UUID.randomUUID().toString();
        var refused = postJson(worker, "/api/v1/cases", json("type", "PROBLEM", "gridCode", GRID1), key);
        var corrected = postJson(worker, "/api/v1/cases", report("重放测试：更正后"), key);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(corrected.statusCode()).isEqualTo(201);
        assertThat(corrected.headers().firstValue("Idempotent-Replayed")).contains("false");
    }

    @Test
    void anAnswerIsKeptForAWeekAndThenForgotten() {
        Api worker = Api.as(port, "taoyuan.grid1");
        long person = firstLedgerEntry(worker).path("personId").asLong();
        String key = UUID.randomUUID().toString();
        postJson(worker, "/api/v1/visits", json("personId", person, "content", "重放测试：上周的走访"), key);
        jdbc.sql("update idempotent_request set created_at = created_at - interval '7 days 1 minute' where key = :key")
                .param("key", key)
                .update();

        var later = postJson(worker, "/api/v1/visits", json("personId", person, "content", "重放测试：本周的走访"), key);

        assertThat(later.statusCode()).isEqualTo(201);
        assertThat(later.headers().firstValue("Idempotent-Replayed")).contains("false");
        assertThat(count("select count(*) from visit where content = '重放测试：本周的走访'"))
                .isEqualTo(1);
    }

    @Test
    void theVisitorUndoesAVisitWithinAMinuteAndItsDueDateComesBack() {
        Api worker = Api.as(port, "taoyuan.grid1");
        JsonNode entry = firstLedgerEntry(worker);
        var visit = worker.post(
                "/api/v1/visits",
                json(
                        "personId",
                        entry.path("personId").asLong(),
                        "ledgerEntryId",
                        entry.path("id").asLong(),
                        "content",
                        "撤销测试"));
        assertThat(visit.status()).isEqualTo(201);

        var undone = worker.send(
                "DELETE", "/api/v1/visits/" + visit.json().path("id").asLong(), null, null, null);

        assertThat(undone.status()).isEqualTo(204);
        assertThat(count("select count(*) from visit where id = "
                        + visit.json().path("id").asLong()))
                .isZero();
        JsonNode after =
                worker.get("/api/v1/ledgers/" + entry.path("id").asLong()).json();
        assertThat(after.path("nextVisitDue")).isEqualTo(entry.path("nextVisitDue"));
        assertThat(after.path("lastVisitAt")).isEqualTo(entry.path("lastVisitAt"));
        assertThat(count("select count(*) from audit_log where action = 'VISIT_UNDONE' and target_id = '"
                        + visit.json().path("id").asLong() + "'"))
                .isEqualTo(1);
    }

    @Test
    void aVisitIsNotUndoneAfterAMinuteNorByAnotherWorker() {
        Api worker = Api.as(port, "taoyuan.grid1");
        long person = firstLedgerEntry(worker).path("personId").asLong();
        long id = worker.post("/api/v1/visits", json("personId", person, "content", "撤销测试：超时"))
                .json()
                .path("id")
                .asLong();

        var byCommunity = Api.as(port, "taoyuan.community").send("DELETE", "/api/v1/visits/" + id, null, null, null);
        jdbc.sql("update visit set created_at = created_at - interval '61 seconds' where id = :id")
                .param("id", id)
                .update();
        var late = worker.send("DELETE", "/api/v1/visits/" + id, null, null, null);

        assertThat(byCommunity.status()).isEqualTo(403);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().path("rule").asString()).isEqualTo("visit.undo-window");
        assertThat(count("select count(*) from visit where id = " + id)).isEqualTo(1);
    }

    private long filedAndDispatched() {
        long id = created(Api.as(port, "resident.zhang"), "重放测试：接单");
        Api community = Api.as(port, "taoyuan.community");
        Api.act(community, id, "action", "FILE");
        Api.act(community, id, "action", "DISPATCH", "assignee", "taoyuan.grid1");
        return id;
    }

    private long created(Api reporter, String title) {
        var created = reporter.post("/api/v1/cases", report(title));
        assertThat(created.status()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private static JsonNode firstLedgerEntry(Api worker) {
        return worker.get("/api/v1/ledgers?size=1").json().path("items").get(0);
    }

    private static String report(String title) {
        return json(
                "type",
                "PROBLEM",
                "category",
                "EVENT.GAS_HAZARD",
                "gridCode",
                GRID1,
                "title",
                title,
                "description",
                "楼道有明显燃气味，请尽快处理");
    }

    private static HttpResponse<byte[]> postJson(Api api, String path, String body, String key) {
        return api.exchange(
                "POST", path, "application/json", body.getBytes(StandardCharsets.UTF_8), "Idempotency-Key", key);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static byte[] multipart(String boundary, String filename, byte[] content) {
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
