package org.redgrid.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.redgrid.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Anonymous page views store no session; a session is stored only for a user who logged in. */
@IntegrationTest
class AnonymousSessionTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private long anonymousSessionsSince(long millis) {
        return jdbc.sql("select count(*) from spring_session where principal_name is null and creation_time >= :since")
                .param("since", millis)
                .query(Long.class)
                .single();
    }

    private static HttpRequest page(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/html,application/xhtml+xml")
                .build();
    }

    @Test
    void fiftyAnonymousViewsAndFailedLoginsStoreNoSession() throws Exception {
        long start = System.currentTimeMillis() - 1000;
        String[] paths = {"/login", "/", "/report?grid=150105004015002", "/login?lang=en", "/cases"};
        for (int view = 0; view < 50; view++) {
            HttpClient visitor = HttpClient.newBuilder().build();
            var response = visitor.send(page(port, paths[view % paths.length]), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isIn(200, 302);
        }

        PageSession guesser = new PageSession(port);
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(guesser.logIn("nobody.guessing", "Wrong#Guess" + attempt).statusCode())
                    .isEqualTo(302);
        }

        assertThat(anonymousSessionsSince(start)).isZero();
    }

    @Test
    void aScannedQrLinkStillOpensItsPageAfterLoginAndOnlyTheLoginStoresASession() throws Exception {
        long start = System.currentTimeMillis() - 1000;
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        var asked = browser.send(page(port, "/report?grid=150105004015002"), HttpResponse.BodyHandlers.ofString());
        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(asked.headers().firstValue("Location").orElse("")).endsWith("/login");
        var login = browser.send(page(port, "/login"), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymousSessionsSince(start)).isZero();

        var loggedIn = browser.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=resident.zhang&password="
                                + URLEncoder.encode(Api.DEMO_PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                                + PageSession.csrfOf(login.body())))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location").orElse("")).endsWith("/report?grid=150105004015002");
        var report = browser.send(page(port, "/report?grid=150105004015002"), HttpResponse.BodyHandlers.ofString());
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(anonymousSessionsSince(start)).isZero();
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'resident.zhang'"
                                + " and creation_time >= :since")
                        .param("since", start)
                        .query(Long.class)
                        .single())
                .isPositive();
    }
}
