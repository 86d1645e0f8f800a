package org.redgrid.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.redgrid.support.PageSession;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A lock, a disabled account and a change of access end every page session and bearer token of the user. */
@IntegrationTest
class SessionEndTests {

    static final String PASSWORD = "Session#End2026";

    @LocalServerPort
    int port;

    private void create(String username) {
        assertThat(Api.as(port, "saihan.admin")
                        .post(
                                "/api/v1/users",
                                json(
                                        "username",
                                        username,
                                        "displayName",
                                        "会话测试",
                                        "password",
                                        PASSWORD,
                                        "roles",
                                        List.of("GRID_WORKER"),
                                        "scope",
                                        "150105004015001"))
                        .status())
                .isEqualTo(201);
    }

    private PageSession pageSession(String username) throws Exception {
        PageSession page = new PageSession(port);
        assertThat(page.logIn(username, PASSWORD).statusCode()).isEqualTo(302);
        assertThat(page.get("/").statusCode()).isEqualTo(200);
        return page;
    }

    @Test
    void anOpenPageSessionAndATokenStopWorkingWhenTheAccountLocksAndStayEndedAfterTheUnlock() throws Exception {
        create("session.lock");
        PageSession page = pageSession("session.lock");
        Api token = Api.as(port, "session.lock", PASSWORD);

        var anonymous = Api.anonymous(port);
        for (int attempt = 1; attempt <= 5; attempt++) {
            anonymous.post("/api/v1/auth/token", json("username", "session.lock", "password", "Wrong#Pass" + attempt));
        }

        assertEnded(page, token);
        assertThat(Api.as(port, "saihan.admin")
                        .post("/api/v1/users/session.lock/unlock", "{}")
                        .status())
                .isEqualTo(200);
        assertEnded(page, token);
    }

    @Test
    void disablingAUserEndsItsSessionAndTokensSoEnablingDoesNotReviveThem() throws Exception {
        create("session.disable");
        PageSession page = pageSession("session.disable");
        Api token = Api.as(port, "session.disable", PASSWORD);
        var admin = Api.as(port, "saihan.admin");

        assertThat(admin.post("/api/v1/users/session.disable/disable", "{}").status())
                .isEqualTo(200);
        assertThat(admin.post("/api/v1/users/session.disable/enable", "{}").status())
                .isEqualTo(200);

        assertEnded(page, token);
    }

    @Test
    void aChangeOfAccessEndsThePageSessionAndTheTokens() throws Exception {
        create("session.access");
        PageSession page = pageSession("session.access");
        Api token = Api.as(port, "session.access", PASSWORD);

        assertThat(Api.as(port, "saihan.admin")
                        .patch(
                                "/api/v1/users/session.access",
                                json("roles", List.of("GRID_WORKER"), "scope", "150105004015002"))
                        .status())
                .isEqualTo(200);

        assertEnded(page, token);
    }

    @Test
    void changingTheOwnPasswordEndsEveryPageSessionAndTokenOfTheUser() throws Exception {
        create("session.password");
        PageSession page = pageSession("session.password");
        Api other = Api.as(port, "session.password", PASSWORD);
        Api token = Api.as(port, "session.password", PASSWORD);

        var wrong = token.post(
                "/api/v1/me/password", json("currentPassword", "Not#ThePass1", "newPassword", "Changed#Pass2026"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().path("field").asString()).isEqualTo("currentPassword");
        assertThat(other.get("/api/v1/me").status()).isEqualTo(200);

        assertThat(token.post(
                                "/api/v1/me/password",
                                json("currentPassword", PASSWORD, "newPassword", "Changed#Pass2026"))
                        .status())
                .isEqualTo(204);

        assertEnded(page, other);
        assertThat(token.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(Api.as(port, "session.password", "Changed#Pass2026")
                        .get("/api/v1/me")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aHeldSessionCannotGuessTheCurrentPasswordPastTheLockOut() {
        create("session.guess");
        Api token = Api.as(port, "session.guess", PASSWORD);

        for (int attempt = 1; attempt <= 5; attempt++) {
            token.post(
                    "/api/v1/me/password",
                    json("currentPassword", "Guess#Number" + attempt, "newPassword", "Changed#Pass2026"));
        }

        var rightPassword =
                Api.anonymous(port).post("/api/v1/auth/token", json("username", "session.guess", "password", PASSWORD));
        assertThat(rightPassword.status()).isEqualTo(423);
    }

    /** The page session is sent back to the login and the token is refused. */
    private static void assertEnded(PageSession page, Api token) throws Exception {
        assertThat(page.get("/").statusCode()).isEqualTo(302);
        assertThat(token.get("/api/v1/me").status()).isEqualTo(401);
    }
}
