package org.redgrid.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.redgrid.support.PageSession;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Issue 10 item 5: a registration must not tell whether or where an ID number is registered out of scope. */
@IntegrationTest
class MoveInTests {

    /** A grid of 新华西街道 in 回民区, another county than the 赛罕区 users. */
    static final String FAR_GRID = "150102101205001";

    static final String FAR_COMMUNITY = "150102101205";

    static final String TAOYUAN_GRID1 = "150105004015001";

    @LocalServerPort
    int port;

    Api admin() {
        return Api.as(port, "region.admin");
    }

    /** Registers a person in a new household of the grid as the given user; returns the person's id. */
    long registered(Api api, String grid, String room, String name, String idNumber) {
        long household = household(api, grid, room);
        var created = api.post("/api/v1/people", json("householdId", household, "name", name, "idNumber", idNumber));
        assertThat(created.status()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    long household(Api api, String grid, String room) {
        var household = api.post("/api/v1/households", json("gridCode", grid, "room", room));
        assertThat(household.status()).isEqualTo(201);
        return household.json().path("id").asLong();
    }

    Api userAt(String username, String role, String scope) {
        var created = admin().post(
                        "/api/v1/users",
                        json(
                                "username",
                                username,
                                "displayName",
                                "迁入测试",
                                "password",
                                "Probe#Pass2026",
                                "roles",
                                List.of(role),
                                "scope",
                                scope));
        assertThat(created.status()).isEqualTo(201);
        return Api.as(port, username, "Probe#Pass2026");
    }

    /** A move-in filed by taoyuan.grid1 for a number that region.admin registered in the far grid. */
    record Filed(long moveIn, long person, long household) {}

    Filed filed(int sequence, String holderName, String filedName, Object... more) {
        String id = PersonRegistryTests.idNumber("19720202", sequence);
        long person = registered(admin(), FAR_GRID, "M-" + sequence, holderName, id);
        var grid1 = Api.as(port, "taoyuan.grid1");
        long household = household(grid1, TAOYUAN_GRID1, "M-" + sequence);
        List<Object> fields = new ArrayList<>(List.of("householdId", household, "name", filedName, "idNumber", id));
        fields.addAll(List.of(more));
        var answer = grid1.post("/api/v1/people", json(fields.toArray()));
        assertThat(answer.status()).isEqualTo(202);
        return new Filed(answer.json().path("id").asLong(), person, household);
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    @Test
    void registeringANumberHeldInAnotherCountyRevealsNothingOfThatRecord() {
        String id = PersonRegistryTests.idNumber("19720202", 701);
        long far = registered(admin(), FAR_GRID, "M-701", "远方甲", id);

        var grid1 = Api.as(port, "taoyuan.grid1");
        long household = household(grid1, TAOYUAN_GRID1, "M-701");
        var answer = grid1.post("/api/v1/people", json("householdId", household, "name", "迁入甲", "idNumber", id));

        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.body())
                .doesNotContain("远方甲")
                .doesNotContain(FAR_COMMUNITY)
                .doesNotContain(id.substring(14))
                .doesNotContain("已登记")
                .doesNotContain("registered");
        JsonNode moveIn = answer.json();
        assertThat(answer.location())
                .isEqualTo("/api/v1/move-ins/" + moveIn.path("id").asLong());
        assertThat(moveIn.path("status").asString()).isEqualTo("PENDING");
        assertThat(moveIn.path("name").asString()).isEqualTo("迁入甲");
        assertThat(moveIn.path("householdId").asLong()).isEqualTo(household);
        assertThat(moveIn.path("gridCode").asString()).isEqualTo(TAOYUAN_GRID1);
        assertThat(moveIn.path("personId").isNull()).isTrue();
        assertThat(moveIn.path("personName").isNull()).isTrue();
        assertThat(moveIn.path("fromGridCode").isNull()).isTrue();
        assertThat(moveIn.path("decidable").asBoolean()).isFalse();
        assertThat(moveIn.toString()).doesNotContain(Long.toString(far));

        var again = grid1.post("/api/v1/people", json("householdId", household, "name", "迁入甲", "idNumber", id));
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().path("id").asLong()).isEqualTo(moveIn.path("id").asLong());
        assertThat(fieldNames(again.json())).isEqualTo(fieldNames(moveIn));

        var audit =
                admin().get("/api/v1/audit?action=MOVE_IN_REQUESTED&size=100").json();
        assertThat(audit.path("items").findValuesAsString("targetId"))
                .contains(Long.toString(moveIn.path("id").asLong()));
        assertThat(audit.path("items").findValuesAsString("actor")).contains("taoyuan.grid1");
    }

    @Test
    void aNumberHeldInsideTheScopeIsStillRefusedByName() {
        var community = Api.as(port, "taoyuan.community");
        String id = PersonRegistryTests.idNumber("19720202", 702);
        registered(community, TAOYUAN_GRID1, "M-702", "本社区甲", id);
        long household = household(community, "150105004015002", "M-702");
        var again = community.post("/api/v1/people", json("householdId", household, "name", "本社区乙", "idNumber", id));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().path("field").asString()).isEqualTo("idNumber");
        assertThat(again.json().path("rule").asString()).isEqualTo("idNumber.unique");
    }

