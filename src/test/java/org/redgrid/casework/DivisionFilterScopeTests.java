package org.redgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A {@code division=} filter narrows what a reader sees and never widens it: a seven-digit prefix, a
 * wider area or a neighbouring county only intersects with the reader's own scope.
 */
@IntegrationTest
class DivisionFilterScopeTests {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} filtering by {1}")
    @CsvSource({
        "taoyuan.grid1, 1501050",
        "taoyuan.grid1, 15",
        "taoyuan.grid1, 150105004015002",
        "dxdl.street, 1501050",
        "saihan.admin, 1501",
        "saihan.admin, 150104",
    })
    void aCaseListFilteredByDivisionHoldsOnlyCasesTheReaderMayOpen(String reader, String division) {
        Api api = Api.as(port, reader);
        long unfiltered = api.get("/api/v1/cases?size=1").json().path("total").asLong();
        JsonNode filtered =
                api.get("/api/v1/cases?size=500&division=" + division).json();

        assertThat(filtered.path("total").asLong()).isLessThanOrEqualTo(unfiltered);
        for (JsonNode item : filtered.path("items")) {
            assertThat(item.path("gridCode").asString()).startsWith(division);
            assertThat(api.get("/api/v1/cases/" + item.path("id").asLong()).status())
                    .as("case %s listed for %s under %s", item.path("number").asString(), reader, division)
                    .isEqualTo(200);
        }
    }

    @ParameterizedTest(name = "{0} asking indicators of {1}")
    @CsvSource({
        "taoyuan.grid1, 1501050, 400",
        "taoyuan.grid1, 150105004015, 404",
        "taoyuan.grid1, 15, 404",
        "saihan.admin, 1501050, 400",
        "saihan.admin, 1501, 404",
        "saihan.admin, 150104, 404",
    })
    void indicatorsOfAnAreaBeyondTheReadersScopeAreRefused(String reader, String division, int status) {
        var answer = Api.as(port, reader).get("/api/v1/indicators?division=" + division);

        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }
}
