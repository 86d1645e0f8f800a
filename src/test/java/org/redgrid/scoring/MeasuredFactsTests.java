package org.redgrid.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Items that read what deliberation and engagement measured in the unit's area: the value shown is the
 * module's own figure over the round's period, with its source beside it.
 */
@IntegrationTest
class MeasuredFactsTests {

    static final String DONGQUAN = "152224102217";
    static final String TAOYUAN = "150105004015";

    @LocalServerPort
    int port;

    @Test
    void itemsReadTheResolutionsDoneThePassRateAndTheServingMembersOfTheUnitsArea() {
        Api department = Api.as(port, "region.admin");
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        var scheme = department.post(
                "/api/v1/scoring/schemes",
                Api.json(
                        "key",
                        "facts-" + System.nanoTime(),
                        "name",
                        "基层治理实绩",
                        "items",
                        List.of(
                                Map.of(
                                        "code",
                                        "D",
                                        "name",
                                        "议定事项办结率",
                                        "max",
                                        20,
                                        "fact",
                                        "deliberation.resolutionsDone"),
                                Map.of("code", "P", "name", "议题通过率", "max", 20, "fact", "deliberation.passRate"),
                                Map.of(
                                        "code",
                                        "E",
                                        "name",
                                        "报到党员参加服务",
                                        "max",
                                        20,
                                        "fact",
                                        "engagement.servingMembers")),
                        "thresholds",
                        List.of(Map.of("level", "优秀", "min", 50))));
        assertThat(scheme.status()).as(scheme.body()).isEqualTo(201);
        var round = department.post(
                "/api/v1/scoring/rounds",
                Api.json(
                        "scheme",
                        scheme.json().path("id").asLong(),
                        "assessed",
                        List.of(
                                Map.of("unit", "dongquan", "name", "东泉村", "class", "村", "area", DONGQUAN),
                                Map.of("unit", "taoyuan", "name", "桃园社区", "class", "社区", "area", TAOYUAN)),
                        "from",
                        "2020-01-01",
                        "to",
                        today));
        assertThat(round.status()).as(round.body()).isEqualTo(201);
        long id = round.json().path("id").asLong();

        JsonNode village = items(department, id, "dongquan");
        JsonNode figures = department
                .get("/api/v1/deliberation/figures?division=" + DONGQUAN + "&from=2020-01-01&to=" + today)
                .json();
        assertThat(figures.path("tasks").asInt()).isPositive();
        assertThat(village.get(0).path("fact").asDouble())
                .isEqualTo(
                        (double) figures.path("tasksDone").asInt()
                                / figures.path("tasks").asInt(),
                        org.assertj.core.data.Offset.offset(0.0001));
        assertThat(village.get(0).path("factSource").asString())
                .contains(
                        "议定事项",
                        figures.path("tasksDone").asInt() + "/"
                                + figures.path("tasks").asInt());
        assertThat(village.get(1).path("fact").asDouble())
                .isEqualTo(
                        (double) figures.path("motionsPassed").asInt()
                                / figures.path("motionsClosed").asInt(),
                        org.assertj.core.data.Offset.offset(0.0001));

        JsonNode community = items(department, id, "taoyuan");
        JsonNode engagement = department
                .get("/api/v1/engagement/figures?division=" + TAOYUAN + "&from=2020-01-01&to=" + today)
                .json();
        long registered = engagement.path("registeredMembers").asLong();
        assertThat(registered).isPositive();
        long serving = 0;
        for (JsonNode member : engagement.path("members"))
            if (member.path("hours").asDouble() > 0) serving++;
        assertThat(serving).isPositive();
        assertThat(community.get(2).path("fact").asDouble())
                .isEqualTo(Math.min(1.0, (double) serving / registered), org.assertj.core.data.Offset.offset(0.0001));
        assertThat(community.get(2).path("factSource").asString()).contains("报到党员 " + registered + " 名");
        assertThat(community.get(0).path("fact").isNull()
                        || community.get(0).path("fact").isMissingNode())
                .as("no meeting was held in 桃园社区, so nothing was measured")
                .isTrue();
    }

    private static JsonNode items(Api department, long round, String unit) {
        var response = department.get("/api/v1/scoring/rounds/" + round + "/assessments/" + unit);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("items");
    }
}