    @Test
    void theHoldersCommunityAcceptsAndThePersonMovesWithAnAuditRow() {
        Api keeper = userAt("movein.keeper1", "COMMUNITY_STAFF", FAR_COMMUNITY);
        Filed filed = filed(703, "远方乙", "远方乙", "relation", "SPOUSE");
        long person = filed.person();
        long household = filed.household();
        long moveIn = filed.moveIn();
        var grid1 = Api.as(port, "taoyuan.grid1");

        JsonNode seenByKeeper = keeper.get("/api/v1/move-ins/" + moveIn).json();
        assertThat(seenByKeeper.path("personId").asLong()).isEqualTo(person);
        assertThat(seenByKeeper.path("personName").asString()).isEqualTo("远方乙");
        assertThat(seenByKeeper.path("fromGridCode").asString()).isEqualTo(FAR_GRID);
        assertThat(seenByKeeper.path("decidable").asBoolean()).isTrue();
        assertThat(keeper.get("/api/v1/move-ins?status=PENDING&size=100")
                        .json()
                        .path("items")
                        .findValuesAsString("name"))
                .contains("远方乙");

        var community = Api.as(port, "taoyuan.community");
        JsonNode seenByRequester = community.get("/api/v1/move-ins/" + moveIn).json();
        assertThat(seenByRequester.path("personName").isNull()).isTrue();
        assertThat(seenByRequester.path("decidable").asBoolean()).isFalse();
        assertThat(community
                        .post("/api/v1/move-ins/" + moveIn + "/accept", "{}")
                        .status())
                .isEqualTo(403);

        var accepted = keeper.post("/api/v1/move-ins/" + moveIn + "/accept", "{}");
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.json().path("decidedBy").asString()).isEqualTo("movein.keeper1");

        JsonNode moved = grid1.get("/api/v1/people/" + person).json();
        assertThat(moved.path("gridCode").asString()).isEqualTo(TAOYUAN_GRID1);
        assertThat(moved.path("householdId").asLong()).isEqualTo(household);
        assertThat(moved.path("relation").asString()).isEqualTo("SPOUSE");
        assertThat(keeper.get("/api/v1/people/" + person).status()).isEqualTo(404);
        JsonNode afterTheMove = keeper.get("/api/v1/move-ins/" + moveIn).json();
        assertThat(afterTheMove.path("personName").isNull()).isTrue();
        assertThat(afterTheMove.path("personId").isNull()).isTrue();
        assertThat(grid1.get("/api/v1/move-ins/" + moveIn)
                        .json()
                        .path("personId")
                        .asLong())
                .isEqualTo(person);
        assertThat(keeper.post("/api/v1/move-ins/" + moveIn + "/accept", "{}").status())
                .isEqualTo(409);

