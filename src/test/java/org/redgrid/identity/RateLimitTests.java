package org.redgrid.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redgrid.identity.internal.RateLimitSettings;
import org.redgrid.identity.internal.RateLimits;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.redgrid.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The login doors, Open311 and residents' reports refuse a client over its limit with 429 and
 * Retry-After. The suite runs with high limits; each test lowers one door's and restores them after.
 */
@IntegrationTest
class RateLimitTests {

    @LocalServerPort
    int port;

    @Autowired
    RateLimits limits;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    @AfterEach
    void configuredLimits() {
        limits.reset();
    }

    private void limit(RateLimits.Door door, int perAddress, int perAccount) {
        limits.set(door, new RateLimitSettings.Door(perAddress, perAccount, Duration.ofHours(1)));
    }

    private Api.Response token(String username) {
        return Api.anonymous(port).post("/api/v1/auth/token", json("username", username, "password", "Wrong#Pass1"));
    }

    @Test
    void theTokenEndpointLimitsAnAccountWithA429ProblemAndRetryAfter() throws Exception {
        limit(RateLimits.Door.LOGIN, 100, 2);

        assertThat(token("limit.account").status()).isEqualTo(401);
        assertThat(token("limit.account").status()).isEqualTo(401);
        var refused = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/auth/token"))
                                .header("Content-Type", "application/json")
                                .header("Accept-Language", "en")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        json("username", "limit.account", "password", Api.DEMO_PASSWORD)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(refused.headers()
                        .firstValue("Retry-After")
                        .map(Long::parseLong)
                        .orElse(0L))
                .isPositive();
        assertThat(refused.body()).contains("too-many-requests");
        assertThat(token("limit.other").status()).isEqualTo(401);
    }

    @Test
    void theTokenEndpointLimitsAClientAddressWhateverAccountItTries() {
        limit(RateLimits.Door.LOGIN, 2, 100);

        assertThat(token("limit.a").status()).isEqualTo(401);
        assertThat(token("limit.b").status()).isEqualTo(401);
        assertThat(token("limit.c").status()).isEqualTo(429);
        assertThat(token("region.admin").status()).isEqualTo(429);
        assertThat(throttledLoginsAudited("limit.c")).isEqualTo(1);
        assertThat(throttledLoginsAudited("region.admin")).isZero();
    }

    /** A refused attempt is audited when the bucket runs dry, not every one after it. */
    private long throttledLoginsAudited(String username) {
        return jdbc.sql("select count(*) from audit_log where action = 'LOGIN_THROTTLED' and actor = :actor")
                .param("actor", username)
                .query(Long.class)
                .single();
    }

    private HttpRequest login(String csrf, String password) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=taoyuan.grid1&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf))
                .build();
    }

    @Test
    void theLoginFormAnswersThePlatformsPageWith429() throws Exception {
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String csrf = PageSession.csrfOf(browser.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        limit(RateLimits.Door.LOGIN, 1, 100);
        assertThat(browser.send(login(csrf, "Wrong#Pass1"), HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(302);
        var refused = browser.send(login(csrf, Api.DEMO_PASSWORD), HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(refused.body()).contains("北疆红色网格");
    }

    @Test
    void open311SubmissionsAreLimitedPerAddress() {
        limit(RateLimits.Door.OPEN311, 1, 100);
        var anonymous = Api.anonymous(port);

        int first = anonymous
                .postForm("/open311/v2/requests.json", "api_key", "no-such-key", "service_code", "x")
                .status();
        var second = anonymous.postForm("/open311/v2/requests.xml", "api_key", "other-key", "service_code", "x");

        assertThat(first).isNotEqualTo(429);
        assertThat(second.status()).isEqualTo(429);
        assertThat(second.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aPercentEncodedPathIsCountedAsThePathItRoutesTo() {
        limit(RateLimits.Door.OPEN311, 1, 100);
        var anonymous = Api.anonymous(port);

        anonymous.postForm("/open311/v2/requests.json", "api_key", "no-such-key", "service_code", "x");
        var encoded = anonymous.postForm("/open311/v2/%72equests.json", "api_key", "other-key", "service_code", "x");

        assertThat(encoded.status()).isEqualTo(429);
    }

    @Test
    void open311SubmissionsAreLimitedPerApiKey() {
        limit(RateLimits.Door.OPEN311, 100, 1);
        var anonymous = Api.anonymous(port);

        assertThat(anonymous
                        .postForm("/open311/v2/requests.json", "api_key", "one-key", "service_code", "x")
                        .status())
                .isNotEqualTo(429);
        assertThat(anonymous
                        .postForm("/open311/v2/requests.json", "api_key", "one-key", "service_code", "x")
                        .status())
                .isEqualTo(429);
        assertThat(anonymous
                        .postForm("/open311/v2/requests.json", "api_key", "another-key", "service_code", "x")
                        .status())
                .isNotEqualTo(429);
    }

    @Test
    void aResidentsReportsAreLimitedInTheApiAndOnThePageButAGridWorkersAreNot() throws Exception {
        var resident = Api.as(port, "resident.zhang");
        var worker = Api.as(port, "taoyuan.grid1");
        PageSession page = PageSession.loggedIn(port, "resident.zhang");
        String csrf = PageSession.csrfOf(page.get("/report").body());
        limit(RateLimits.Door.REPORT, 100, 1);

        assertThat(resident.post("/api/v1/cases", "{}").status()).isEqualTo(400);
        var refused = resident.post("/api/v1/cases", "{}");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");

        var onThePage = page.postForm("/report", "title=x&_csrf=" + csrf);
        assertThat(onThePage.statusCode()).isEqualTo(429);
        assertThat(onThePage.headers().firstValue("Retry-After")).isPresent();

        assertThat(worker.post("/api/v1/cases", "{}").status()).isEqualTo(400);
        assertThat(worker.post("/api/v1/cases", "{}").status()).isEqualTo(400);
    }
}
