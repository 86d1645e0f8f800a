package org.redgrid.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.redgrid.support.PageSession;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The work pages over plain HTTP: scope, CSRF, masking, escaping and language, without a browser. */
@IntegrationTest
class WorkPagesTests {

    static final String[] USERS = {
        "region.admin",
        "saihan.admin",
        "dxdl.street",
        "taoyuan.community",
        "taoyuan.grid1",
        "taoyuan.grid2",
        "gas.dept",
        "resident.zhang"
    };

    /** An 18-character ID number or an 11-digit mobile number standing on its own. */
    static final Pattern UNMASKED = Pattern.compile("(?<![\\d-])(\\d{17}[\\dXx]|1[3-9]\\d{9})(?![\\d-])");

    @LocalServerPort
    int port;

    long report(String title) {
        var response = Api.as(port, "resident.zhang")
                .post(
                        "/api/v1/cases",
                        json(
                                "type", "PROBLEM",
                                "category", "EVENT.ENVIRONMENT",
                                "gridCode", "150105004015001",
                                "title", title,
                                "description", "楼下垃圾没人清理"));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asLong();
    }

    @Test
    void everyDemoUserOpensTheWorkPagesOfTheirRole() throws Exception {
        for (String user : USERS) {
            PageSession session = PageSession.loggedIn(port, user);
            for (String path : new String[] {"/", "/tasks", "/tasks/summary", "/report", "/board", "/mine"}) {
                var page = session.get(path);
                assertThat(page.statusCode()).as(user + " " + path).isEqualTo(200);
                assertThat(UNMASKED.matcher(page.body()).find())
                        .as(user + " " + path + " shows no unmasked number")
                        .isFalse();
            }
        }
    }

    @Test
    void aCaseOutsideTheUsersScopeIsNotFound() throws Exception {
        long id = report("网格一的问题 " + System.nanoTime());

        assertThat(PageSession.loggedIn(port, "taoyuan.grid2")
                        .get("/cases/" + id)
                        .statusCode())
                .isEqualTo(404);
        assertThat(PageSession.loggedIn(port, "gas.dept").get("/cases/" + id).statusCode())
                .isEqualTo(404);
        assertThat(PageSession.loggedIn(port, "taoyuan.grid1")
                        .get("/cases/" + id)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void anActionWithoutTheCsrfTokenIsRejectedAndChangesNothing() throws Exception {
        long id = report("无令牌的立案 " + System.nanoTime());
        PageSession community = PageSession.loggedIn(port, "taoyuan.community");

        assertThat(community.postForm("/cases/" + id + "/act", "action=FILE").statusCode())
                .isEqualTo(403);
        assertThat(community.get("/cases/" + id).body()).contains("id=\"case-status\">待立案<");

        String csrf = PageSession.csrfOf(community.get("/cases/" + id).body());
        var filed = community.postForm("/cases/" + id + "/act", "action=FILE&_csrf=" + csrf);
        assertThat(filed.statusCode()).isEqualTo(302);
        assertThat(community.get("/cases/" + id).body()).contains("id=\"case-status\">已立案<");
    }

    @Test
    void aHostileTitleIsEscapedInTheListAndOnTheCasePage() throws Exception {
        long id = report("<script>alert(1)</script>");
        PageSession community = PageSession.loggedIn(port, "taoyuan.community");

        for (String path : new String[] {"/cases/" + id, "/tasks?list=INBOX"}) {
            assertThat(community.get(path).body())
                    .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                    .doesNotContain("<script>alert(1)</script>");
        }
    }

    @Test
    void theSearchBoxFindsACaseByTitleAndAnOverlongSearchIsShownAsAnError() throws Exception {
        String title = "可搜索的问题 " + System.nanoTime();
        report(title);
        PageSession community = PageSession.loggedIn(port, "taoyuan.community");

        String found = community
                .get("/tasks?list=INBOX&q=" + URLEncoder.encode(title, StandardCharsets.UTF_8))
                .body();
        assertThat(found).contains(title).contains("共 1 件");
        var tooLong = community.get("/tasks?list=INBOX&q=" + "x".repeat(150));
        assertThat(tooLong.body()).contains("id=\"q-error\"").contains("搜索词最多 100 个字符");
    }

    @Test
    void theWorkPagesSpeakEnglishWhenAsked() throws Exception {
        PageSession grid = PageSession.loggedIn(port, "taoyuan.grid1");

        String page = grid.get("/tasks?lang=en").body();

        assertThat(page).contains("My tasks").contains("Search by number or title");
    }

    @Test
    void theLiveStreamIsOnlyForLoggedInUsers() throws Exception {
        var anonymous = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/tasks/events"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        assertThat(anonymous.statusCode()).isEqualTo(302);
    }
}
