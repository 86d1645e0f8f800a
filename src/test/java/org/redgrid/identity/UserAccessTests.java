package org.redgrid.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Administrators change roles and scopes and disable users, only inside their own scope and rank. */
@IntegrationTest
class UserAccessTests {

    @LocalServerPort
    int port;

    private void create(String username, String scope) {
        var created = Api.as(port, "saihan.admin")
                .post(
                        "/api/v1/users",
                        json(
                                "username",
                                username,
                                "displayName",
                                "权限测试",
                                "password",
                                "Access#Pass2026",
                                "roles",
                                List.of("GRID_WORKER"),
                                "scope",
                                scope));
        assertThat(created.status()).isEqualTo(201);
    }

    private int login(String username) {
        return Api.anonymous(port)
                .post("/api/v1/auth/token", json("username", username, "password", "Access#Pass2026"))
                .status();
    }

    @Test
    void anAdministratorChangesRolesAndScopeInsideItsOwnScopeAndTheChangeIsAudited() {
        create("access.change", "150105004015001");
        var admin = Api.as(port, "saihan.admin");

        var changed = admin.patch(
                "/api/v1/users/access.change",
                json("roles", List.of("COMMUNITY_STAFF", "GRID_LEADER"), "scope", "150105004015"));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("scope").asString()).isEqualTo("150105004015");
        assertThat(changed.json().path("roles").toString()).contains("COMMUNITY_STAFF", "GRID_LEADER");
        assertThat(admin.get("/api/v1/audit?actor=saihan.admin&action=USER_ACCESS_CHANGED")
                        .json()
                        .path("total")
                        .asLong())
                .isPositive();
    }

    @Test
    void anAdministratorNeverGrantsAScopeAboveItsOwnNorAHigherAdministratorRole() {
        create("access.above", "150105004015002");
        var admin = Api.as(port, "saihan.admin");

        assertThat(admin.patch("/api/v1/users/access.above", json("roles", List.of("GRID_WORKER"), "scope", "1501"))
                        .status())
                .isEqualTo(403);
        assertThat(admin.patch("/api/v1/users/access.above", json("roles", List.of("REGION_ADMIN"), "scope", "150105"))
                        .status())
                .isEqualTo(403);
        var badScope = admin.patch("/api/v1/users/access.above", json("roles", List.of("GRID_WORKER"), "scope", "x1"));
        assertThat(badScope.status()).isEqualTo(400);
        assertThat(badScope.body()).contains("scope");
        assertThat(Api.as(port, "region.admin")
                        .get("/api/v1/users?q=access.above")
                        .json()
                        .path("items")
                        .get(0)
                        .path("scope")
                        .asString())
                .isEqualTo("150105004015002");
    }

    @Test
    void aDisabledUserCannotLogInUntilEnabledAgain() {
        create("access.disable", "150105004015001");
        assertThat(login("access.disable")).isEqualTo(200);
        var admin = Api.as(port, "saihan.admin");

        var disabled = admin.post("/api/v1/users/access.disable/disable", "{}");
        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.json().path("enabled").asBoolean()).isFalse();
        assertThat(login("access.disable")).isEqualTo(401);

        assertThat(admin.post("/api/v1/users/access.disable/enable", "{}").status())
                .isEqualTo(200);
        assertThat(login("access.disable")).isEqualTo(200);
    }

    @Test
    void usersOutsideTheAdministratorsScopeAreNotFoundAndOthersMayNotManageUsers() {
        assertThat(Api.as(port, "saihan.admin")
                        .post("/api/v1/users/region.admin/disable", "{}")
                        .status())
                .isEqualTo(404);
        assertThat(Api.as(port, "taoyuan.community")
                        .post("/api/v1/users/taoyuan.grid1/disable", "{}")
                        .status())
                .isEqualTo(403);
        assertThat(Api.as(port, "saihan.admin")
                        .post("/api/v1/users/saihan.admin/disable", "{}")
                        .status())
                .isEqualTo(409);
    }
}
