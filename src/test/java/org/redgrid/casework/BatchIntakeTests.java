package org.redgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/cases/batch}: a channel feed files many cases at once and gets one answer per
 * item; a refused item writes nothing and blocks none of the others; keys are shared with the single
 * intake; only staff, departments and channel accounts file in bulk, and only inside their scope.
 */
@IntegrationTest
class BatchIntakeTests {

    static final String GRID1 = "150105004015001";
    static final String GRID2 = "150105004015002";
    static final String OTHER_COUNTY_GRID = "152224102217001";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    static Map<String, Object> item(String key, String grid, Object... extra) {
        Map<String, Object> item = new LinkedHashMap<>();
        if (key != null) item.put("idempotencyKey", key);
        item.put("type", "PROBLEM");
        item.put("category", "EVENT.PARKING");
        item.put("gridCode", grid);
        item.put("title", "12345 来电");
        item.put("description", "市民来电反映小区门口乱停车");
        item.put("source", "HOTLINE_12345");
        for (int i = 0; i < extra.length; i += 2) {
            if (extra[i + 1] == null) item.remove((String) extra[i]);
            else item.put((String) extra[i], extra[i + 1]);
        }
        return item;
    }

    static String key() {
        return "hotline-" + UUID.randomUUID();
    }

    static Api.Response batch(Api api, List<?> items) {
        return api.post("/api/v1/cases/batch", json("items", items));
    }

    long casesWithKey(String key) {
        return jdbc.sql("select count(*) from work_case where idempotency_key = :key")
                .param("key", key)
                .query(Long.class)
                .single();
    }

    @Test
    void aMixedBatchAnswersEveryItemAndTheRefusedOnesWriteNothing() {
        var street = Api.as(port, "dxdl.street");
        List<String> keys = List.of(key(), key(), key(), key(), key());
        var response = batch(
                street,
                List.of(
                        item(keys.get(0), GRID1),
                        item(keys.get(1), GRID2, "title", null),
                        item(keys.get(2), GRID1, "urgency", "SOMEDAY"),
                        item(keys.get(3), OTHER_COUNTY_GRID),
                        item(keys.get(4), GRID2, "urgency", "URGENT")));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.path("created").asInt()).isEqualTo(2);
        assertThat(body.path("refused").asInt()).isEqualTo(3);
        JsonNode items = body.path("items");
        assertThat(items.size()).isEqualTo(5);
        for (int index = 0; index < 5; index++)
            assertThat(items.get(index).path("index").asInt()).isEqualTo(index);

        JsonNode first = items.get(0);
        assertThat(first.path("status").asInt()).isEqualTo(201);
        assertThat(first.path("replayed").asBoolean()).isFalse();
        assertThat(first.path("location").asString())
                .isEqualTo("/api/v1/cases/" + first.path("id").asLong());
        JsonNode stored = street.get(first.path("location").asString()).json();
        assertThat(stored.path("number").asString())
                .isEqualTo(first.path("number").asString());
        assertThat(stored.path("source").asString()).isEqualTo("HOTLINE_12345");
        assertThat(stored.path("status").asString()).isEqualTo("INTAKE");

        assertProblem(items.get(1), 400, "title", "required");
        assertProblem(items.get(2), 400, "urgency", "json.type");
        assertProblem(items.get(3), 403, "gridCode", "grid.in-scope");
        assertThat(items.get(4).path("status").asInt()).isEqualTo(201);

