package org.redgrid.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The pages over real HTTP with a session cookie and CSRF tokens, as a browser sends them. */
@IntegrationTest
class PagesTests {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** A browser-like session: cookies kept, redirects not followed. */
    class Browser {
        final HttpClient http =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
            return http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> logIn(String username, String password) throws IOException, InterruptedException {
            String csrf = csrfOf(get("/login").body());
            return postForm(
                    "/login",
                    "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                            + "&_csrf=" + csrf);
        }
    }

    static String csrfOf(String html) {
        Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("the form carries a CSRF token").isTrue();
        return matcher.group(1);
    }

    @Test
    void everyDemoUserLogsInAndTheirHomePageShowsTheirScope() throws Exception {
        String[][] users = {
            {"region.admin", "内蒙古自治区", "15"},
            {"saihan.admin", "赛罕区", "150105"},
            {"dxdl.street", "大学东路街道", "150105004"},
            {"taoyuan.community", "桃园社区居委会", "150105004015"},
            {"taoyuan.grid1", "桃园社区居委会", "150105004015001"},
            {"taoyuan.grid2", "桃园社区居委会", "150105004015002"},
            {"gas.dept", "赛罕区", "150105"},
            {"resident.zhang", "桃园社区居委会", "150105004015001"}
        };
        for (String[] user : users) {
            Browser browser = new Browser();
            var login = browser.logIn(user[0], Api.DEMO_PASSWORD);
            assertThat(login.statusCode()).isEqualTo(302);
            assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/");
            var home = browser.get("/");
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains(user[1]).contains("<code>" + user[2] + "</code>");
        }
    }

    @Test
    void pageSessionsLiveInTheDatabaseSoAnyNodeCanServeThem() throws Exception {
        Browser browser = new Browser();
        browser.logIn("dxdl.street", Api.DEMO_PASSWORD);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'dxdl.street'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void aWrongPasswordReturnsToTheLoginPageWithAnError() throws Exception {
        Browser browser = new Browser();
        var login = browser.logIn("taoyuan.grid2", "not-the-password");
        assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/login?error");
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void formsWithoutTheCsrfTokenAreRejected() throws Exception {
        Browser browser = new Browser();
        browser.get("/login");
        var login = browser.postForm(
                "/login",
                "username=taoyuan.grid1&password=" + URLEncoder.encode(Api.DEMO_PASSWORD, StandardCharsets.UTF_8));
        assertThat(login.statusCode()).isEqualTo(403);
    }

    @Test
    void theRegistryBrowserShowsMaskedPeopleAndEscapesWhatUsersTyped() throws Exception {
        var api = Api.as(port, "taoyuan.grid1");
        long household = api.post("/api/v1/households", json("gridCode", "150105004015001", "room", "<b>9</b>"))
                .json()
                .path("id")
                .asLong();
        String first17 = "15010519750505931";
        String id = first17 + org.redgrid.shared.IdNumber.checkCharacter(first17);
        assertThat(api.post(
                                "/api/v1/people",
                                json(
                                        "householdId",
                                        household,
                                        "name",
                                        "<script>alert(1)</script>",
                                        "idNumber",
                                        id,
                                        "phone",
                                        "13812345678"))
                        .status())
                .isEqualTo(201);
        Browser browser = new Browser();
        browser.logIn("taoyuan.grid1", Api.DEMO_PASSWORD);
        var page = browser.get("/registry/household/" + household);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)</script>")
                .doesNotContain(id)
                .doesNotContain("13812345678")
                .contains("138****5678");
        assertThat(browser.get("/registry/grid/150105004015001").body()).contains("&lt;b&gt;9&lt;/b&gt;");
    }

    @Test
    void registryPagesOutsideTheScopeAre404() throws Exception {
        Browser browser = new Browser();
        browser.logIn("taoyuan.grid1", Api.DEMO_PASSWORD);
        assertThat(browser.get("/registry/grid/150105004015002").statusCode()).isEqualTo(404);
        assertThat(browser.get("/registry?code=150105004016").statusCode()).isEqualTo(404);
        assertThat(browser.get("/registry").statusCode()).isEqualTo(200);
    }

    @Test
    void theImportPageTakesAnUploadAndShowsTheReport() throws Exception {
        Browser browser = new Browser();
        browser.logIn("taoyuan.community", Api.DEMO_PASSWORD);
        var page = browser.get("/import");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"_csrf\"").contains("<label for=\"file\"");
        assertThat(browser.get("/import/template")
                        .headers()
                        .firstValue("Content-Type")
                        .orElse(""))
                .startsWith("application/vnd.openxmlformats");
    }

    @Test
    void pagesSwitchToEnglish() throws Exception {
        Browser browser = new Browser();
        assertThat(browser.get("/login?lang=en").body()).contains("Log in").contains("Username");
        assertThat(browser.get("/login").body()).contains("Username");
        assertThat(new Browser().get("/login").body()).contains("用户名");
    }
}
