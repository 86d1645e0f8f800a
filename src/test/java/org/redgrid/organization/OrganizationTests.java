package org.redgrid.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import org.junit.jupiter.api.Test;
import org.redgrid.organization.internal.DivisionLoader;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class OrganizationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DivisionLoader loader;

    @Test
    void theWholeInnerMongoliaHierarchyIsLoadedFromTheRealCodes() {
        assertThat(countAtLevel(2)).isEqualTo(1);
        assertThat(countAtLevel(4)).isEqualTo(12);
        assertThat(countAtLevel(6)).isEqualTo(108);
        assertThat(countAtLevel(9)).isEqualTo(1225);
        assertThat(countAtLevel(12)).isEqualTo(14592);
        var taoyuan = Api.as(port, "region.admin")
                .get("/api/v1/divisions/150105004015")
                .json();
        assertThat(taoyuan.path("name").asString()).isEqualTo("桃园社区居委会");
        assertThat(taoyuan.path("parentCode").asString()).isEqualTo("150105004");
    }

    @Test
    void loadingTheSameFileAgainChangesNothing() {
        long before =
                jdbc.sql("select count(*) from division").query(Long.class).single();
        assertThat(loader.load()).isZero();
        assertThat(jdbc.sql("select count(*) from division").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void divisionsAcceptThePadded12DigitFormAndWalkDownTheTree() {
        var admin = Api.as(port, "region.admin");
        assertThat(admin.get("/api/v1/divisions/150105000000")
                        .json()
                        .path("name")
                        .asString())
                .isEqualTo("赛罕区");
        assertThat(admin.get("/api/v1/divisions/15/children").json().size()).isEqualTo(12);
        assertThat(admin.get("/api/v1/divisions/150105004/children").json().findValuesAsString("code"))
                .contains("150105004015");
        var bad = admin.get("/api/v1/divisions/15010");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("rule").asString()).isEqualTo("division-code.format");
        assertThat(admin.get("/api/v1/divisions/1599").status()).isEqualTo(404);
    }

    @Test
    void aGridCodeIsItsCommunityCodePlusASequence() {
        var community = Api.as(port, "taoyuan.community");
        var created = community.post(
                "/api/v1/grids",
                json(
                        "code",
                        "150105004015050",
                        "name",
                        "桃园社区测试网格",
                        "kind",
                        "SPECIAL",
                        "households",
                        320,
                        "centreLat",
                        40.81,
                        "centreLng",
                        111.72));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).isEqualTo("/api/v1/grids/150105004015050");
        assertThat(created.json().path("communityCode").asString()).isEqualTo("150105004015");
        var otherCommunity = community.post("/api/v1/grids", json("code", "150105004016001", "name", "越界网格"));
        assertThat(otherCommunity.status()).isEqualTo(404);
        var badLatitude = community.post(
                "/api/v1/grids", json("code", "150105004015051", "name", "x", "centreLat", 95.0, "centreLng", 111.0));
        assertThat(badLatitude.json().path("field").asString()).isEqualTo("centreLat");
        var gridWorker =
                Api.as(port, "taoyuan.grid1").post("/api/v1/grids", json("code", "150105004015052", "name", "x"));
        assertThat(gridWorker.status()).isEqualTo(404);
    }

    @Test
    void aSecondGridWithTheSameCodeIsRefusedNamingTheField() {
        var community = Api.as(port, "taoyuan.community");
        assertThat(community
                        .post("/api/v1/grids", json("code", "150105004015187", "name", "重复网格"))
                        .status())
                .isEqualTo(201);
        var again = community.post("/api/v1/grids", json("code", "150105004015187", "name", "重复网格二"));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().path("field").asString()).isEqualTo("code");
        assertThat(again.json().path("rule").asString()).isEqualTo("grid-code.unique");
    }

    @Test
    void aPartyOrganisationHangsOnlyUnderAParentTheWriterCanSee() {
        var community = Api.as(port, "taoyuan.community");
        long farAway = partyOrgId("150102101205", "jialanban-committee");
        long ownCommittee = partyOrgId("150105004015", "ty-committee");
        for (long parent : new long[] {farAway, 99_999_999L}) {
            var refused = community.post(
                    "/api/v1/party-orgs",
                    json("parentId", parent, "kind", "GRID_BRANCH", "name", "越界支部", "scopeCode", "150105004015001"));
            assertThat(refused.status()).isEqualTo(404);
        }
        var created = community.post(
                "/api/v1/party-orgs",
                json(
                        "parentId",
                        ownCommittee,
                        "kind",
                        "BUILDING_GROUP",
                        "name",
                        "测试党小组",
                        "scopeCode",
                        "150105004015001"));
        assertThat(created.status()).isEqualTo(201);
    }

    @Test
    void aRecordIsPlacedOnlyAtAnExistingPlaceInsideTheWritersScope() {
        var admin = Api.as(port, "saihan.admin");
        String[][] refusals = {
            {"1501050", "400", "scope.format"},
            {"150105999", "400", "scope.exists"},
            {"150105000", "400", "scope.format"},
            {"150105004015999", "400", "scope.exists"},
            {"150102", "404", null}
        };
        for (String[] refusal : refusals) {
            for (String body : new String[] {
                json("kind", "COMMUNITY_COMMITTEE", "name", "无处党组织", "scopeCode", refusal[0]),
                json("name", "无处单位", "creditCode", "914403001922038216", "kind", "ENTERPRISE", "scopeCode", refusal[0]),
                json("kind", "PARTY_SERVICE_CENTRE", "name", "无处驿站", "scopeCode", refusal[0])
            }) {
                String path = body.contains("creditCode")
                        ? "/api/v1/partner-units"
                        : body.contains("PARTY_SERVICE_CENTRE") ? "/api/v1/service-places" : "/api/v1/party-orgs";
                var refused = admin.post(path, body);
                assertThat(refused.status()).as(path + " " + refusal[0]).isEqualTo(Integer.parseInt(refusal[1]));
                if (refusal[2] != null) {
                    assertThat(refused.json().path("field").asString()).isEqualTo("scopeCode");
                    assertThat(refused.json().path("rule").asString()).isEqualTo(refusal[2]);
                }
            }
        }
        assertThat(jdbc.sql("select count(*) from party_org where name = '无处党组织'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    long partyOrgId(String within, String key) {
        for (var org : Api.as(port, "region.admin")
                .get("/api/v1/party-orgs?within=" + within)
                .json()) {
            if (org.path("key").asString().equals(key)) return org.path("id").asLong();
        }
        throw new AssertionError("no party organisation " + key);
    }

    @Test
    void aCreditCodeFailingItsCheckIsAcceptedWithAWarning() {
        var admin = Api.as(port, "saihan.admin");
        var good = admin.post(
                "/api/v1/partner-units",
                json(
                        "name",
                        "华为技术有限公司（共建测试）",
                        "creditCode",
                        "914403001922038216",
                        "kind",
                        "ENTERPRISE",
                        "scopeCode",
                        "150105"));
        assertThat(good.status()).isEqualTo(201);
        assertThat(good.json().path("warnings").size()).isZero();
        assertThat(good.json().path("value").path("creditCodeChecked").asBoolean())
                .isTrue();

        var suspicious = admin.post(
                "/api/v1/partner-units",
                json(
                        "name",
                        "校验位错误的单位",
                        "creditCode",
                        "914403001922038217",
                        "kind",
                        "ENTERPRISE",
                        "scopeCode",
                        "150105"));
        assertThat(suspicious.status()).isEqualTo(201);
        assertThat(suspicious.json().path("value").path("creditCodeChecked").asBoolean())
                .isFalse();
        assertThat(suspicious.json().path("warnings").get(0).path("rule").asString())
                .isEqualTo("gb32100.check-character");

        var malformed = admin.post(
                "/api/v1/partner-units",
                json("name", "格式错误", "creditCode", "91440300192203821I", "kind", "ENTERPRISE", "scopeCode", "150105"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().path("field").asString()).isEqualTo("creditCode");
        assertThat(malformed.json().path("rule").asString()).isEqualTo("gb32100.format");
    }

    @Test
    void demoPlacesComeFromTheArticles() {
        var admin = Api.as(port, "region.admin");
        assertThat(admin.get("/api/v1/grids?division=150105004015")
                        .json()
                        .path("total")
                        .asLong())
                .isGreaterThanOrEqualTo(3);
        assertThat(admin.get("/api/v1/partner-units?q=燃气").json().path("total").asLong())
                .isPositive();
        assertThat(admin.get("/api/v1/service-places?within=150105004015")
                        .json()
                        .findValuesAsString("kind"))
                .contains("PARTY_SERVICE_CENTRE", "RED_STATION", "MEAL_POINT", "CONVENIENCE_WORKSHOP");
        assertThat(admin.get("/api/v1/party-orgs?within=150105004015").json().findValuesAsString("kind"))
                .contains("COMMUNITY_COMMITTEE", "GRID_BRANCH", "BUILDING_GROUP", "CENTRAL_HOUSEHOLD");
    }

    private long countAtLevel(int level) {
        return jdbc.sql("select count(*) from division where level = :level")
                .param("level", level)
                .query(Long.class)
                .single();
    }
}
