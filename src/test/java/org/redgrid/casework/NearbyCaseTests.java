package org.redgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** 附近已有的相似问题: what a resident sees near them before filing, and 我也遇到 instead of a duplicate. */
@IntegrationTest
class NearbyCaseTests {

    @LocalServerPort
    int port;

    /** A place of its own, kilometres from the points other tests report at, so only these cases are near. */
    private double[] place(double north) {
        JsonNode grid = Api.as(port, "region.admin")
                .get("/api/v1/grids/150105004015002")
                .json();
        return new double[] {
            grid.path("centreLat").asDouble() + north, grid.path("centreLng").asDouble() - 0.03
        };
    }

    private long reportAt(Api api, double lat, double lng, String category, String title) {
        var created = api.post(
                "/api/v1/cases",
                json(
                        "type",
                        "PROBLEM",
                        "category",
                        category,
                        "gridCode",
                        "150105004015001",
                        "lat",
                        lat,
                        "lng",
                        lng,
                        "title",
                        title,
                        "description",
                        "手机号 13800000000 张师傅家门口"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private static List<Long> ids(Api.Response answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().valueStream().map(c -> c.path("id").asLong()).toList();
    }

    @Test
    void openPublicCasesOfTheCategoryNearbyAreListedWithPublicFieldsOnlyAndNeverASensitiveOne() {
        double[] p = place(0.031);
        var community = Api.as(port, "taoyuan.community");
        var resident = Api.as(port, "resident.zhang");
        long near = reportAt(community, p[0] + 0.0005, p[1], "PART.STREET_LIGHT", "路灯不亮");
        long far = reportAt(community, p[0] + 0.01, p[1], "PART.STREET_LIGHT", "远处路灯不亮");
        long otherCategory = reportAt(community, p[0], p[1], "PART.ROAD_DAMAGE", "路面破损");
        long sensitive = reportAt(community, p[0], p[1], "EVENT.NEIGHBOUR_DISPUTE", "邻里纠纷");

        var answer = resident.get("/api/v1/cases/nearby?lat=" + p[0] + "&lng=" + p[1] + "&category=PART.STREET_LIGHT");
        assertThat(ids(answer)).contains(near).doesNotContain(far, otherCategory, sensitive);
        JsonNode first = answer.json().get(0);
        assertThat(first.path("title").asString()).isEqualTo("路灯不亮");
        assertThat(first.path("distanceMetres").asInt()).isBetween(40, 70);
        assertThat(answer.body())
                .doesNotContain("taoyuan.community", "13800000000", "reporter", "assignee", "description", "phone");

        var anyCategory = resident.get("/api/v1/cases/nearby?lat=" + p[0] + "&lng=" + p[1]);
        assertThat(ids(anyCategory)).contains(near, otherCategory).doesNotContain(sensitive);
        var askedForIt =
                resident.get("/api/v1/cases/nearby?lat=" + p[0] + "&lng=" + p[1] + "&category=EVENT.NEIGHBOUR_DISPUTE");
        assertThat(ids(askedForIt)).isEmpty();
        assertThat(resident.post("/api/v1/cases/" + sensitive + "/support", "{}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aClosedOrWithdrawnCaseIsNoLongerListed() {
        double[] p = place(0.041);
        var resident = Api.as(port, "resident.zhang");
        long mine = reportAt(resident, p[0], p[1], "PART.DRAINAGE", "下水道堵塞");
        String path = "/api/v1/cases/nearby?lat=" + p[0] + "&lng=" + p[1] + "&category=PART.DRAINAGE";
        assertThat(ids(resident.get(path))).contains(mine);

        assertThat(resident.post("/api/v1/cases/" + mine + "/withdraw", "{}").status())
                .isEqualTo(200);

        assertThat(ids(resident.get(path))).doesNotContain(mine);
    }

    @Test
    void aResidentSupportsANearbyCaseOnceInsteadOfFilingADuplicate() {
        double[] p = place(0.051);
        long id = reportAt(Api.as(port, "taoyuan.community"), p[0], p[1], "PART.WATER_SUPPLY", "停水三天");
        var resident = Api.as(port, "resident.zhang");

        var first = resident.post("/api/v1/cases/" + id + "/support", "{}");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().path("supporters").asInt()).isEqualTo(1);
        assertThat(resident.post("/api/v1/cases/" + id + "/support", "{}")
                        .json()
                        .path("supporters")
                        .asInt())
                .isEqualTo(1);
        assertThat(Api.as(port, "dongquan.villager")
                        .post("/api/v1/cases/" + id + "/support", "{}")
                        .json()
                        .path("supporters")
                        .asInt())
                .isEqualTo(2);

        JsonNode listed = resident.get(
                        "/api/v1/cases/nearby?lat=" + p[0] + "&lng=" + p[1] + "&category=PART.WATER_SUPPLY")
                .json()
                .get(0);
        assertThat(listed.path("id").asLong()).isEqualTo(id);
        assertThat(listed.path("supporters").asInt()).isEqualTo(2);
        assertThat(listed.path("supportedByMe").asBoolean()).isTrue();
    }

    @Test
    void missingOrOffTheGlobeCoordinatesAndATooWideRadiusAreRefusedNamingTheField() {
        var resident = Api.as(port, "resident.zhang");

        assertThat(problemField(resident.get("/api/v1/cases/nearby?lng=111.7"))).isEqualTo("lat");
        assertThat(problemField(resident.get("/api/v1/cases/nearby?lat=40.8"))).isEqualTo("lng");
        assertThat(problemField(resident.get("/api/v1/cases/nearby?lat=91&lng=111.7")))
                .isEqualTo("lat");
        assertThat(problemField(resident.get("/api/v1/cases/nearby?lat=NaN&lng=111.7")))
                .isEqualTo("lat");
        assertThat(problemField(resident.get("/api/v1/cases/nearby?lat=40.8&lng=181")))
                .isEqualTo("lng");
        assertThat(problemField(resident.get("/api/v1/cases/nearby?lat=40.8&lng=111.7&radius=50000")))
                .isEqualTo("radius");
        var english = resident.inLanguage("en").get("/api/v1/cases/nearby?lat=40.8&lng=111.7&radius=0");
        assertThat(english.json().path("detail").asString()).contains("radius must lie between");
    }

    private static String problemField(Api.Response answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        return answer.json().path("field").asString();
    }
}
