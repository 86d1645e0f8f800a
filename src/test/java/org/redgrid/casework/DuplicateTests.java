package org.redgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.act;
import static org.redgrid.support.Api.json;

import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class DuplicateTests {

    @LocalServerPort
    int port;

    long reportAt(Api api, double lat, double lng, String category) {
        var created = api.post(
                "/api/v1/cases",
                json(
                        "type",
                        "PROBLEM",
                        "category",
                        category,
                        "lat",
                        lat,
                        "lng",
                        lng,
                        "title",
                        "井盖缺失",
                        "description",
                        "人行道井盖丢失，有安全隐患"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    @Test
    void aNearbyReportOfTheSameCategoryIsOfferedLinkedAndAnsweredWithItsMaster() {
        JsonNode grid = Api.as(port, "region.admin")
                .get("/api/v1/grids/150105004015001")
                .json();
        double lat = grid.path("centreLat").asDouble() + 0.0011;
        double lng = grid.path("centreLng").asDouble() + 0.0011;
        var community = Api.as(port, "taoyuan.community");
        var resident = Api.as(port, "resident.zhang");
        long master = reportAt(community, lat, lng, "PART.STREET_LIGHT");
        long duplicate = reportAt(resident, lat + 0.0002, lng, "PART.STREET_LIGHT");
        long farAway = reportAt(community, lat + 0.01, lng, "PART.STREET_LIGHT");
        long otherCategory = reportAt(community, lat, lng, "PART.ROAD_DAMAGE");

        var offered = community
                .get("/api/v1/cases/" + duplicate + "/duplicates")
                .json()
                .findValuesAsString("number");
        assertThat(offered)
                .contains(numberOf(community, master))
                .doesNotContain(numberOf(community, farAway), numberOf(community, otherCategory));

        var fromAbove =
                Api.as(port, "dxdl.street").post("/api/v1/cases/" + duplicate + "/link", json("master", master));
        assertThat(fromAbove.status()).isEqualTo(403);
        var linked = community.post("/api/v1/cases/" + duplicate + "/link", json("master", master));
        assertThat(linked.status()).isEqualTo(200);
        assertThat(community
                        .post("/api/v1/cases/" + duplicate + "/link", json("master", master))
                        .status())
                .isEqualTo(409);
        assertThat(resident.post("/api/v1/cases/" + farAway + "/link", json("master", master))
                        .status())
                .isIn(403, 404);

        act(community, master, "action", "FILE");
        act(community, master, "action", "DISPATCH", "assignee", "taoyuan.grid1");
        var worker = Api.as(port, "taoyuan.grid1");
        act(worker, master, "action", "ACCEPT");
        act(worker, master, "action", "REPORT_BACK", "note", "已处理");
        act(community, master, "action", "VERIFY_PASS");
        act(community, master, "action", "CLOSE");

        JsonNode answered = resident.get("/api/v1/cases/" + duplicate).json();
        assertThat(answered.path("status").asString()).isEqualTo("CLOSED");
        var events = resident.get("/api/v1/cases/" + duplicate + "/events").json();
        assertThat(events.findValuesAsString("action")).containsSubsequence("LINK", "CLOSE");
        assertThat(events.get(events.size() - 1).path("actor").asString()).isEqualTo("system");
        act(resident, duplicate, "action", "RATE", "resolved", true, "satisfaction", "SATISFIED");
    }

    static String numberOf(Api api, long id) {
        return api.get("/api/v1/cases/" + id).json().path("number").asString();
    }
}
