package org.redgrid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.Created;
import org.redgrid.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every 201 names where the new resource can be read, and reading it there works: a third-party client
 * follows Location. These creations pointed at paths that had no GET (405 or 404) before.
 */
@IntegrationTest
class CreatedLocationTests {

    @LocalServerPort
    int port;

    static long unique() {
        return System.nanoTime() % 100_000_000L;
    }

    @Test
    void aNewUserIsReadAtItsUsername() {
        Api admin = Api.as(port, "saihan.admin");
        String username = "loc.user" + unique();
        var created = admin.post(
                "/api/v1/users",
                json(
                        "username",
                        username,
                        "displayName",
                        "位置测试",
                        "password",
                        Api.DEMO_PASSWORD,
                        "roles",
                        List.of("GRID_WORKER"),
                        "scope",
                        "150105004015001"));
        assertThat(created.location()).isEqualTo("/api/v1/users/" + username);
        assertThat(Created.at(admin, created).path("username").asString()).isEqualTo(username);
        assertThat(Api.as(port, "aohan.admin").get(created.location()).status())
                .as("another county's administrator")
                .isEqualTo(404);
    }

    @Test
    void aNewTeacherAndANewCourseOrderAreReadWhereTheirLocationSays() {
        Api county = Api.as(port, "aohan.admin");
        Created.at(
                county,
                county.post(
                        "/api/v1/training/teachers",
                        json(
                                "name",
                                "位置测试教师" + unique(),
                                "level",
                                "COUNTY",
                                "title",
                                "讲师",
                                "topics",
                                List.of("乡村振兴"),
                                "available",
                                true,
                                "scopeCode",
                                "150430")));
        var order = county.post("/api/v1/training/orders", json("topic", "网格化服务管理", "scopeCode", "150430101208"));
        Created.at(county, order);
        assertThat(Api.as(port, "saihan.admin").get(order.location()).status()).isEqualTo(404);
    }

    @Test
    void aNewTeamPartyOrganisationAndPartnerUnitAreReadWhereTheirLocationSays() {
        Api community = Api.as(port, "taoyuan.community");
        Created.at(
                community,
                community.post(
                        "/api/v1/engagement/teams",
                        json("name", "位置测试服务队" + unique(), "kind", "VANGUARD", "community", "150105004015")));

        long committee = 0;
        for (JsonNode org : community.get("/api/v1/party-orgs").json()) {
            if (org.path("key").asString().equals("ty-committee"))
                committee = org.path("id").asLong();
        }
        var branch = community.post(
                "/api/v1/party-orgs",
                json(
                        "parentId",
                        committee,
                        "kind",
                        "GRID_BRANCH",
                        "name",
                        "位置测试支部" + unique(),
                        "scopeCode",
                        "150105004015002"));
        Created.at(community, branch);
        assertThat(Api.as(port, "aohan.admin").get(branch.location()).status()).isEqualTo(404);

        Api county = Api.as(port, "saihan.admin");
        Created.at(
                county,
                county.post(
                        "/api/v1/partner-units",
                        json(
                                "name",
                                "位置测试共建单位" + unique(),
                                "creditCode",
                                String.format("91150105MA%08d", unique()),
                                "kind",
                                "ENTERPRISE",
                                "scopeCode",
                                "150105")));
    }

    @Test
    void aNewVisitIsReadWhereItsLocationSays() {
        Api worker = Api.as(port, "taoyuan.grid1");
        long person = worker.get("/api/v1/people?size=1")
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asLong();
        var visit = worker.post("/api/v1/visits", json("personId", person, "content", "位置测试走访"));
        assertThat(Created.at(worker, visit).path("content").asString()).isEqualTo("位置测试走访");
        assertThat(Api.as(port, "taoyuan.grid2").get(visit.location()).status()).isEqualTo(404);
    }
}
