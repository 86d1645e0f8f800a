package org.redgrid.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class DivisionMapTests {

    @LocalServerPort
    int port;

    @Test
    void theRegionMapHasAnOutlineForEachOfTheTwelveLeaguesAndStaysUnder300Kilobytes() {
        var response = Api.as(port, "region.admin").get("/api/v1/map/divisions/15?indicator=cases");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(300_000);
        JsonNode map = response.json();
        assertThat(map.path("type").asString()).isEqualTo("FeatureCollection");
        assertThat(map.path("features")).hasSize(12);
        for (JsonNode feature : map.path("features")) {
            assertThat(feature.path("properties").path("code").asString()).hasSize(4);
            assertThat(feature.path("properties").path("name").asString()).isNotBlank();
            assertThat(feature.path("properties").has("value")).isTrue();
            assertThat(feature.path("geometry").path("type").asString()).isIn("Polygon", "MultiPolygon");
        }
    }

    @Test
    void aLeaguesMapOutlinesItsCountiesMatchedToTheirCodes() {
        JsonNode map =
                Api.as(port, "region.admin").get("/api/v1/map/divisions/1501").json();
        JsonNode saihan = feature(map, "150105");
        assertThat(saihan.path("properties").path("name").asString()).isEqualTo("赛罕区");
        assertThat(saihan.path("geometry").path("type").asString()).isIn("Polygon", "MultiPolygon");
    }

    @Test
    void theMapValuesAreTheIndicatorsOfTheDashboardForTheSameAreas() {
        Api region = Api.as(port, "region.admin");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        JsonNode report = region.get("/api/v1/indicators?division=15&from="
                        + today.withDayOfMonth(1).minusMonths(11) + "&to=" + today)
                .json();
        Map<String, Long> cases = new HashMap<>();
        report.path("children")
                .forEach(child -> cases.put(
                        child.path("code").asString(), child.path("cases").asLong()));
        JsonNode map = region.get("/api/v1/map/divisions/15?indicator=cases").json();
        long withCases = 0;
        for (JsonNode feature : map.path("features")) {
            long expected =
                    cases.getOrDefault(feature.path("properties").path("code").asString(), 0L);
            if (expected > 0) withCases++;
            JsonNode value = feature.path("properties").path("value");
            assertThat(value.isNull() ? 0L : value.asLong()).isEqualTo(expected);
        }
        assertThat(withCases).isPositive();
    }

    @Test
    void aCommunitysMapShowsItsGridsAndAGridsMapStaysUnder50Kilobytes() {
        Api community = Api.as(port, "taoyuan.community");
        JsonNode map = community
                .get("/api/v1/map/divisions/150105004015?indicator=overdue")
                .json();
        assertThat(map.path("features").size()).isGreaterThanOrEqualTo(2);
        JsonNode grid = feature(map, "150105004015001");
        assertThat(grid.path("geometry").isNull()).isFalse();
        var gridMap = community.get("/api/v1/map/divisions/150105004015001");
        assertThat(gridMap.status()).isEqualTo(200);
        assertThat(gridMap.body().length()).isLessThanOrEqualTo(50_000);
        assertThat(gridMap.json().path("features")).hasSize(1);
    }

    @Test
    void aCountyAdminSeesNoMapAboveOrBesideTheCounty() {
        Api county = Api.as(port, "saihan.admin");
        assertThat(county.get("/api/v1/map/divisions/15").status()).isEqualTo(404);
        assertThat(county.get("/api/v1/map/divisions/1502").status()).isEqualTo(404);
        assertThat(county.get("/api/v1/map/divisions/150105?indicator=satisfactionRate")
                        .status())
                .isEqualTo(200);
        assertThat(Api.as(port, "taoyuan.grid1")
                        .get("/api/v1/map/divisions/150105004015002")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void anUnknownIndicatorIsAProblemNamingTheField() {
        var response =
                Api.as(port, "region.admin").inLanguage("en").get("/api/v1/map/divisions/15?indicator=happiness");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("field").asString()).isEqualTo("indicator");
        assertThat(response.json().path("rule").asString()).isEqualTo("indicator.known");
    }

    @Test
    void aCodeThatIsNeitherADivisionNorAGridIsAProblemNamingTheField() {
        Api admin = Api.as(port, "saihan.admin");
        for (String code : new String[] {"abc", "1501050", "15010500401500199"}) {
            var response = admin.get("/api/v1/map/divisions/" + code);
            assertThat(response.status()).as(code).isEqualTo(400);
            assertThat(response.json().path("field").asString()).isEqualTo("code");
            assertThat(response.json().path("rule").asString()).isEqualTo("map-code.format");
            assertThat(response.json().path("message_zh").asString()).contains("15 位网格编码");
        }
    }

    @Test
    void aClientThatAsksForGeoJsonGetsItsMediaTypeAndOthersGetJson() {
        Api admin = Api.as(port, "saihan.admin");

        var geo = admin.send("GET", "/api/v1/map/divisions/150105004015", null, null, "application/geo+json");
        assertThat(geo.status()).isEqualTo(200);
        assertThat(geo.contentType()).startsWith("application/geo+json");
        assertThat(geo.json().path("type").asString()).isEqualTo("FeatureCollection");
        assertThat(geo.json().path("name").asString()).as("names in UTF-8").isEqualTo("桃园社区居委会");
        var none = admin.send("GET", "/api/v1/map/divisions/150105004015", null, null, null);
        assertThat(none.contentType()).startsWith("application/json");
        assertThat(none.json().path("name").asString()).isEqualTo("桃园社区居委会");

        var preferred = admin.send(
                "GET",
                "/api/v1/map/divisions/150105004015",
                null,
                null,
                "application/json, application/geo+json;q=0.5");
        assertThat(preferred.contentType()).startsWith("application/json");
        var any = admin.send("GET", "/api/v1/map/divisions/150105004015", null, null, "*/*");
        assertThat(any.contentType()).startsWith("application/json");
    }

    private static JsonNode feature(JsonNode map, String code) {
        for (JsonNode feature : map.path("features")) {
            if (feature.path("properties").path("code").asString().equals(code)) return feature;
        }
        throw new AssertionError("no feature " + code + " in " + map.path("code"));
    }
}
