package org.redgrid.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The files that make the field app installable answer anyone, signed in or not: a browser checks the
 * service worker for updates on its own, also after the session has ended, and a redirect to the login
 * page would fail that check.
 */
@IntegrationTest
class FieldAppFilesTests {

    @LocalServerPort
    int port;

    @Test
    void theManifestNamesTheAppItsStartPageAndIconsThatLoad() {
        Api anonymous = Api.anonymous(port);
        var manifest = anonymous.get("/manifest.webmanifest");
        assertThat(manifest.status()).isEqualTo(200);
        assertThat(manifest.contentType()).startsWith("application/manifest+json");
        JsonNode app = manifest.json();
        assertThat(app.path("name").asString()).isEqualTo("北疆红色网格");
        assertThat(app.path("display").asString()).isEqualTo("standalone");
        assertThat(app.path("start_url").asString()).startsWith("/tasks");
        for (JsonNode icon : app.path("icons")) {
            assertThat(anonymous.get(icon.path("src").asString()).status())
                    .as(icon.path("src").asString())
                    .isEqualTo(200);
        }
    }

    @Test
    void theServiceWorkerAnswersWithoutASessionAndIsAlwaysRevalidated() {
        var worker = Api.anonymous(port).exchange("GET", "/sw.js", null, null);
        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(worker.headers().firstValue("Content-Type").orElse("")).contains("javascript");
        assertThat(worker.headers().firstValue("Cache-Control").orElse("")).contains("no-cache");
        assertThat(worker.headers().firstValue("Service-Worker-Allowed")).contains("/");
        assertThat(new String(worker.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("addEventListener");
    }
}
