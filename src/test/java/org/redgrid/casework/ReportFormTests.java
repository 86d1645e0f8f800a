package org.redgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.redgrid.support.PageSession;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A report with several mistakes is answered with all of them at once, and the chosen photo is kept. */
@IntegrationTest
class ReportFormTests {

    static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");
    static final Pattern TOKEN = Pattern.compile("name=\"photoToken\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void theApiNamesEveryFieldThatFailsInOneProblem() {
        var answer = Api.as(port, "resident.zhang")
                .post(
                        "/api/v1/cases",
                        json("type", "PROBLEM", "category", "EVENT.PARKING", "title", " ", "lat", 95.0, "lng", 111.0));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("field").asString()).isEqualTo("title");
        assertThat(answer.json().path("errors").findValuesAsString("field"))
                .containsExactly("title", "description", "lat");
        assertThat(answer.json().path("errors").findValuesAsString("message_en"))
                .allSatisfy(message -> assertThat(message).isNotBlank());
    }

    @Test
    void oneFailingFieldIsStillOneProblemWithoutAList() {
        var answer = Api.as(port, "resident.zhang")
                .post(
                        "/api/v1/cases",
                        json(
                                "type",
                                "PROBLEM",
                                "category",
                                "EVENT.PARKING",
                                "gridCode",
                                "150105004015001",
                                "title",
                                "x"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("field").asString()).isEqualTo("description");
        assertThat(answer.json().has("errors")).isFalse();
    }

    @Test
    void theReportPageShowsEveryErrorAndTheKeptPhotoGoesWithTheCorrectedReport() throws Exception {
        PageSession page = PageSession.loggedIn(port, "resident.zhang");
        String csrf = PageSession.csrfOf(page.get("/report").body());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", csrf);
        form.put("type", "PROBLEM");
        form.put("category", "");
        form.put("urgency", "GENERAL");
        form.put("title", "");
        form.put("description", "");
        form.put("key", "kept-photo-" + System.nanoTime());

        var refused = page.postMultipart("/report", form, "photos", "pothole.png", PNG);

        assertThat(refused.statusCode()).isEqualTo(400);
        String html = refused.body();
        assertThat(html).contains("id=\"error-summary\"", "id=\"category-error\"", "id=\"title-error\"");
        assertThat(html).contains("id=\"description-error\"", "id=\"place-error\"", "pothole.png");
        var token = TOKEN.matcher(html);
        assertThat(token.find()).isTrue();

        // Somebody else cannot take the kept photo with the token.
        PageSession other = PageSession.loggedIn(port, "taoyuan.grid1");
        String title = "人行道破损 " + System.nanoTime();
        Map<String, String> theirs =
                corrected(form, PageSession.csrfOf(other.get("/report").body()), title + " 他人");
        theirs.put("photoToken", token.group(1));
        theirs.put("key", "other-" + System.nanoTime());
        assertThat(other.postMultipart("/report", theirs, null, null, null).statusCode())
                .isEqualTo(302);

        Map<String, String> again = corrected(form, csrf, title);
        again.put("photoToken", token.group(1));
        var filed = page.postMultipart("/report", again, null, null, null);
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(302);

        var mine = Api.as(port, "resident.zhang")
                .get("/api/v1/cases?size=100")
                .json()
                .path("items")
                .valueStream()
                .filter(c -> title.equals(c.path("title").asString()))
                .toList();
        assertThat(mine).hasSize(1);
        var photos = Api.as(port, "resident.zhang")
                .get("/api/v1/cases/" + mine.get(0).path("id").asLong() + "/attachments")
                .json();
        assertThat(photos.findValuesAsString("filename")).containsExactly("pothole.png");
        var theirCase = Api.as(port, "taoyuan.grid1")
                .get("/api/v1/cases?size=100")
                .json()
                .path("items")
                .valueStream()
                .filter(c -> (title + " 他人").equals(c.path("title").asString()))
                .findFirst()
                .orElseThrow();
        assertThat(Api.as(port, "taoyuan.grid1")
                        .get("/api/v1/cases/" + theirCase.path("id").asLong() + "/attachments")
                        .json()
                        .size())
                .isZero();
    }

    private static Map<String, String> corrected(Map<String, String> form, String csrf, String title) {
        Map<String, String> fixed = new LinkedHashMap<>(form);
        fixed.put("_csrf", csrf);
        fixed.put("category", "PART.ROAD_DAMAGE");
        fixed.put("title", title);
        fixed.put("description", "人行道地砖破损翘起");
        fixed.put("gridCode", "150105004015001");
        return fixed;
    }
}
