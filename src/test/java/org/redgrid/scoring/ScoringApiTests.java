package org.redgrid.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A round of the scoring engine through the real API: scheme, self, peer, final, close, results. */
@IntegrationTest
class ScoringApiTests {

    static final String COMMUNITY = "150105004015";
    static final String GRID1 = "150105004015001";
    static final String GRID2 = "150105004015002";

    @LocalServerPort
    int port;

    @Autowired
    Scoring scoring;

    Api department() {
        return Api.as(port, "saihan.admin");
    }

    static Map<String, Object> item(String code, String name, int max, boolean evidence) {
        return Map.of("code", code, "name", name, "max", max, "evidenceRequired", evidence);
    }

    /** A scheme of three base items (60 points), two bonus items capped at 40, five stars at 90. */
    JsonNode scheme(String key, Object... extra) {
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("key", key);
        body.put("name", "网格考评 " + key);
        body.put(
                "items",
                List.of(item("A", "组织机构", 20, true), item("B", "管理制度", 20, false), item("C", "培训场所", 20, false)));
        body.put("bonuses", List.of(item("X", "品牌课程", 30, false), item("Y", "精品线路", 30, false)));
        body.put("bonusCap", 40);
        body.put(
                "thresholds",
                List.of(
                        Map.of("level", "五星级", "min", 90),
                        Map.of("level", "四星级", "min", 80),
                        Map.of("level", "三星级", "min", 60)));
        body.put("shares", Map.of("bottom", 0.1));
        for (int i = 0; i < extra.length; i += 2) body.put((String) extra[i], extra[i + 1]);
        var response = department()
                .post(
                        "/api/v1/scoring/schemes",
                        Api.json(body.entrySet().stream()
                                .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
                                .toArray()));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    static Map<String, Object> unit(String code, String name, String unitClass, String account, String area) {
        var unit = new java.util.LinkedHashMap<String, Object>();
        unit.put("unit", code);
        unit.put("name", name);
        unit.put("class", unitClass);
        if (account != null) unit.put("account", account);
        if (area != null) unit.put("area", area);
        return unit;
    }

    long round(long scheme, Map<String, List<String>> reviewers) {
        var response = department()
                .post(
                        "/api/v1/scoring/rounds",
                        Api.json(
                                "scheme", scheme,
                                "assessed",
                                        List.of(
                                                unit("taoyuan", "桃园社区", "社区", "taoyuan.community", COMMUNITY),
                                                unit("grid1", "桃园社区第一网格", "网格", "taoyuan.grid1", GRID1),
                                                unit("grid2", "桃园社区第二网格", "网格", "taoyuan.grid2", GRID2)),
                                "reviewers", reviewers));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asLong();
    }

    static String sheet(Object... codesAndPoints) {
        var items = new java.util.LinkedHashMap<String, Object>();
        for (int i = 0; i < codesAndPoints.length; i += 2) {
            items.put(
                    (String) codesAndPoints[i],
                    Map.of("points", codesAndPoints[i + 1], "evidence", "会议纪要.pdf", "reason", "现场核查属实"));
        }
        return Api.json("items", items);
    }

    @Test
    void aRoundRunsFromSelfThroughPeerAndFinalToRankedResults() {
        long scheme = scheme("api-e2e-" + System.nanoTime()).path("id").asLong();
        long id = round(scheme, Map.of("dxdl.street", List.of("taoyuan", "grid1", "grid2")));
        String base = "/api/v1/scoring/rounds/" + id + "/assessments/";

        var self = Api.as(port, "taoyuan.community")
                .put(base + "taoyuan/self", sheet("A", 20, "B", 20, "C", 15, "X", 30, "Y", 20));
        assertThat(self.status()).as(self.body()).isEqualTo(200);
        assertThat(self.json().path("score").decimalValue()).isEqualByComparingTo("95");
        assertThat(Api.as(port, "taoyuan.grid1")
                        .put(base + "grid1/self", sheet("A", 10, "B", 10))
                        .status())
                .isEqualTo(200);
        assertThat(Api.as(port, "taoyuan.grid2")
                        .put(base + "grid2/self", sheet("A", 18, "B", 18, "C", 18))
                        .status())
                .isEqualTo(200);

        var peer = Api.as(port, "dxdl.street").put(base + "taoyuan/peer", sheet("C", 10));
        assertThat(peer.status()).as(peer.body()).isEqualTo(200);
        assertThat(peer.json().path("score").decimalValue()).isEqualByComparingTo("90");
        var late = Api.as(port, "taoyuan.community").put(base + "taoyuan/self", sheet("C", 20));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().path("rule").asString()).isEqualTo("stage.closed");

        var fin = department().put(base + "taoyuan/final", sheet("C", 10));
        assertThat(fin.status()).as(fin.body()).isEqualTo(200);
        assertThat(fin.json().path("changes").size()).isGreaterThanOrEqualTo(7);

        var closed = department().post("/api/v1/scoring/rounds/" + id + "/close", "");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        var results = Api.as(port, "taoyuan.grid1").get("/api/v1/scoring/rounds/" + id + "/results");
        assertThat(results.status()).isEqualTo(200);
        JsonNode rows = results.json();
        assertThat(rows.size()).isEqualTo(3);
        JsonNode community = find(rows, "taoyuan");
        assertThat(community.path("score").decimalValue()).isEqualByComparingTo("90");
        assertThat(community.path("level").asString()).isEqualTo("五星级");
        assertThat(community.path("class").asString()).isEqualTo("社区");
        assertThat(community.path("rank").asInt()).isEqualTo(1);
        JsonNode grid1 = find(rows, "grid1");
        assertThat(grid1.path("rank").asInt()).isEqualTo(2);
        assertThat(grid1.path("flag").asString()).isEqualTo("BOTTOM");
        assertThat(grid1.has("flag")).isTrue();
        assertThat(find(rows, "grid2").path("flag").isNull()).isTrue();

        var again = department().put(base + "grid2/final", sheet("A", 1));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("rule").asString()).isEqualTo("round.closed");

