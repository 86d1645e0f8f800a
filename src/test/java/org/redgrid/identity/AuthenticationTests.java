package org.redgrid.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class AuthenticationTests {

    @LocalServerPort
    int port;

    @Test
    void everyDemoUserGetsATokenAndSeesTheirOwnScope() {
        var expected = List.of(
                List.of("region.admin", "15"),
                List.of("saihan.admin", "150105"),
                List.of("dxdl.street", "150105004"),
                List.of("taoyuan.community", "150105004015"),
                List.of("taoyuan.grid1", "150105004015001"),
                List.of("taoyuan.grid2", "150105004015002"),
                List.of("gas.dept", "150105"),
                List.of("resident.zhang", "150105004015001"));
        for (List<String> user : expected) {
            var me = Api.as(port, user.get(0)).get("/api/v1/me");
            assertThat(me.status()).isEqualTo(200);
            assertThat(me.json().path("username").asString()).isEqualTo(user.get(0));
            assertThat(me.json().path("scope").asString()).isEqualTo(user.get(1));
        }
    }

    @Test
    void tokenResponseCarriesTokenAndExpiry() {
        var response = Api.anonymous(port)
                .post("/api/v1/auth/token", json("username", "taoyuan.grid1", "password", Api.DEMO_PASSWORD));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("token").asString()).hasSizeGreaterThan(30);
        assertThat(response.json().path("expiresAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
    }

    @Test
    void wrongPasswordIsA401Problem() {
        var response = Api.anonymous(port)
                .post("/api/v1/auth/token", json("username", "taoyuan.grid2", "password", "Wrong#Password1"));
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("type").asString()).endsWith("/invalid-credentials");
    }

    @Test
    void apiWithoutOrWithABadTokenIsA401Problem() {
        var anonymous = Api.anonymous(port).get("/api/v1/people");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
    }

    @Test
    void fiveConsecutiveFailuresLockTheAccountFor15MinutesEvenForTheRightPassword() {
        var admin = Api.as(port, "taoyuan.community");
        assertThat(Api.as(port, "region.admin")
                        .post(
                                "/api/v1/users",
                                json(
                                        "username", "lockout.probe",
                                        "displayName", "锁定测试",
                                        "password", "Probe#Pass2026",
                                        "roles", List.of("GRID_WORKER"),
                                        "scope", "150105004015001"))
                        .status())
                .isEqualTo(201);
        var anonymous = Api.anonymous(port);
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(anonymous
                            .post(
                                    "/api/v1/auth/token",
                                    json("username", "lockout.probe", "password", "Wrong#Pass" + attempt))
                            .status())
                    .isEqualTo(401);
        }
        var fifth = anonymous.post("/api/v1/auth/token", json("username", "lockout.probe", "password", "Wrong#Pass5"));
        assertThat(fifth.status()).isEqualTo(423);
        assertThat(fifth.contentType()).startsWith("application/problem+json");
        assertThat(fifth.json().path("type").asString()).endsWith("/account-locked");

        var rightPassword =
                anonymous.post("/api/v1/auth/token", json("username", "lockout.probe", "password", "Probe#Pass2026"));
        assertThat(rightPassword.status()).isEqualTo(423);
        assertThat(rightPassword.json().path("lockedUntil").asString()).isNotEmpty();

        assertThat(Api.as(port, "taoyuan.grid1")
                        .post("/api/v1/users/lockout.probe/unlock", "{}")
                        .status())
                .isEqualTo(403);
        assertThat(Api.as(port, "region.admin")
                        .post("/api/v1/users/lockout.probe/unlock", "{}")
                        .status())
                .isEqualTo(200);
        assertThat(anonymous
                        .post("/api/v1/auth/token", json("username", "lockout.probe", "password", "Probe#Pass2026"))
                        .status())
                .isEqualTo(200);

        var audit = Api.as(port, "region.admin").get("/api/v1/audit?actor=lockout.probe&size=50");
        assertThat(audit.json().path("items").findValuesAsString("action"))
                .contains("ACCOUNT_LOCKED", "LOGIN_REJECTED_LOCKED", "LOGIN_FAILED", "LOGIN");
        assertThat(admin.get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void passwordsNeedTenCharactersOfThreeClasses() {
        var admin = Api.as(port, "region.admin");
        var tooShort = admin.post(
                "/api/v1/users",
                json(
                        "username",
                        "short.pw",
                        "displayName",
                        "短",
                        "password",
                        "Ab1#",
                        "roles",
                        List.of("GRID_WORKER"),
                        "scope",
                        "150105004015001"));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.json().path("field").asString()).isEqualTo("password");
        assertThat(tooShort.json().path("rule").asString()).isEqualTo("password.length");

        var twoClasses = admin.post(
                "/api/v1/users",
                json(
                        "username",
                        "weak.pw",
                        "displayName",
                        "弱",
                        "password",
                        "abcdefghij12",
                        "roles",
                        List.of("GRID_WORKER"),
                        "scope",
                        "150105004015001"));
        assertThat(twoClasses.status()).isEqualTo(400);
        assertThat(twoClasses.json().path("rule").asString()).isEqualTo("password.classes");
        assertThat(admin.get("/api/v1/users?q=weak.pw").json().path("total").asLong())
                .isZero();
    }

    @Test
    void anAdministratorCannotCreateUsersOutsideTheirScope() {
        var county = Api.as(port, "saihan.admin");
        var outside = county.post(
                "/api/v1/users",
                json(
                        "username",
                        "outside.user",
                        "displayName",
                        "外",
                        "password",
                        "Outside#2026x",
                        "roles",
                        List.of("GRID_WORKER"),
                        "scope",
                        "150102001001"));
        assertThat(outside.status()).isEqualTo(403);
        assertThat(Api.as(port, "region.admin")
                        .get("/api/v1/users?q=outside.user")
                        .json()
                        .path("total")
                        .asLong())
                .isZero();
    }

    @Test
    void nonAdministratorsCannotListUsers() {
        assertThat(Api.as(port, "taoyuan.grid1").get("/api/v1/users").status()).isEqualTo(403);
    }

    @Test
    void aCountyAdministratorListsOnlyUsersOfTheirCounty() {
        var users = Api.as(port, "saihan.admin")
                .get("/api/v1/users?size=100")
                .json()
                .path("items");
        assertThat(users.findValuesAsString("scope")).allMatch(scope -> scope.startsWith("150105"));
        assertThat(users.findValuesAsString("username")).doesNotContain("region.admin");
    }
}
