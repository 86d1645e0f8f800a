package org.redgrid.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.open311.Xml.child;
import static org.redgrid.open311.Xml.names;
import static org.redgrid.open311.Xml.text;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.redgrid.support.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;

/**
 * What the Open311 tests share: a 311 client over real HTTP, a request filed with the demo key at
 * 桃园社区第一网格, and the check that an answer is the specification's error list with its status.
 */
abstract class Open311Client {

    static final String BASE = "/open311/v2/";
    static final String DEMO_KEY = "redgrid-demo-key";
    static final String GRID1 = "150105004015001";
    /** Near the centre of 桃园社区第一网格 (阳光北小区). */
    static final String LAT = "40.8071";

    static final String LNG = "111.7107";

    static final List<String> REQUEST_ELEMENTS = List.of(
            "service_request_id",
            "status",
            "status_notes",
            "service_name",
            "service_code",
            "description",
            "agency_responsible",
            "service_notice",
            "requested_datetime",
            "updated_datetime",
            "expected_datetime",
            "address",
            "address_id",
            "zipcode",
            "lat",
            "long",
            "media_url");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api client() {
        return Api.anonymous(port);
    }

    Api.Response file(String format, String... extra) {
        String[] fields = {
            "api_key",
            DEMO_KEY,
            "service_code",
            "PART.STREET_LIGHT",
            "lat",
            LAT,
            "long",
            LNG,
            "attribute[fault]",
            "off",
            "description",
            "阳光北小区1号楼东侧路灯连续三晚不亮，夜里行人看不清台阶"
        };
        var merged = new java.util.LinkedHashMap<String, String>();
        for (int i = 0; i < fields.length; i += 2) merged.put(fields[i], fields[i + 1]);
        for (int i = 0; i < extra.length; i += 2) merged.put(extra[i], extra[i + 1]);
        String[] all = merged.entrySet().stream()
                .flatMap(entry -> java.util.stream.Stream.of(entry.getKey(), entry.getValue()))
                .toArray(String[]::new);
        return client().postForm(BASE + "requests." + format, all);
    }

    static void eventually(BooleanSupplier condition) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(15));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited 15 s").isBefore(until);
            Thread.sleep(100);
        }
    }

    static void assertError(Api.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        if (response.contentType().startsWith("text/xml")) {
            Element errors = Xml.parse(response);
            assertThat(errors.getTagName()).isEqualTo("errors");
            Element error = child(errors, "error");
            assertThat(names(error)).containsExactly("code", "description");
            assertThat(text(error, "code")).isEqualTo(String.valueOf(status));
            assertThat(text(error, "description")).isNotBlank();
        } else {
            assertThat(response.contentType()).startsWith("application/json");
            JsonNode errors = response.json();
            assertThat(errors.isArray()).isTrue();
            assertThat(errors.get(0).path("code").asInt()).isEqualTo(status);
            assertThat(errors.get(0).path("description").asString()).isNotBlank();
        }
    }
}
