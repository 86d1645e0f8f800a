package org.redgrid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every bad request is a 4xx RFC 9457 problem naming the field and the rule. */
@IntegrationTest
class BadInputTests {

    @LocalServerPort
    int port;

    @Test
    void malformedJsonIsA400Problem() {
        var response = Api.as(port, "taoyuan.community").post("/api/v1/households", "{\"gridCode\": ");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("rule").asString()).isEqualTo("json.malformed");
        assertThat(response.json().path("message_en").asString()).isNotEmpty();
    }

    @Test
    void anUnknownEnumValueNamesTheField() {
        var response =
                Api.as(port, "taoyuan.community").post("/api/v1/ledgers", "{\"personId\": 1, \"kind\": \"ALIENS\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("field").asString()).isEqualTo("kind");
    }

    @Test
    void aWrongTypeInTheQueryNamesTheParameter() {
        var response = Api.as(port, "taoyuan.community").get("/api/v1/people?household=abc");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("field").asString()).isEqualTo("household");
    }

    @Test
    void pageSizesAreBounded() {
        var response = Api.as(port, "taoyuan.community").get("/api/v1/people?size=100000");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("field").asString()).isEqualTo("size");
    }

    @Test
    void unknownPathsAndMethodsAreProblemsToo() {
        var api = Api.as(port, "taoyuan.community");
        var missing = api.get("/api/v1/nothing-here");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        var text = api.post("/api/v1/auth/token", "x");
        assertThat(text.status()).isEqualTo(400);
    }

    @Test
    void problemsAreChineseByDefaultAndEnglishWhenAskedFor() {
        var api = Api.as(port, "taoyuan.community");
        var chinese = api.get("/api/v1/people?size=0").json();
        assertThat(chinese.path("detail").asString())
                .isEqualTo(chinese.path("message_zh").asString())
                .contains("每页");
        var english = api.inLanguage("en").get("/api/v1/people?size=0").json();
        assertThat(english.path("detail").asString())
                .isEqualTo(english.path("message_en").asString())
                .contains("size");
        var unauthenticated =
                Api.anonymous(port).inLanguage("en").get("/api/v1/people").json();
        assertThat(unauthenticated.path("detail").asString()).startsWith("authentication required");
        assertThat(Api.anonymous(port)
                        .get("/api/v1/people")
                        .json()
                        .path("detail")
                        .asString())
                .startsWith("需要登录");
    }

    static void assertProblem(org.redgrid.support.Api.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        var problem = response.json();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asString()).startsWith("https://redgrid.org/problems/");
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("message_zh").asString()).isNotBlank();
        assertThat(problem.path("message_en").asString()).isNotBlank();
    }

    @Test
    void everyFailureOfTheFrameworkItselfIsAProblemToo() {
        var api = Api.as(port, "taoyuan.community");
        assertProblem(api.send("DELETE", "/api/v1/me", null, null, null), 405);
        assertProblem(api.send("POST", "/api/v1/cases", "text/plain", "gas smell", null), 415);
        assertProblem(api.send("GET", "/api/v1/me", null, null, "text/csv"), 406);
        assertProblem(api.send("GET", "/api/v1/cases/abc", null, null, null), 400);
        assertProblem(api.send("GET", "/api/v1/cases/999999999", null, null, null), 404);
        assertProblem(api.send("POST", "/api/v1/cases", "application/json", "[1, 2", null), 400);
        assertProblem(Api.anonymous(port).get("/api/v1/cases"), 401);
        assertProblem(Api.anonymous(port).send("GET", "/api/v1/cases", null, null, "text/html"), 401);
        assertProblem(Api.as(port, "taoyuan.grid1").put("/api/v1/case-categories/EVENT", "{}"), 403);
    }

    @Test
    void aMissingUploadPartNamesThePart() {
        String boundary = "----redgrid-missing-part";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--" + boundary
                + "--\r\n";
        var response = Api.as(port, "taoyuan.community")
                .send("POST", "/api/v1/import/households", "multipart/form-data; boundary=" + boundary, body, null);
        assertProblem(response, 400);
        assertThat(response.json().path("field").asString()).isEqualTo("file");
        assertThat(response.json().path("rule").asString()).isEqualTo("required");
    }

    @Test
    void aRequestTheFirewallRejectsIsAProblemWhateverTheCallerAccepts() {
        var api = Api.as(port, "taoyuan.community");
        assertProblem(api.send("GET", "/api/v1//cases", null, null, null), 400);
        assertProblem(api.send("GET", "/api/v1//cases", null, null, "text/html"), 400);
        assertThat(api.send("GET", "/api/v1/nothing-here", null, null, "text/html")
                        .contentType())
                .startsWith("application/problem+json");
    }
}
