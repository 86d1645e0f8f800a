package org.redgrid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ApiDescriptionTests {

    @LocalServerPort
    int port;

    @Test
    void theOpenApiDescriptionListsTheRegistryAndBearerAuthentication() {
        var docs = Api.anonymous(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        var paths = docs.json().path("paths");
        assertThat(paths.has("/api/v1/auth/token")).isTrue();
        assertThat(paths.has("/api/v1/divisions/{code}/children")).isTrue();
        assertThat(paths.has("/api/v1/people")).isTrue();
        assertThat(paths.has("/api/v1/import/households")).isTrue();
        assertThat(docs.json()
                        .path("components")
                        .path("securitySchemes")
                        .path("bearer")
                        .path("scheme")
                        .asString())
                .isEqualTo("bearer");
        assertThat(Api.anonymous(port).get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void everyOperationHasASummaryAndDescribesItsErrorsAsProblems() {
        var docs = Api.anonymous(port).get("/v3/api-docs").json();
        assertThat(docs.path("components").path("schemas").has("Problem")).isTrue();
        int operations = 0;
        for (var path : docs.path("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                operations++;
                String where = operation.getKey() + " " + path.getKey();
                assertThat(operation.getValue().path("summary").asString())
                        .as(where)
                        .isNotBlank();
                var responses = operation.getValue().path("responses");
                var invalid = responses.path("400").path("content").path("application/problem+json");
                assertThat(invalid.path("schema").path("$ref").asString())
                        .as(where)
                        .isEqualTo("#/components/schemas/Problem");
                if (!path.getKey().equals("/api/v1/auth/token")) {
                    assertThat(responses.has("401")).as(where).isTrue();
                    assertThat(responses.has("403")).as(where).isTrue();
                }
                if (path.getKey().contains("{"))
                    assertThat(responses.has("404")).as(where).isTrue();
                if (!operation.getKey().equals("get"))
                    assertThat(responses.has("409")).as(where).isTrue();
            }
        }
        assertThat(operations).isGreaterThan(60);
        assertThat(docs.path("paths").has("/api/v1/open311/keys")).isTrue();
        assertThat(docs.path("paths").has("/api/v1/case-categories/{code}/form"))
                .isTrue();
    }
}
