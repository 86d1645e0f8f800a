package org.redgrid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.BadInputTests.assertProblem;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.redgrid.support.PageSession;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Input no person types — control characters, pages past the end of any table, a stray language, an
 * address the server itself refuses, a number where text belongs — is refused as a 4xx in the format
 * of its path, never a 5xx and never a framework's default page.
 */
@IntegrationTest
class HostileInputTests {

    @LocalServerPort
    int port;

    @Test
    void aNulInTheLoginBodyIsRefusedNamingTheField() {
        var response =
                Api.anonymous(port).post("/api/v1/auth/token", "{\"username\": \"a\\u0000b\", \"password\": \"x\"}");
        assertProblem(response, 400);
        assertThat(response.json().path("field").asString()).isEqualTo("username");
        assertThat(response.json().path("rule").asString()).isEqualTo("text.control-character");
    }

    @Test
    void aControlCharacterDeepInABodyIsNamedByItsPath() {
        var response = Api.as(port, "taoyuan.community")
                .post("/api/v1/people", "{\"name\": \"张三\", \"tags\": [\"a\", \"b\\u0007\"]}");
        assertProblem(response, 400);
        assertThat(response.json().path("field").asString()).isEqualTo("tags[1]");
        assertThat(response.json().path("rule").asString()).isEqualTo("text.control-character");
    }

    @Test
    void aNulInAQueryParameterIsRefusedNamingTheParameter() {
        var response = Api.as(port, "taoyuan.community").get("/api/v1/people?q=%00");
        assertProblem(response, 400);
        assertThat(response.json().path("field").asString()).isEqualTo("q");
        assertThat(response.json().path("rule").asString()).isEqualTo("text.control-character");
        var english = Api.as(port, "taoyuan.community").inLanguage("en").get("/api/v1/people?q=%00");
        assertThat(english.json().path("detail").asString()).startsWith("q contains the control character U+0000");
    }

    @Test
    void aNulInAnOpen311ParameterIsAGeoReportErrorInTheAskedFormat() {
        var json = Api.anonymous(port).get("/open311/v2/requests.json?service_code=%00");
        assertThat(json.status()).isEqualTo(400);
        assertThat(json.contentType()).startsWith("application/json");
        assertThat(json.json().get(0).path("code").asInt()).isEqualTo(400);
        assertThat(json.json().get(0).path("description").asString()).contains("service_code");
        var xml = Api.anonymous(port).get("/open311/v2/requests.xml?service_code=%00");
        assertThat(xml.status()).isEqualTo(400);
        assertThat(xml.body()).contains("<errors><error><code>400</code>");
    }

    @Test
    void aControlCharacterInAPageFormIsRefusedWithTheErrorPage() throws Exception {
        PageSession page = PageSession.loggedIn(port, "taoyuan.community");
        String csrf = PageSession.csrfOf(page.get("/").body());
        var response = page.postForm("/admin/users", "_csrf=" + csrf + "&username=a%01b");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(response.body()).contains("北疆红色网格").contains("控制字符");
    }

    @Test
    void aNulInAnUploadsFileNameIsRefusedNotAServerError() {
        var response = Api.as(port, "taoyuan.community")
                .upload("/api/v1/import/households", "households\u0000.xlsx", new byte[] {1, 2, 3});
        assertProblem(response, 400);
        assertThat(response.json().path("rule").asString()).as(response.body()).isEqualTo("text.control-character");
    }

    @Test
    void aReferenceToARecordThatDoesNotExistIsA404NotAServerError() {
        var response = Api.as(port, "taoyuan.community")
                .post("/api/v1/party-members", "{\"personId\": 1, \"partyOrgId\": -1, \"inService\": false}");
        assertProblem(response, 404);
    }

    @Test
    void aQueryParameterThatIsNoUtf8IsRefusedNamingItNotAServerError() {
        var community = Api.as(port, "taoyuan.community");
        for (String path : new String[] {"/api/v1/cases?q=%ED%A0%80", "/api/v1/people?q=%FF", "/api/v1/me?lang=%C3"}) {
            var response = community.get(path);
            assertProblem(response, 400);
            assertThat(response.json().path("rule").asString()).as(path).isEqualTo("text.encoding");
        }
        assertThat(community.get("/api/v1/cases?q=%E8%B7%AF%E7%81%AF").status()).isEqualTo(200);
    }

    @Test
    void aControlCharacterInAPathVariableIsRefusedNamingThePath() {
        var response = Api.as(port, "taoyuan.community").get("/api/v1/people/%01");
        assertProblem(response, 400);
        assertThat(response.json().path("rule").asString()).isEqualTo("text.control-character");
    }

    @Test
    void aPageWhoseOffsetOverflowsIsRefusedNamingPage() {
        var response = Api.as(port, "taoyuan.community").get("/api/v1/people?page=99999999&size=500");
        assertProblem(response, 400);
        assertThat(response.json().path("field").asString()).isEqualTo("page");
        assertThat(response.json().path("rule").asString()).isEqualTo("paging.page");
        assertProblem(Api.as(port, "saihan.admin").get("/api/v1/cases?page=2147483647&size=2"), 400);
    }

    @Test
    void aPageOfThePortalBeyondAnyOffsetIsTheErrorPageWith400() throws Exception {
        PageSession page = PageSession.loggedIn(port, "taoyuan.grid1");
        var response = page.get("/board?page=2147483647");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("北疆红色网格");
    }

