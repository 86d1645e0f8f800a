package org.redgrid.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.redgrid.support.Api;
import tools.jackson.databind.JsonNode;

/** What engagement tests set up through the API: a member's login linked to a demo person, an activity now. */
public final class EngagementFixtures {

    public static final String TAOYUAN = "150105004015";
    static final String GRID2 = "150105004015002";

    private EngagementFixtures() {}

    /** A new PARTY_MEMBER login of 桃园社区, linked by the community to the named demo person of grid 2. */
    public static Api memberLogin(int port, String username, String personName, String password) {
        var created = Api.as(port, "saihan.admin")
                .post(
                        "/api/v1/users",
                        json(
                                "username", username,
                                "displayName", personName,
                                "password", password,
                                "roles", List.of("PARTY_MEMBER"),
                                "scope", TAOYUAN));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var linked = Api.as(port, "taoyuan.community")
                .post("/api/v1/engagement/members", json("username", username, "person", person(port, personName)));
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        return Api.as(port, username, password);
    }

    /** The id of a demo person of 桃园社区's second grid, by name. */
    public static long person(int port, String name) {
        JsonNode items = Api.as(port, "taoyuan.community")
                .get("/api/v1/people?grid=" + GRID2 + "&q=" + URLEncoder.encode(name, StandardCharsets.UTF_8))
                .json()
                .path("items");
        for (JsonNode person : items) {
            if (person.path("name").asString().equals(name))
                return person.path("id").asLong();
        }
        throw new AssertionError("no demo person " + name);
    }

    /** An activity of 桃园社区 that started half an hour ago and lasts two hours. */
    public static long activityNow(int port, String title, int capacity) {
        Instant now = Instant.now();
        var created = Api.as(port, "taoyuan.community")
                .post(
                        "/api/v1/engagement/activities",
                        json(
                                "community",
                                TAOYUAN,
                                "title",
                                title,
                                "startsAt",
                                now.minus(Duration.ofMinutes(30)).toString(),
                                "endsAt",
                                now.plus(Duration.ofMinutes(90)).toString(),
                                "place",
                                "桃园社区党群服务中心",
                                "capacity",
                                capacity));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }
}
