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
}