        assertThat(casesWithKey(keys.get(0))).isEqualTo(1);
        assertThat(casesWithKey(keys.get(1))).isZero();
        assertThat(casesWithKey(keys.get(2))).isZero();
        assertThat(casesWithKey(keys.get(3))).isZero();
        assertThat(casesWithKey(keys.get(4))).isEqualTo(1);
    }

    static void assertProblem(JsonNode answer, int status, String field, String rule) {
        assertThat(answer.path("status").asInt()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.has("id")).isFalse();
        JsonNode problem = answer.path("problem");
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("index").asInt()).isEqualTo(answer.path("index").asInt());
        assertThat(problem.path("field").asString()).isEqualTo(field);
        assertThat(problem.path("rule").asString()).isEqualTo(rule);
        assertThat(problem.path("type").asString()).startsWith("https://redgrid.org/problems/");
        assertThat(problem.path("detail").asString()).isNotBlank();
    }

    @Test
    void everyCaseTakenInABatchHasItsCreateEventAndItsAuditEntry() {
        var street = Api.as(port, "dxdl.street");
        JsonNode items = batch(street, List.of(item(key(), GRID1), item(key(), GRID2)))
                .json()
                .path("items");
        for (JsonNode taken : items) {
            long id = taken.path("id").asLong();
            assertThat(jdbc.sql("select count(*) from case_event where case_id = :id and action = 'CREATE'")
                            .param("id", id)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from audit_log where action = 'CASE_CREATED' and target_id = :n")
                            .param("n", taken.path("number").asString())
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        }
    }

    @Test
    void aKeyIsOneCaseAcrossBatchesSingleIntakesAndWithinOneBatch() {
        var street = Api.as(port, "dxdl.street");
        String single = key();
        String alone = json(
                "type",
                "PROBLEM",
                "category",
                "EVENT.PARKING",
                "gridCode",
                GRID1,
                "title",
                "单件",
                "description",
                "单件登记");
        var filedAlone = street.post("/api/v1/cases", alone, "Idempotency-Key", single);
        assertThat(filedAlone.status()).as(filedAlone.body()).isEqualTo(201);
        long aloneId = filedAlone.json().path("id").asLong();

        String twice = key();
        List<Map<String, Object>> items = List.of(item(single, GRID1), item(twice, GRID1), item(twice, GRID2));
        JsonNode first = batch(street, items).json();
        assertThat(first.path("created").asInt()).isEqualTo(1);
        assertThat(first.path("replayed").asInt()).isEqualTo(2);
        JsonNode answers = first.path("items");
        assertThat(answers.get(0).path("status").asInt()).isEqualTo(200);
        assertThat(answers.get(0).path("replayed").asBoolean()).isTrue();
        assertThat(answers.get(0).path("id").asLong()).isEqualTo(aloneId);
        assertThat(answers.get(1).path("status").asInt()).isEqualTo(201);
        assertThat(answers.get(2).path("status").asInt()).isEqualTo(200);
        assertThat(answers.get(2).path("id").asLong())
                .isEqualTo(answers.get(1).path("id").asLong());

        JsonNode again = batch(street, items).json();
        assertThat(again.path("created").asInt()).isZero();
        assertThat(again.path("replayed").asInt()).isEqualTo(3);
        assertThat(again.path("items").findValuesAsString("location"))
                .containsExactlyElementsOf(answers.findValuesAsString("location"));
        assertThat(casesWithKey(twice)).isEqualTo(1);

        var retriedAlone = street.post("/api/v1/cases", alone, "Idempotency-Key", twice);
        assertThat(retriedAlone.location())
                .isEqualTo(answers.get(1).path("location").asString());
    }

    @Test
    void aBatchHoldsOneToFiveHundredItemsEachWithItsOwnKey() {
        var street = Api.as(port, "dxdl.street");
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 501; i++) tooMany.add(item(key(), GRID1));
        var over = batch(street, tooMany);
        assertThat(over.status()).as(over.body()).isEqualTo(400);
        assertThat(over.json().path("field").asString()).isEqualTo("items");
        assertThat(over.json().path("rule").asString()).isEqualTo("items.size");
        for (Map<String, Object> item : tooMany)
            assertThat(casesWithKey((String) item.get("idempotencyKey"))).isZero();

        var none = batch(street, List.of());
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().path("field").asString()).isEqualTo("items");
        var missing = street.post("/api/v1/cases/batch", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("field").asString()).isEqualTo("items");

        JsonNode withoutKey =
                batch(street, List.of(item(null, GRID1))).json().path("items").get(0);
        assertProblem(withoutKey, 400, "idempotencyKey", "required");
        JsonNode notAnObject =
                batch(street, List.of("text")).json().path("items").get(0);
        assertThat(notAnObject.path("status").asInt()).isEqualTo(400);
    }

    @Test
    void aDepartmentFilesInsideItsScopeAndAResidentDoesNotFileInBulk() {
        var gas = Api.as(port, "gas.dept");
        String inside = key();
        JsonNode answers = batch(gas, List.of(item(inside, GRID1, "source", null), item(key(), OTHER_COUNTY_GRID)))
                .json()
                .path("items");
        assertThat(answers.get(0).path("status").asInt()).as(answers.toString()).isEqualTo(201);
        assertProblem(answers.get(1), 403, "gridCode", "grid.in-scope");
        JsonNode replay = batch(gas, List.of(item(inside, GRID1, "source", null)))
                .json()
                .path("items")
                .get(0);
        assertThat(replay.path("status").asInt()).as(replay.toString()).isEqualTo(200);
        assertThat(replay.path("id").asLong())
                .isEqualTo(answers.get(0).path("id").asLong());

        var resident = Api.as(port, "resident.zhang");
        String key = key();
        var refused = batch(resident, List.of(item(key, GRID1, "source", null)));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(casesWithKey(key)).isZero();
    }

    @Test
    void aHotlineItemFromAGridWorkerIsRefusedAsTheSingleIntakeRefusesIt() {
        var grid1 = Api.as(port, "taoyuan.grid1").inLanguage("en");
        JsonNode answer =
                batch(grid1, List.of(item(key(), GRID1))).json().path("items").get(0);
        assertProblem(answer, 400, "source", "source.owner");
        assertThat(answer.path("problem").path("detail").asString()).contains("channel");
    }
}