        var export = department().get("/api/v1/scoring/rounds/" + id + "/results.xlsx");
        assertThat(export.status()).isEqualTo(200);
        assertThat(new String(export.bytes(), 0, 2)).isEqualTo("PK");

        var talk = department()
                .post(
                        "/api/v1/scoring/rounds/" + id + "/talks/grid1",
                        Api.json("heldOn", "2026-12-20", "note", "约谈网格长，制定整改清单"));
        assertThat(talk.status()).as(talk.body()).isEqualTo(201);
        var notFlagged = department()
                .post("/api/v1/scoring/rounds/" + id + "/talks/taoyuan", Api.json("heldOn", "2026-12-20", "note", "无"));
        assertThat(notFlagged.status()).isEqualTo(409);
    }

    static JsonNode find(JsonNode rows, String unit) {
        for (JsonNode row : rows) if (row.path("unit").asString().equals(unit)) return row;
        throw new AssertionError("no row of " + unit + " in " + rows);
    }

    @Test
    void aReviewerIsNeverAssignedItsOwnUnit() {
        long scheme = scheme("api-conflict-" + System.nanoTime()).path("id").asLong();
        var response = department()
                .inLanguage("en")
                .post(
                        "/api/v1/scoring/rounds",
                        Api.json(
                                "scheme", scheme,
                                "assessed", List.of(unit("grid1", "第一网格", "网格", "taoyuan.grid1", GRID1)),
                                "reviewers", Map.of("taoyuan.grid1", List.of("grid1"))));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("field").asString()).isEqualTo("reviewers");
        assertThat(response.json().path("rule").asString()).isEqualTo("conflict-of-interest");
        assertThat(response.body()).contains("conflict of interest");
    }

    @Test
    void underTheOwnClassRuleAReviewerScoresNoCompetitorOfItsClass() {
        long scheme = scheme("api-own-class-" + System.nanoTime(), "conflict", "OWN_CLASS")
                .path("id")
                .asLong();
        var response = department()
                .post(
                        "/api/v1/scoring/rounds",
                        Api.json(
                                "scheme", scheme,
                                "assessed",
                                        List.of(
                                                unit("grid1", "第一网格", "网格", "taoyuan.grid1", GRID1),
                                                unit("grid2", "第二网格", "网格", "taoyuan.grid2", GRID2)),
                                "reviewers", Map.of("taoyuan.grid1", List.of("grid2"))));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("rule").asString()).isEqualTo("conflict-of-interest");
    }

    @Test
    void onlyTheAssignedReviewerScoresPeerAndOnlyTheBoundLoginScoresSelf() {
        long scheme = scheme("api-who-" + System.nanoTime()).path("id").asLong();
        long id = round(scheme, Map.of("dxdl.street", List.of("grid1")));
        String base = "/api/v1/scoring/rounds/" + id + "/assessments/";
        assertThat(Api.as(port, "taoyuan.grid2")
                        .put(base + "grid1/self", sheet("B", 10))
                        .status())
                .isEqualTo(404);
        assertThat(Api.as(port, "taoyuan.grid1")
                        .put(base + "grid1/peer", sheet("B", 10))
                        .status())
                .isEqualTo(403);
        assertThat(Api.as(port, "dxdl.street")
                        .put(base + "grid2/peer", sheet("B", 10))
                        .status())
                .isEqualTo(404);
        assertThat(Api.as(port, "resident.zhang")
                        .get("/api/v1/scoring/rounds/" + id)
                        .status())
                .isEqualTo(404);
        var early = department().put(base + "grid1/final", sheet("B", 10));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().path("rule").asString()).isEqualTo("stage.peer-pending");
    }

    @Test
    void badPointsAndMissingEvidenceOrReasonAreRefusedAndChangeNothing() {
        long scheme = scheme("api-bad-" + System.nanoTime()).path("id").asLong();
        long id = round(scheme, Map.of());
        String base = "/api/v1/scoring/rounds/" + id + "/assessments/grid1/";
        var grid1 = Api.as(port, "taoyuan.grid1");
        var over = grid1.put(base + "self", sheet("B", 10, "C", 21));
        assertThat(over.status()).isEqualTo(400);
        assertThat(over.json().path("field").asString()).isEqualTo("items.C.points");
        assertThat(over.json().path("rule").asString()).isEqualTo("points.range");
        var noEvidence = grid1.put(base + "self", Api.json("items", Map.of("A", Map.of("points", 5))));
        assertThat(noEvidence.json().path("rule").asString()).isEqualTo("evidence.required");
        assertThat(grid1.get("/api/v1/scoring/rounds/" + id + "/assessments/grid1")
                        .json()
                        .path("changes")
                        .size())
                .isZero();
        var noReason = department().put(base + "final", Api.json("items", Map.of("A", Map.of("points", 5))));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("rule").asString()).isEqualTo("reason.required");
        assertThat(grid1.get("/api/v1/scoring/rounds/" + id + "/results").status())
                .isEqualTo(409);
    }

    @Test
    void aRunningRoundKeepsItsSchemeVersion() {
        String key = "api-version-" + System.nanoTime();
        JsonNode first = scheme(key);
        long id = round(first.path("id").asLong(), Map.of());
        JsonNode second = scheme(key, "bonusCap", 30);
        assertThat(first.path("version").asInt()).isEqualTo(1);
        assertThat(second.path("version").asInt()).isEqualTo(2);
        var round = department().get("/api/v1/scoring/rounds/" + id).json();
        assertThat(round.path("schemeVersion").asInt()).isEqualTo(1);
        var self = Api.as(port, "taoyuan.grid1")
                .put("/api/v1/scoring/rounds/" + id + "/assessments/grid1/self", sheet("X", 30, "Y", 30));
        assertThat(self.json().path("score").decimalValue()).isEqualByComparingTo("40");
        var now = department()
                .post(
                        "/api/v1/scoring/rounds",
                        Api.json(
                                "scheme",
                                second.path("id").asLong(),
                                "assessed",
                                List.of(unit("grid1", "第一网格", "网格", "taoyuan.grid1", GRID1))));
        var later = Api.as(port, "taoyuan.grid1")
                .put(
                        "/api/v1/scoring/rounds/" + now.json().path("id").asLong() + "/assessments/grid1/self",
                        sheet("X", 30, "Y", 30));
        assertThat(later.json().path("score").decimalValue()).isEqualByComparingTo("30");
    }

    @Test
    void componentWeightsMustAddUpToAHundred() {
        var response = department()
                .post(
                        "/api/v1/scoring/schemes",
                        Api.json(
                                "key",
                                "api-weights-" + System.nanoTime(),
                                "name",
                                "四位一体",
                                "items",
                                List.of(Map.of("code", "P", "name", "绩效", "max", 10, "component", "perf")),
                                "components",
                                List.of(Map.of("code", "perf", "name", "绩效考核", "weight", 40))));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("field").asString()).isEqualTo("components.weight");
        assertThat(response.json().path("rule").asString()).isEqualTo("weights.sum");
    }

    @Test
    void aMeasuredItemShowsItsSourceAndIsFrozenWhenTheSelfStageCloses() {
        long scheme = scheme(
                        "api-fact-" + System.nanoTime(),
                        "items",
                        List.of(
                                item("A", "组织机构", 20, true),
                                Map.of("code", "S", "name", "群众满意率", "max", 40, "fact", "casework.satisfactionRate")))
                .path("id")
                .asLong();
        long id = round(scheme, Map.of("dxdl.street", List.of("grid1")));
        String base = "/api/v1/scoring/rounds/" + id + "/assessments/grid1";
        JsonNode before = Api.as(port, "taoyuan.grid1").get(base).json();
        JsonNode line = before.path("items").get(1);
        assertThat(line.path("code").asString()).isEqualTo("S");
        assertThat(line.path("factSource").asString()).isNotBlank();
        assertThat(line.path("factFrozen").asBoolean()).isFalse();
        var typed = Api.as(port, "taoyuan.grid1").put(base + "/self", sheet("S", 40));
        assertThat(typed.json().path("rule").asString()).isEqualTo("item.measured");
        assertThat(Api.as(port, "dxdl.street")
                        .put(base + "/peer", sheet("A", 15))
                        .status())
                .isEqualTo(200);
        JsonNode after =
                Api.as(port, "taoyuan.grid1").get(base).json().path("items").get(1);
        assertThat(after.path("factFrozen").asBoolean()).isTrue();
        assertThat(after.path("factSource").asString())
                .isEqualTo(line.path("factSource").asString());
    }

    @Test
    void remindersGoOnceToWhoeverStillHasAStageDue() {
        long scheme = scheme("api-remind-" + System.nanoTime()).path("id").asLong();
        var today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        var response = department()
                .post(
                        "/api/v1/scoring/rounds",
                        Api.json(
                                "scheme", scheme,
                                "assessed", List.of(unit("grid2", "第二网格", "网格", "taoyuan.grid2", GRID2)),
                                "deadlines",
                                        Map.of(
                                                "SELF",
                                                today.toString(),
                                                "PEER",
                                                today.plusDays(10).toString(),
                                                "FINAL",
                                                today.plusDays(20).toString())));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        var grid2 = Api.as(port, "taoyuan.grid2");
        long before = grid2.get("/api/v1/inbox").json().path("total").asLong();
        org.redgrid.shared.CurrentActor.runAsSystem(scoring::remindDue);
        org.redgrid.shared.CurrentActor.runAsSystem(scoring::remindDue);
        assertThat(grid2.get("/api/v1/inbox").json().path("total").asLong()).isEqualTo(before + 1);
    }

    @Test
    void unitsGivenByTheirPlaceCodeAreBoundToTheStaffOfThatPlaceAndReviewersMayBeGivenPerUnit() {
        String grid = "150105003002001";
        String community = "150105003002";
        var created = department()
                .post(
                        "/api/v1/users",
                        Api.json(
                                "username", "scoring.changle",
                                "displayName", "长乐宫网格员",
                                "password", "Scoring#Pass2026",
                                "roles", List.of("GRID_WORKER"),
                                "scope", grid));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long scheme = scheme("api-places-" + System.nanoTime()).path("id").asLong();
        var response = department()
                .post(
                        "/api/v1/scoring/rounds",
                        Api.json(
                                "scheme",
                                scheme,
                                "assessed",
                                List.of(grid, community),
                                "reviewers",
                                Map.of(grid, List.of("dxdl.street"))));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        String base = "/api/v1/scoring/rounds/" + response.json().path("id").asLong() + "/assessments/";
        var worker = Api.as(port, "scoring.changle", "Scoring#Pass2026");
        assertThat(worker.put(base + grid + "/self", sheet("B", 12)).status()).isEqualTo(200);
        assertThat(department().put(base + grid + "/self", sheet("B", 12)).status())
                .isEqualTo(403);
        assertThat(department().put(base + community + "/self", sheet("B", 10)).status())
                .isEqualTo(200);
        assertThat(Api.as(port, "dxdl.street")
                        .put(base + grid + "/peer", sheet("B", 11))
                        .status())
                .isEqualTo(200);
        assertThat(Api.as(port, "dxdl.street")
                        .put(base + community + "/peer", sheet("B", 11))
                        .status())
                .isEqualTo(404);
    }
}
