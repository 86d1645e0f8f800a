package org.redgrid.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.redgrid.support.PageSession;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Static files over real HTTP: the pages name them by content hash, those URLs may be kept for a year
 * and are sent gzipped to a browser that accepts it, and no static file carries {@code no-store};
 * pages and the API that carry personal data still do.
 */
@IntegrationTest
class StaticFilesTests {

    private static final Pattern STATIC_URL = Pattern.compile("(?:src|href)=\"(/(?:css|js|webjars)/[^\"]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void everyStaticFileOfAPageIsNamedByItsContentAndKeptForAYear() throws Exception {
        String page = PageSession.loggedIn(port, "taoyuan.community")
                .get("/dashboard")
                .body();
        List<String> urls = staticUrls(page);
        assertThat(urls).as("the dashboard's scripts and styles").hasSizeGreaterThanOrEqualTo(6);
        assertThat(urls).anyMatch(url -> url.startsWith("/webjars/htmx.org/"));
        assertThat(urls).anyMatch(url -> url.startsWith("/js/echarts.min-"));
        for (String url : urls) {
            assertThat(url).as(url).matches(".*-[0-9a-f]{32}\\.(css|js)$");
            HttpResponse<byte[]> file = get(url, "identity");
            assertThat(file.statusCode()).as(url).isEqualTo(200);
            assertThat(file.headers().firstValue("Cache-Control"))
                    .as(url)
                    .hasValue("public, max-age=31536000, immutable");
        }
    }

    @Test
    void aStaticFileWithoutItsHashIsRevalidatedAndNeverMarkedNoStore() throws Exception {
        HttpResponse<byte[]> css = get("/css/redgrid.css", "identity");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().allValues("Cache-Control")).containsExactly("no-cache");
        assertThat(css.headers().firstValue("Pragma")).isEmpty();
        assertThat(css.headers().firstValue("Last-Modified")).isPresent();
    }

    @Test
    void aStaleHashIsNotFoundAndThatAnswerIsNotKept() throws Exception {
        HttpResponse<byte[]> stale = get("/css/redgrid-0123456789abcdef0123456789abcdef.css", "identity");
        assertThat(stale.statusCode()).isEqualTo(404);
        assertThat(stale.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void aTextStaticFileIsSentGzippedWhenTheBrowserAcceptsIt() throws Exception {
        String page = PageSession.loggedIn(port, "taoyuan.community")
                .get("/dashboard")
                .body();
        String script = staticUrls(page).stream()
                .filter(url -> url.startsWith("/js/dash-"))
                .findFirst()
                .orElseThrow();
        byte[] plain = get(script, "identity").body();
        HttpResponse<byte[]> zipped = get(script, "gzip, deflate, br");
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.headers().allValues("Vary")).anyMatch(vary -> vary.contains("Accept-Encoding"));
        assertThat(zipped.body().length).isLessThan(plain.length / 2);
        try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain);
        }
        assertThat(get(script, "identity").headers().firstValue("Content-Encoding"))
                .isEmpty();
    }

    @Test
    void pagesAndTheApiThatCarryPersonalDataAreStillNeverStored() throws Exception {
        var page = PageSession.loggedIn(port, "taoyuan.grid1").get("/tasks");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        String token = Api.anonymous(port)
                .post("/api/v1/auth/token", Api.json("username", "taoyuan.grid1", "password", Api.DEMO_PASSWORD))
                .json()
                .path("token")
                .asString();
        HttpResponse<byte[]> api = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/cases"))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Accept-Encoding", acceptEncoding)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static List<String> staticUrls(String html) {
        List<String> urls = new ArrayList<>();
        Matcher matcher = STATIC_URL.matcher(html);
        while (matcher.find()) urls.add(matcher.group(1));
        return urls;
    }
}