        var audit =
                admin().get("/api/v1/audit?action=MOVE_IN_ACCEPTED&size=100").json();
        assertThat(audit.path("items").findValuesAsString("targetId")).contains(Long.toString(moveIn));
        assertThat(audit.path("items").findValuesAsString("actor")).contains("movein.keeper1");
    }

    @Test
    void aDeclineNeedsAReasonAndKeepsThePersonWhereTheyAre() {
        Api keeper = userAt("movein.keeper2", "COMMUNITY_STAFF", FAR_COMMUNITY);
        Filed filed = filed(704, "远方丙", "远方丙");
        long person = filed.person();
        long moveIn = filed.moveIn();
        var grid1 = Api.as(port, "taoyuan.grid1");

        var noReason = keeper.post("/api/v1/move-ins/" + moveIn + "/decline", "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("field").asString()).isEqualTo("reason");

        var declined = keeper.post("/api/v1/move-ins/" + moveIn + "/decline", json("reason", "本人仍在本社区居住"));
        assertThat(declined.status()).isEqualTo(200);
        assertThat(declined.json().path("status").asString()).isEqualTo("DECLINED");
        assertThat(keeper.get("/api/v1/people/" + person)
                        .json()
                        .path("gridCode")
                        .asString())
                .isEqualTo(FAR_GRID);
        assertThat(grid1.get("/api/v1/people/" + person).status()).isEqualTo(404);
        JsonNode seenByRequester = grid1.get("/api/v1/move-ins/" + moveIn).json();
        assertThat(seenByRequester.path("reason").asString()).isEqualTo("本人仍在本社区居住");
        assertThat(seenByRequester.path("personId").isNull()).isTrue();

        var audit =
                admin().get("/api/v1/audit?action=MOVE_IN_DECLINED&size=100").json();
        assertThat(audit.path("items").findValuesAsString("targetId")).contains(Long.toString(moveIn));
    }

    @Test
    void onlyTheHoldersCommunityOrAboveSeesAndDecidesARequest() {
        Api elsewhere = userAt("movein.elsewhere", "COMMUNITY_STAFF", "150104003005");
        Api farWorker = userAt("movein.farworker", "GRID_WORKER", FAR_GRID);
        long moveIn = filed(705, "远方丁", "远方丁").moveIn();

        assertThat(elsewhere.get("/api/v1/move-ins/" + moveIn).status()).isEqualTo(404);
        assertThat(elsewhere
                        .post("/api/v1/move-ins/" + moveIn + "/accept", "{}")
                        .status())
                .isEqualTo(404);
        assertThat(elsewhere
                        .get("/api/v1/move-ins?size=100")
                        .json()
                        .path("items")
                        .findValuesAsString("name"))
                .doesNotContain("远方丁");
        assertThat(farWorker.get("/api/v1/move-ins/" + moveIn).status()).isEqualTo(404);
        assertThat(farWorker
                        .post("/api/v1/move-ins/" + moveIn + "/decline", json("reason", "越级处理"))
                        .status())
                .isEqualTo(404);
        assertThat(Api.as(port, "taoyuan.grid2")
                        .get("/api/v1/move-ins/" + moveIn)
                        .status())
                .isEqualTo(404);
        assertThat(admin().get("/api/v1/move-ins/" + moveIn)
                        .json()
                        .path("decidable")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void theHoldersCommunityDecidesOnTheRegistryPageAndTheRequesterSeesNoHolderDetails() throws Exception {
        userAt("movein.keeper3", "COMMUNITY_STAFF", FAR_COMMUNITY);
        long moveIn = filed(706, "远方戊", "迁入戊").moveIn();

        PageSession requester = PageSession.loggedIn(port, "taoyuan.community");
        String requesterPage = requester.get("/registry/move-ins").body();
        assertThat(requesterPage).contains("迁入戊").doesNotContain("远方戊").doesNotContain(FAR_GRID);
        assertThat(requesterPage).doesNotContain("/registry/move-ins/" + moveIn + "/accept");

        PageSession keeper = new PageSession(port);
        keeper.logIn("movein.keeper3", "Probe#Pass2026");
        String keeperPage = keeper.get("/registry/move-ins").body();
        assertThat(keeperPage).contains("远方戊").contains("/registry/move-ins/" + moveIn + "/accept");
        var accepted =
                keeper.postForm("/registry/move-ins/" + moveIn + "/accept", "_csrf=" + PageSession.csrfOf(keeperPage));
        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(admin().get("/api/v1/move-ins/" + moveIn)
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("ACCEPTED");
    }
}
