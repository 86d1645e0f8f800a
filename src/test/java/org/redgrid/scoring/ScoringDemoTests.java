package org.redgrid.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The demo's assessments of the articles ran end to end and their results are published. */
@IntegrationTest
class ScoringDemoTests {

    @LocalServerPort
    int port;

    JsonNode roundNamed(Api api, String schemeKey) {
        for (JsonNode round : api.get("/api/v1/scoring/rounds").json()) {
            if (round.path("schemeKey").asString().equals(schemeKey)) return round;
        }
        throw new AssertionError("no round of " + schemeKey);
    }

    @Test
    void thePartySchoolWithExactlyNinetyPointsIsAFiveStarSchool() {
        var aohan = Api.as(port, "aohan.admin");
        JsonNode round = roundNamed(aohan, "aohan-party-school-stars");
        assertThat(round.path("status").asString()).isEqualTo("CLOSED");
        JsonNode scheme = aohan.get(
                        "/api/v1/scoring/schemes/" + round.path("scheme").asLong())
                .json()
                .path("definition");
        assertThat(scheme.path("items").size()).isEqualTo(7);
        assertThat(scheme.path("bonuses").size()).isEqualTo(12);
        int base = 0;
        for (JsonNode item : scheme.path("items")) base += item.path("max").asInt();
        assertThat(base).isEqualTo(60);
        JsonNode results = Api.as(port, "sijiazi.school")
                .get("/api/v1/scoring/rounds/" + round.path("id").asLong() + "/results")
                .json();
        JsonNode sijiazi = ScoringApiTests.find(results, "aohan-sijiazi");
        assertThat(sijiazi.path("score").decimalValue()).isEqualByComparingTo("90");
        assertThat(sijiazi.path("level").asString()).isEqualTo("五星级");
        assertThat(ScoringApiTests.find(results, "aohan-changsheng")
                        .path("level")
                        .asString())
                .isEqualTo("四星级");
    }

    @Test
    void theSectionLevelUnitsAreRankedInSixClassesWithTheBottomTenPercentTalkedTo() {
        var harqin = Api.as(port, "harqin.admin");
        JsonNode round = roundNamed(harqin, "harqin-section-units");
        long id = round.path("id").asLong();
        JsonNode results =
                harqin.get("/api/v1/scoring/rounds/" + id + "/results").json();
        assertThat(results.size()).isEqualTo(30);
        var classes = new java.util.HashSet<String>();
        int bottom = 0;
        int top = 0;
        for (JsonNode row : results) {
            classes.add(row.path("class").asString());
            if ("BOTTOM".equals(row.path("flag").asString(null))) bottom++;
            if ("TOP".equals(row.path("flag").asString(null))) top++;
        }
        assertThat(classes).hasSize(6);
        assertThat(bottom).isEqualTo(3);
        assertThat(top).isLessThanOrEqualTo(6);
        assertThat(harqin.get("/api/v1/scoring/rounds/" + id + "/talks").json().size())
                .isEqualTo(1);
        assertThat(Api.as(port, "aohan.admin")
                        .get("/api/v1/scoring/rounds/" + id)
                        .status())
                .isEqualTo(404);
    }
}
