package org.redgrid.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.redgrid.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One grant rule for the API's create and change and the administration page: rank, scope, unit. */
@IntegrationTest
class GrantTests {

    static final String PASSWORD = "Grant#Pass2026";
    static final String GAS_COMPANY = "91150105MA0XECCCFC";
    static final String YUQUAN_CIVIL_AFFAIRS = "11150104549579222N";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Api.Response create(String admin, String username, String role, String scope, String partnerUnit) {
        return Api.as(port, admin)
                .post(
                        "/api/v1/users",
                        partnerUnit == null
                                ? json(
                                        "username", username,
                                        "displayName", "授权测试",
                                        "password", PASSWORD,
                                        "roles", List.of(role),
                                        "scope", scope)
                                : json(
                                        "username", username,
                                        "displayName", "授权测试",
                                        "password", PASSWORD,
                                        "roles", List.of(role),
                                        "scope", scope,
                                        "partnerUnit", partnerUnit));
    }

    private boolean exists(String username) {
        return Api.as(port, "region.admin")
                        .get("/api/v1/users?q=" + username)
                        .json()
                        .path("total")
                        .asLong()
                > 0;
    }

    private static String form(String... namesAndValues) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!form.isEmpty()) form.append('&');
            form.append(namesAndValues[i])
                    .append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return form.toString();
    }

    @Test
    void aCountyAdministratorCannotCreateARegionOrCityAdministratorThroughTheApi() {
        for (String role : List.of("REGION_ADMIN", "CITY_ADMIN")) {
            String username = "grant.api." + role.toLowerCase().replace('_', '.');
            var refused = create("saihan.admin", username, role, "150105", null);

            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(exists(username)).isFalse();
        }
        assertThat(create("saihan.admin", "grant.api.county", "COUNTY_ADMIN", "150105", null)
                        .status())
                .isEqualTo(201);
    }

    @Test
    void aCountyAdministratorCannotCreateARegionAdministratorThroughTheAdministrationPage() throws Exception {
        PageSession page = PageSession.loggedIn(port, "saihan.admin");
        var users = page.get("/admin/users");
        assertThat(users.body()).doesNotContain("value=\"REGION_ADMIN\"");

        var posted = page.postForm(
                "/admin/users",
                form(
                        "username", "grant.page.region",
                        "displayName", "页面授权",
                        "password", PASSWORD,
                        "scope", "150105",
                        "roles", "REGION_ADMIN",
                        "_csrf", PageSession.csrfOf(users.body())));

        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(posted.body()).contains("不能授予高于本人的角色");
        assertThat(exists("grant.page.region")).isFalse();
    }

    @Test
    void aCountyAdministratorCannotRaiseAUserToCityAdministratorThroughTheUserPage() throws Exception {
        assertThat(create("saihan.admin", "grant.page.raise", "GRID_WORKER", "150105004015001", null)
                        .status())
                .isEqualTo(201);
        PageSession page = PageSession.loggedIn(port, "saihan.admin");
        var form = page.get("/admin/users/grant.page.raise");

        var posted = page.postForm(
                "/admin/users/grant.page.raise",
                form("roles", "CITY_ADMIN", "scope", "150105", "_csrf", PageSession.csrfOf(form.body())));

        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(Api.as(port, "region.admin")
                        .get("/api/v1/users?q=grant.page.raise")
                        .json()
                        .path("items")
                        .get(0)
                        .path("roles")
                        .toString())
                .doesNotContain("CITY_ADMIN");
    }

    @Test
    void aScopeOfSevenDigitsIsRefusedOnCreateChangeAndThePageNamingTheScope() throws Exception {
        var created = create("saihan.admin", "grant.seven", "GRID_WORKER", "1501050", null);
        assertThat(created.status()).isEqualTo(400);
        assertThat(created.json().path("field").asString()).isEqualTo("scope");
        assertThat(exists("grant.seven")).isFalse();

        assertThat(create("saihan.admin", "grant.seven.patch", "GRID_WORKER", "150105004015001", null)
                        .status())
                .isEqualTo(201);
        var changed = Api.as(port, "saihan.admin")
                .patch("/api/v1/users/grant.seven.patch", json("roles", List.of("GRID_WORKER"), "scope", "1501050"));
        assertThat(changed.status()).isEqualTo(400);
        assertThat(changed.json().path("field").asString()).isEqualTo("scope");

        PageSession page = PageSession.loggedIn(port, "saihan.admin");
        var users = page.get("/admin/users");
        var posted = page.postForm(
                "/admin/users",
                form(
                        "username", "grant.seven.page",
                        "displayName", "七位",
                        "password", PASSWORD,
                        "scope", "1501050",
                        "roles", "GRID_WORKER",
                        "_csrf", PageSession.csrfOf(users.body())));
        assertThat(posted.body()).contains("new-scope-error");
        assertThat(exists("grant.seven.page")).isFalse();
    }

    @Test
    void aGridThatDoesNotExistIsNotAScopeEvenForTheRegionAdministrator() {
        var refused = create("region.admin", "grant.nogrid", "GRID_WORKER", "159999999999999", null);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("field").asString()).isEqualTo("scope");
        assertThat(refused.json().path("rule").asString()).isEqualTo("scope.exists");
        assertThat(create("region.admin", "grant.nodivision", "GRID_WORKER", "150199", null)
                        .status())
                .isEqualTo(400);
        assertThat(exists("grant.nogrid")).isFalse();
    }

    @Test
    void aDepartmentUserIsBoundOnlyToAPartnerUnitServingInsideTheGrantersScope() {
        var otherCounty = create("saihan.admin", "grant.unit.yuquan", "DEPARTMENT", "150105", YUQUAN_CIVIL_AFFAIRS);
        assertThat(otherCounty.status()).isEqualTo(400);
        assertThat(otherCounty.json().path("field").asString()).isEqualTo("partnerUnit");
        assertThat(create("saihan.admin", "grant.unit.none", "DEPARTMENT", "150105", "91150105MA0XECCC00")
                        .status())
                .isEqualTo(400);
        assertThat(exists("grant.unit.yuquan")).isFalse();

        assertThat(create("saihan.admin", "grant.unit.gas", "DEPARTMENT", "150105", GAS_COMPANY)
                        .status())
                .isEqualTo(201);
    }

    @Test
    void aDepartmentUserIsNotBoundToAPartnerUnitRecordedForAPlaceThatDoesNotExist() {
        jdbc.sql("""
                        insert into partner_unit (unit_key, name, credit_code, credit_code_checked, kind, scope_code)
                        values ('grant-nowhere', '无处单位', '91150105MA0XECCD01', false, 'ENTERPRISE', '150105999')""").update();

        var refused = create("saihan.admin", "grant.unit.nowhere", "DEPARTMENT", "150105", "91150105MA0XECCD01");

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().path("field").asString()).isEqualTo("partnerUnit");
        assertThat(exists("grant.unit.nowhere")).isFalse();
    }

    @Test
    void aCountyAdministratorDoesNotDisableAUserRankedAboveIt() {
        assertThat(create("region.admin", "grant.above", "CITY_ADMIN", "1501", null)
                        .status())
                .isEqualTo(201);

        assertThat(Api.as(port, "saihan.admin")
                        .post("/api/v1/users/grant.above/disable", "{}")
                        .status())
                .isIn(403, 404);
        assertThat(Api.as(port, "grant.above", PASSWORD).get("/api/v1/me").status())
                .isEqualTo(200);
    }

    @Test
    void noPersonTakesTheNameOfThePlatformOrOfAnOpen311Key() {
        for (String name : new String[] {"system", "open311-key-1"}) {
            var refused = create("region.admin", name, "RESIDENT", "150105004015001", null);

            assertThat(refused.status()).as(name).isEqualTo(400);
            assertThat(refused.json().path("field").asString()).isEqualTo("username");
            assertThat(refused.json().path("rule").asString()).isEqualTo("username.reserved");
        }
    }

    @Test
    void aRegionAdministratorIsNotBoundToACounty() {
        var refused = create("region.admin", "grant.region.county", "REGION_ADMIN", "150105", null);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("field").asString()).isEqualTo("scope");
        assertThat(refused.json().path("rule").asString()).isEqualTo("scope.role-level");
    }
}