    @Test
    void aDateWhoseArithmeticWouldOverflowIsRefusedOnPagesAndInTheApi() throws Exception {
        PageSession page = PageSession.loggedIn(port, "taoyuan.community");
        var dashboard = page.get("/dashboard?to=-999999999-01-01");
        assertThat(dashboard.statusCode()).isEqualTo(400);
        assertThat(dashboard.body()).contains("北疆红色网格");
        var indicators =
                Api.as(port, "taoyuan.community").get("/api/v1/indicators?from=2026-01-01&to=-999999999-01-01");
        assertProblem(indicators, 400);
        assertThat(indicators.json().path("field").asString()).isEqualTo("to");
        assertThat(indicators.json().path("rule").asString()).isEqualTo("date.range");
    }

    @Test
    void aPageWriteTheDatabaseRefusesIsAnErrorPageNotAServerError() throws Exception {
        PageSession page = PageSession.loggedIn(port, "taoyuan.grid1");
        String csrf = PageSession.csrfOf(page.get("/report").body());
        var response = page.postForm(
                "/report",
                "_csrf=" + csrf + "&type=PROBLEM&category=EVENT.ENVIRONMENT&gridCode=150105004015001"
                        + "&title=t&description=d&address=" + "x".repeat(300));
        assertThat(response.statusCode()).isLessThan(500);
        assertThat(response.body()).doesNotContain("Apache Tomcat");
    }

    @Test
    void aLanguageThatIsNoLocaleIsIgnoredEverywhere() throws Exception {
        PageSession page = new PageSession(port);
        var login = page.get("/login?lang=a%3Bb");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("redgrid-lang"));
        assertThat(Api.anonymous(port).get("/open311/v2/services.xml?lang=%22").status())
                .isEqualTo(200);
        assertProblem(Api.anonymous(port).get("/api/v1/me?lang=x;y"), 401);
        var english = page.get("/login?lang=en");
        assertThat(english.body()).contains("Password");
    }

    @Test
    void theErrorPathAskedDirectlyIsAnOrdinary404() {
        var response = Api.anonymous(port).get("/error");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("text/html");
        assertThat(response.body()).contains("北疆红色网格");
    }

    @Test
    void addressesTheServerRefusesAreAnsweredInThePlatformsFormats() {
        var api = Api.as(port, "taoyuan.community");
        assertProblem(api.get("/api/v1/cases/1%2F2"), 400);
        assertProblem(api.get("/api/v1/cases/%00"), 400);
        var open311 = Api.anonymous(port).get("/open311/v2/requests/1%2F2.json");
        assertThat(open311.status()).isEqualTo(400);
        assertThat(open311.json().get(0).path("code").asInt()).isEqualTo(400);
        var page = Api.anonymous(port).get("/cases/1%2F2");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("北疆红色网格").doesNotContain("Apache Tomcat");
    }

    @Test
    void anOversizeHeaderIsAnsweredWithTheErrorPageNotTheServers() throws IOException {
        String response = raw("GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 400").doesNotContain("Apache Tomcat");
        assertThat(response).contains("application/problem+json");
    }

    @Test
    void pageErrorsAreThePlatformsPageWhateverTheCallerAccepts() {
        var notFound = Api.anonymous(port).send("GET", "/error", null, null, "application/json");
        assertThat(notFound.contentType()).startsWith("text/html");
        var forbidden = Api.as(port, "taoyuan.grid1").send("GET", "/nothing-here", null, null, "application/json");
        assertThat(forbidden.contentType()).doesNotStartWith("application/json");
    }

    @Test
    void aNumberWhereTextBelongsIsRefusedNamingTheField() {
        var response =
                Api.as(port, "taoyuan.community").post("/api/v1/cases", "{\"type\": \"PROBLEM\", \"title\": 123}");
        assertProblem(response, 400);
        assertThat(response.json().path("field").asString()).isEqualTo("title");
        assertThat(response.json().path("rule").asString()).isEqualTo("json.type");
        assertThat(response.json().path("message_en").asString()).isEqualTo("title must be text");
    }

    @Test
    void textWhereANumberOrFlagBelongsIsRefused() {
        var api = Api.as(port, "taoyuan.community");
        var number = api.post("/api/v1/ledgers", "{\"personId\": \"1\", \"kind\": \"LOW_INCOME\"}");
        assertProblem(number, 400);
        assertThat(number.json().path("field").asString()).isEqualTo("personId");
        var enumByIndex = api.post("/api/v1/ledgers", "{\"personId\": 1, \"kind\": 0}");
        assertProblem(enumByIndex, 400);
        assertThat(enumByIndex.json().path("field").asString()).isEqualTo("kind");
        assertThat(enumByIndex.json().path("message_en").asString()).startsWith("kind must be one of ");
    }

    @Test
    void parserMessagesNeverNameInternalClassesOrLimits() {
        var api = Api.as(port, "taoyuan.community").inLanguage("en");
        var wrongShape = api.post("/api/v1/cases", "[]");
        assertProblem(wrongShape, 400);
        var deep = api.post("/api/v1/cases", "[".repeat(3000) + "]".repeat(3000));
        assertProblem(deep, 400);
        var longNumber = api.post("/api/v1/ledgers", "{\"personId\": " + "9".repeat(2000) + "}");
        assertProblem(longNumber, 400);
        for (var response : new Api.Response[] {wrongShape, deep, longNumber}) {
            assertThat(response.body())
                    .doesNotContain("org.redgrid")
                    .doesNotContain("StreamReadConstraints")
                    .doesNotContain("tools.jackson")
                    .doesNotContain("java.lang");
        }
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
