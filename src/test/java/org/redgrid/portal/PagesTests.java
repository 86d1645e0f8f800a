package org.redgrid.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.redgrid.support.PageSession;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The pages over real HTTP with a session cookie and CSRF tokens, as a browser sends them. */
@IntegrationTest
class PagesTests {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

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
            PageSession browser = new PageSession(port);
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
        PageSession browser = new PageSession(port);
        browser.logIn("dxdl.street", Api.DEMO_PASSWORD);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'dxdl.street'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void aWrongPasswordReturnsToTheLoginPageWithAnError() throws Exception {
        PageSession browser = new PageSession(port);
        var login = browser.logIn("taoyuan.grid2", "not-the-password");
        assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/login?error");
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void formsWithoutTheCsrfTokenAreRejected() throws Exception {
        PageSession browser = new PageSession(port);
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
        PageSession browser = new PageSession(port);
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
        PageSession browser = new PageSession(port);
        browser.logIn("taoyuan.grid1", Api.DEMO_PASSWORD);
        assertThat(browser.get("/registry/grid/150105004015002").statusCode()).isEqualTo(404);
        assertThat(browser.get("/registry?code=150105004016").statusCode()).isEqualTo(404);
        assertThat(browser.get("/registry").statusCode()).isEqualTo(200);
    }

    @Test
    void theImportPageTakesAnUploadAndShowsTheReport() throws Exception {
        PageSession browser = new PageSession(port);
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
        PageSession browser = new PageSession(port);
        assertThat(browser.get("/login?lang=en").body()).contains("Log in").contains("Username");
        assertThat(browser.get("/login").body()).contains("Username");
        assertThat(new PageSession(port).get("/login").body()).contains("用户名");
    }
}
