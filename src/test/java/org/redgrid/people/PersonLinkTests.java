package org.redgrid.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.redgrid.identity.internal.DemoSmsGateway;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.redgrid.support.PageSession;
import org.redgrid.support.Residents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 16 part 2: a registered resident asks to be linked to a person of the registry; community
 * staff in scope see whether the phones agree (never the phone) and confirm with a person of the
 * request's grid, which links the account and narrows its scope to that grid, or decline with a reason.
 */
@IntegrationTest
class PersonLinkTests {

    static final String GRID1 = "150105004015001";
    static final String GRID2 = "150105004015002";
    static final String FAR_COMMUNITY = "150102101205";
    static final String PASSWORD = "Grassland#2026";
    static final AtomicInteger SEQUENCE =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(100, 900));

    @LocalServerPort
    int port;

    @Autowired
    DemoSmsGateway sms;

    @Autowired
    JdbcClient jdbc;

    record Resident(String phone, String username, Api api) {}

    Resident resident(String name) {
        String phone = "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String username = Residents.register(port, sms, phone, PASSWORD, name);
        return new Resident(phone, username, Api.as(port, phone, PASSWORD));
    }

    /** A person registered by the grid's worker; returns the person's id. */
    long person(String grid, String worker, String name, String phone) {
        var api = Api.as(port, worker);
        int sequence = SEQUENCE.incrementAndGet();
        var household = api.post("/api/v1/households", json("gridCode", grid, "room", "L-" + sequence));
        assertThat(household.status()).isEqualTo(201);
        var created = api.post(
                "/api/v1/people",
                json(
                        "householdId",
                        household.json().path("id").asLong(),
                        "name",
                        name,
                        "idNumber",
                        PersonRegistryTests.idNumber("19880808", sequence),
                        "phone",
                        phone));
        assertThat(created.status()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    long asked(Resident resident, String grid, String name) {
        var asked = resident.api().post("/api/v1/me/person-link", json("gridCode", grid, "name", name));
        assertThat(asked.status()).isEqualTo(201);
        assertThat(asked.json().path("status").asString()).isEqualTo("PENDING");
        return asked.json().path("id").asLong();
    }

    static List<Long> ids(JsonNode page) {
        return page.path("items")
                .valueStream()
                .map(item -> item.path("id").asLong())
                .toList();
    }

    Api community() {
        return Api.as(port, "taoyuan.community");
    }

    Api userAt(String username, String role, String scope) {
        var created = Api.as(port, "region.admin")
                .post(
                        "/api/v1/users",
                        json(
                                "username",
                                username,
                                "displayName",
                                "关联测试",
                                "password",
                                "Probe#Pass2026",
                                "roles",
                                List.of(role),
                                "scope",
                                scope));
        assertThat(created.status()).isEqualTo(201);
        return Api.as(port, username, "Probe#Pass2026");
    }

    @Test
    void theCommunityConfirmsAResidentWithThePersonOfTheirGridAndTheAccountNarrowsToThatGrid() {
        Resident resident = resident("萨仁");
        long person = person(GRID1, "taoyuan.grid1", "萨仁", resident.phone());
        long id = asked(resident, GRID1, "萨仁");

        var again = resident.api().post("/api/v1/me/person-link", json("gridCode", GRID1, "name", "萨仁"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("rule").asString()).isEqualTo("person-link.open");

        var pending = community().get("/api/v1/person-links?status=PENDING&size=100");
        assertThat(pending.status()).isEqualTo(200);
        assertThat(ids(pending.json())).contains(id);
        assertThat(pending.body())
                .doesNotContain(resident.phone())
                .doesNotContain(resident.phone().substring(3));
        var listed = community().get("/api/v1/person-links/" + id).json();
        assertThat(listed.path("phoneMatches").asBoolean()).isTrue();
        assertThat(listed.path("decidable").asBoolean()).isTrue();
        var candidates = community().get("/api/v1/person-links/" + id + "/candidates");
        assertThat(candidates.status()).isEqualTo(200);
        assertThat(candidates.json().get(0).path("personId").asLong()).isEqualTo(person);
        assertThat(candidates.json().get(0).path("phoneMatches").asBoolean()).isTrue();
        assertThat(candidates.body()).doesNotContain(resident.phone().substring(3));

        var confirmed = community().post("/api/v1/person-links/" + id + "/confirm", json("personId", person));
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json().path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(confirmed.json().path("personId").asLong()).isEqualTo(person);

        assertThat(jdbc.sql("select scope_code from app_user where username = :u")
                        .param("u", resident.username())
                        .query(String.class)
                        .single())
                .isEqualTo(GRID1);
        assertThat(jdbc.sql("select person_id from app_user where username = :u")
                        .param("u", resident.username())
                        .query(Long.class)
                        .single())
                .isEqualTo(person);
        assertThat(jdbc.sql("select count(*) from audit_log where action in ('PERSON_LINK_REQUESTED',"
                                + " 'PERSON_LINK_CONFIRMED') and target_id = :id")
                        .param("id", Long.toString(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);

        var twice = community().post("/api/v1/person-links/" + id + "/confirm", json("personId", person));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().path("rule").asString()).isEqualTo("person-link.decided");

        // the account's tokens ended with the change of scope; logged in anew, the resident sees the outcome
        assertThat(resident.api().get("/api/v1/me/person-link").status()).isEqualTo(401);
        Api relogged = Api.as(port, resident.phone(), PASSWORD);
        var mine = relogged.get("/api/v1/me/person-link");
        assertThat(mine.json().path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(mine.json().path("personId").asLong()).isEqualTo(person);
        assertThat(relogged.get("/api/v1/me").json().path("scope").asString()).isEqualTo(GRID1);
        var linkedAgain = relogged.post("/api/v1/me/person-link", json("gridCode", GRID1, "name", "萨仁"));
        assertThat(linkedAgain.status()).isEqualTo(409);
        assertThat(linkedAgain.json().path("rule").asString()).isEqualTo("person-link.linked");
    }

    @Test
    void aCommunityOfAnotherPlaceOrAGridWorkerNeitherSeesNorConfirmsTheRequest() {
        Resident resident = resident("巴图");
        long person = person(GRID1, "taoyuan.grid1", "巴图", "13800000000");
        long id = asked(resident, GRID1, "巴图");
        Api far = userAt("link.far" + SEQUENCE.incrementAndGet(), "COMMUNITY_STAFF", FAR_COMMUNITY);
        Api gridWorker = Api.as(port, "taoyuan.grid1");

        for (Api outsider : List.of(far, gridWorker)) {
            var list = outsider.get("/api/v1/person-links?status=PENDING&size=100");
            assertThat(list.status()).isEqualTo(200);
            assertThat(ids(list.json())).doesNotContain(id);
            assertThat(outsider.get("/api/v1/person-links/" + id).status()).isEqualTo(404);
            assertThat(outsider.get("/api/v1/person-links/" + id + "/candidates")
                            .status())
                    .isEqualTo(404);
            assertThat(outsider.post("/api/v1/person-links/" + id + "/confirm", json("personId", person))
                            .status())
                    .isEqualTo(404);
            assertThat(outsider.post("/api/v1/person-links/" + id + "/decline", json("reason", "不认识"))
                            .status())
                    .isEqualTo(404);
        }
        assertThat(community()
                        .get("/api/v1/person-links/" + id)
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("PENDING");
        assertThat(resident.api().get("/api/v1/person-links").status()).isEqualTo(403);
    }

    @Test
    void aPersonOutsideTheRequestsGridOrUnknownIsRefusedNamingPersonIdAndChangesNothing() {
        Resident resident = resident("其其格");
        long elsewhere = person(GRID2, "taoyuan.grid2", "其其格", resident.phone());
        long id = asked(resident, GRID1, "其其格");

        for (Object personId : new Object[] {elsewhere, 987_654_321L}) {
            var refused = community().post("/api/v1/person-links/" + id + "/confirm", json("personId", personId));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().path("field").asString()).isEqualTo("personId");
        }
        var missing = community().post("/api/v1/person-links/" + id + "/confirm", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("field").asString()).isEqualTo("personId");

        var request = community().get("/api/v1/person-links/" + id).json();
        assertThat(request.path("status").asString()).isEqualTo("PENDING");
        // the person with that phone lives in the other grid: the phones of the named grid do not agree
        assertThat(request.path("phoneMatches").asBoolean()).isFalse();
        assertThat(jdbc.sql("select scope_code from app_user where username = :u")
                        .param("u", resident.username())
                        .query(String.class)
                        .single())
                .isEqualTo(org.redgrid.identity.Onboarding.UNLINKED_SCOPE);
    }

    @Test
    void aDeclinedRequestTellsTheResidentWhyAndTheyMayAskAgain() {
        Resident resident = resident("敖登");
        long id = asked(resident, GRID1, "敖登");

        var noReason = community().post("/api/v1/person-links/" + id + "/decline", json("reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("field").asString()).isEqualTo("reason");

        var declined = community().post("/api/v1/person-links/" + id + "/decline", json("reason", "本网格未登记此人"));
        assertThat(declined.status()).isEqualTo(200);
        assertThat(declined.json().path("status").asString()).isEqualTo("DECLINED");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'PERSON_LINK_DECLINED' and target_id = :id")
                        .param("id", Long.toString(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        var mine = resident.api().get("/api/v1/me/person-link").json();
        assertThat(mine.path("status").asString()).isEqualTo("DECLINED");
        assertThat(mine.path("reason").asString()).isEqualTo("本网格未登记此人");
        assertThat(mine.path("phoneMatches").isNull()).isTrue();

        assertThat(asked(resident, GRID2, "敖登")).isGreaterThan(id);
    }

    @Test
    void aRequestNeedsAKnownGridAndANameAndOnlyResidentsAsk() {
        Resident resident = resident("阿拉坦");
        assertThat(resident.api().get("/api/v1/me/person-link").status()).isEqualTo(404);

        var unknownGrid = resident.api()
                .inLanguage("en")
                .post("/api/v1/me/person-link", json("gridCode", "150105004015999", "name", "阿拉坦"));
        assertThat(unknownGrid.status()).isEqualTo(400);
        assertThat(unknownGrid.json().path("field").asString()).isEqualTo("gridCode");
        var noName = resident.api().post("/api/v1/me/person-link", json("gridCode", GRID1, "name", ""));
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().path("field").asString()).isEqualTo("name");
        assertThat(resident.api().get("/api/v1/me/person-link").status()).isEqualTo(404);

        assertThat(community()
                        .post("/api/v1/me/person-link", json("gridCode", GRID1, "name", "某人"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theResidentAsksOnTheirPageAndTheCommunityConfirmsOnItsPageWithoutSeeingThePhone() throws Exception {
        Resident resident = resident("图雅");
        long person = person(GRID1, "taoyuan.grid1", "图雅", resident.phone());

        PageSession residentPage = new PageSession(port);
        residentPage.logIn(resident.phone(), PASSWORD);
        String home = residentPage.get("/me/person-link/section").body();
        assertThat(home).contains("申请关联");
        var asked = residentPage.postForm(
                "/me/person-link", "gridCode=" + GRID1 + "&name=%E5%9B%BE%E9%9B%85&_csrf=" + PageSession.csrfOf(home));
        assertThat(asked.statusCode()).isEqualTo(302);
        long id = resident.api().get("/api/v1/me/person-link").json().path("id").asLong();
        assertThat(residentPage.get("/me/person-link").body()).contains("待确认");

        PageSession staff = PageSession.loggedIn(port, "taoyuan.community");
        String list = staff.get("/person-links?status=PENDING").body();
        assertThat(list)
                .contains("person-link-" + id)
                .contains("手机号一致")
                .contains("name=\"personId\" value=\"" + person + "\"")
                .doesNotContain(resident.phone())
                .doesNotContain(resident.phone().substring(3));
        var confirmed = staff.postForm(
                "/person-links/" + id + "/confirm", "personId=" + person + "&_csrf=" + PageSession.csrfOf(list));
        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(community()
                        .get("/api/v1/person-links/" + id)
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("CONFIRMED");
    }
}
