package org.redgrid.open311.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redgrid.support.Api.json;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.redgrid.casework.PublicCases;
import org.redgrid.open311.Open311Settings;
import org.redgrid.open311.RequestFilter;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A deployment whose {@code redgrid.open311.scope} is 赛罕区 (150105) shows nothing of a request filed
 * in 新城区 (150102) by a key of that county: not by its number, not in a list, not by its token.
 */
@IntegrationTest
class Open311ScopeTests {

    private static final Open311Settings SAIHAN = new Open311Settings(null, "150105", null, null);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PublicCases cases;

    @Autowired
    ServiceRequestViews views;

    @Autowired
    Clock clock;

    private JsonNode fileWithKeyOf(String scope, String grid) {
        var issued = Api.as(port, "region.admin")
                .post("/api/v1/open311/keys", json("name", "kiosk of " + scope, "scope", scope));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        var filed = Api.anonymous(port)
                .postForm(
                        "/open311/v2/requests.json",
                        "api_key",
                        issued.json().path("secret").asString(),
                        "service_code",
                        "EVENT.PARKING",
                        "address_id",
                        grid,
                        "description",
                        "小区门口车辆乱停放");
        assertThat(filed.status()).as(filed.body()).isEqualTo(200);
        return filed.json().get(0);
    }

    @Test
    void aTokenOfARequestOutsideTheScopeIsNotFound() {
        JsonNode xincheng = fileWithKeyOf("150102", "150102006003001");
        JsonNode saihan = fileWithKeyOf("150105", "150105004015001");
        var tokens = new RequestTokens(jdbc, SAIHAN);

        assertThatThrownBy(() -> tokens.token(xincheng.path("token").asString()))
                .isInstanceOf(org.redgrid.shared.NotFound.class);
        assertThat(tokens.token(saihan.path("token").asString()).serviceRequestId())
                .isEqualTo(saihan.path("service_request_id").asString());
    }

    @Test
    void aRequestOutsideTheScopeIsNeitherFoundByNumberNorListed() {
        String xincheng = fileWithKeyOf("150102", "150102006003001")
                .path("service_request_id")
                .asString();
        String saihan = fileWithKeyOf("150105", "150105004015002")
                .path("service_request_id")
                .asString();
        var queries = new RequestQueries(cases, views, SAIHAN, clock);

        assertThatThrownBy(() -> queries.request(xincheng)).isInstanceOf(org.redgrid.shared.NotFound.class);
        assertThat(queries.requests(new RequestFilter(xincheng + "," + saihan, null, null, null, null)))
                .extracting(r -> r.serviceRequestId())
                .containsExactly(saihan);
        assertThat(queries.requests(new RequestFilter(null, null, null, null, null)))
                .extracting(r -> r.serviceRequestId())
                .contains(saihan)
                .doesNotContain(xincheng)
                .allMatch(number -> number.startsWith("150105-"));
    }
}
