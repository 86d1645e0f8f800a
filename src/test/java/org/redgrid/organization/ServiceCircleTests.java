package org.redgrid.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ServiceCircleTests {

    /** A point on 大学东街 in 桃园社区. */
    private static final String TAOYUAN = "lat=40.8080&lng=111.7140";

    @LocalServerPort
    int port;

    @Test
    void aResidentSeesTheNearestServicePlacesNearestFirstWithWalkingDistanceAndOpenNow() {
        var response = Api.as(port, "resident.zhang").get("/api/v1/service-places/nearest?" + TAOYUAN + "&limit=4");
        assertThat(response.status()).isEqualTo(200);
        List<Long> distances = new ArrayList<>();
        for (JsonNode place : response.json()) {
            assertThat(place.has("id")).isTrue();
            assertThat(place.has("kind")).isTrue();
            assertThat(place.path("openNow").isBoolean()).isTrue();
            distances.add(place.path("distanceMetres").asLong());
        }
        assertThat(distances).hasSize(4).isSorted();
        assertThat(response.json().get(0).path("name").asString()).isEqualTo("桃园社区便民工坊");
        assertThat(distances.get(0)).isLessThan(200);
    }

    @Test
    void anyoneMayFindTheNearestPlacesWithoutAnAccountButNotChangeOrListThem() {
        Api anonymous = Api.anonymous(port);

        var nearest = anonymous.get("/api/v1/service-places/nearest?" + TAOYUAN + "&limit=2");
        assertThat(nearest.status()).isEqualTo(200);
        assertThat(nearest.json().get(0).path("name").asString()).isEqualTo("桃园社区便民工坊");
        assertThat(anonymous.get("/api/v1/service-places/nearest?lng=111.7140").status())
                .isEqualTo(400);

        var page = anonymous.get("/service-circle?" + TAOYUAN);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("桃园社区便民工坊", "href=\"/login\"").doesNotContain("/logout");

        assertThat(anonymous.get("/api/v1/service-places").status()).isEqualTo(401);
        assertThat(anonymous.get("/api/v1/service-places/1").status()).isEqualTo(401);
        assertThat(anonymous.put("/api/v1/service-places/1", "{}").status()).isEqualTo(401);
        assertThat(anonymous.post("/api/v1/service-places", "{}").status()).isEqualTo(401);
    }

    @Test
    void theServiceCircleSpeaksMongolianLikeTheLoginPageThatLinksToIt() {
        var page = Api.anonymous(port).get("/service-circle?" + TAOYUAN + "&lang=mn");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("lang=\"mn-Mong\"")
                .contains("ᠠᠷᠠᠳ ᠤᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠲᠣᠭᠣᠷᠢᠭ")
                .contains("ᠠᠷᠠᠳ ᠤᠨ ᠵᠠᠰᠠᠪᠤᠷᠢ ᠶᠢᠨ ᠭᠠᠵᠠᠷ") // 便民工坊, the nearest place
                .doesNotContain("15分钟便民服务圈");
    }

    @Test
    void aStationOpenDayAndNightIsOpenNow() {
        var places = Api.as(port, "resident.zhang")
                .get("/api/v1/service-places/nearest?" + TAOYUAN)
                .json();
        JsonNode station = null;
        for (JsonNode place : places) {
            if (place.path("kind").asString().equals("RED_STATION")) station = place;
        }
        assertThat(station).isNotNull();
        assertThat(station.path("openNow").asBoolean()).isTrue();
    }

    @Test
    void aMissingPointOrAnUnreasonableLimitIsAProblemNamingTheField() {
        Api resident = Api.as(port, "resident.zhang");
        var missing = resident.get("/api/v1/service-places/nearest?lng=111.7");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("field").asString()).isEqualTo("lat");
        var limit = resident.inLanguage("en").get("/api/v1/service-places/nearest?" + TAOYUAN + "&limit=500");
        assertThat(limit.status()).isEqualTo(400);
        assertThat(limit.json().path("field").asString()).isEqualTo("limit");
        assertThat(limit.json().path("rule").asString()).isEqualTo("range");
    }

    @Test
    void aPointThatIsNotANumberIsAProblemNamingTheField() {
        Api resident = Api.as(port, "resident.zhang");
        for (String point : java.util.List.of("lat=NaN&lng=111.7", "lat=40.8&lng=NaN", "lat=Infinity&lng=111.7")) {
            var refused = resident.get("/api/v1/service-places/nearest?" + point);
            assertThat(refused.status()).as(point).isEqualTo(400);
            assertThat(refused.json().path("field").asString())
                    .as(point)
                    .isEqualTo(point.startsWith("lat=40.8") ? "lng" : "lat");
            assertThat(refused.json().path("rule").asString()).as(point).isEqualTo("range");
        }
    }

    @Test
    void staffChangeAPlacesHoursAndBadHoursChangeNothing() {
        Api community = Api.as(port, "taoyuan.community");
        var created = community.post("/api/v1/service-places", workshop("Mon-Fri 09:00-17:00", "0471-4960001"));
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        var bad = community.put("/api/v1/service-places/" + id, workshop("Mon-Fri 17:00-09:00", "0471-4960001"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("rule").asString()).isEqualTo("opening-hours.format");
        assertThat(community
                        .get("/api/v1/service-places/" + id)
                        .json()
                        .path("openingHours")
                        .asString())
                .isEqualTo("Mon-Fri 09:00-17:00");
        var changed = community.put("/api/v1/service-places/" + id, workshop("daily 08:00-20:00", "0471-4960000"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("openingHours").asString()).isEqualTo("daily 08:00-20:00");
        assertThat(changed.json().path("contact").asString()).isEqualTo("0471-4960000");
        assertThat(Api.as(port, "saihan.admin")
                        .get("/api/v1/service-places/" + id)
                        .status())
                .isEqualTo(200);
        assertThat(Api.as(port, "taoyuan.grid1")
                        .put("/api/v1/service-places/" + id, changed.body())
                        .status())
                .isIn(403, 404);
    }

    private static String workshop(String hours, String contact) {
        return Api.json(
                "kind",
                "CONVENIENCE_WORKSHOP",
                "name",
                "桃园社区缝补点",
                "scopeCode",
                "150105004015",
                "lat",
                40.8070,
                "lng",
                111.7130,
                "openingHours",
                hours,
                "contact",
                contact);
    }
}
