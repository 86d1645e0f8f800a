package org.redgrid.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.redgrid.support.PageSession;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The archive pages in both languages, and the forms that ask the same rules as the API. */
@IntegrationTest
class ArchivePagesTests {

    @LocalServerPort
    int port;

    long fileOf(String cadre) {
        for (JsonNode f :
                Api.as(port, "saihan.archives").get("/api/v1/archives/files").json()) {
            if (f.path("cadreName").asString().equals(cadre))
                return f.path("id").asLong();
        }
        throw new AssertionError(cadre);
    }

    @Test
    void theKeeperSeesTheRequestToAnswerInChineseAndInEnglish() throws Exception {
        PageSession keeper = PageSession.loggedIn(port, "saihan.archives");

        String zh = keeper.get("/archives").body();
        String en = keeper.get("/archives?lang=en").body();

        assertThat(zh).contains("查阅申请").contains("党组织关系转入桃园社区，核查入党志愿书").contains("同意");
        assertThat(en).contains("Access requests").contains("Approve");
    }

    @Test
    void theCatalogueLinksEachOfItsFortyOneItemsToARequestForm() throws Exception {
        String page = PageSession.loggedIn(port, "taoyuan.party")
                .get("/archives/catalogue")
                .body();

        assertThat(page.split("/archives/request\\?item=", -1)).hasSize(42);
        String form = PageSession.loggedIn(port, "taoyuan.party")
                .get("/archives/request?item=QUERY.PARTY_APPLICATION")
                .body();
        assertThat(form).contains("value=\"PARTY\" checked").contains("入党志愿书核查");
    }

    @Test
    void aReaderWithoutAGrantSeesTheCatalogueButNoPage() throws Exception {
        PageSession community = PageSession.loggedIn(port, "taoyuan.party");
        long file = fileOf("曲明远");

        HttpResponse<String> catalogue = community.get("/archives/files/" + file);
        assertThat(catalogue.statusCode()).isEqualTo(200);
        assertThat(catalogue.body()).contains("入党志愿书").contains("未授权").doesNotContain("page-link");
        assertThat(community
                        .get("/archives/files/" + file + "/materials/1/pages/1/image")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aResidentFindsNoPersonnelFile() throws Exception {
        PageSession resident = PageSession.loggedIn(port, "resident.zhang");

        assertThat(resident.get("/archives/files/" + fileOf("曲明远")).statusCode())
                .isEqualTo(404);
        assertThat(resident.get("/").body()).doesNotContain("/archives");
    }

    @Test
    void aRequestFormWithoutPurposeIsRefusedByNameOnThePage() throws Exception {
        PageSession community = PageSession.loggedIn(port, "taoyuan.party");
        long file = fileOf("韩冬");
        String csrf =
                PageSession.csrfOf(community.get("/archives/files/" + file).body());

        community.postForm(
                "/archives/requests",
                "file=" + file + "&parts=PARTY&purpose=&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));

        String page = community.get("/archives/files/" + file).body();
        assertThat(page).contains("class=\"error\"");
        assertThat(Api.as(port, "taoyuan.party")
                        .get("/api/v1/archives/requests")
                        .body())
                .doesNotContain("\"cadreName\":\"韩冬\"");
    }

    @Test
    void theCentreHeadSeesTheFiguresPage() throws Exception {
        String page = PageSession.loggedIn(port, "saihan.archives")
                .get("/archives/figures")
                .body();

        assertThat(page).contains("线上查阅率").contains("150105004");
    }
}
