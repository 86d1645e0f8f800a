package org.redgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class AttachmentTests {

    /** The smallest valid PNG: one transparent pixel. */
    static final byte[] PNG = java.util.Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    long newCase(Api api) {
        return api.post(
                        "/api/v1/cases",
                        json(
                                "type",
                                "PROBLEM",
                                "category",
                                "PART.ROAD_DAMAGE",
                                "gridCode",
                                "150105004015001",
                                "title",
                                "路面坑洼",
                                "description",
                                "小区门口路面塌陷"))
                .json()
                .path("id")
                .asLong();
    }

    @Test
    void aPhotoIsKeptWithItsCaseAndServedOnlyToThoseWhoMaySeeIt() {
        var resident = Api.as(port, "resident.zhang");
        long id = newCase(resident);
        var uploaded = resident.upload("/api/v1/cases/" + id + "/attachments", "before.png", PNG);
        assertThat(uploaded.status()).isEqualTo(201);
        assertThat(uploaded.json().path("contentType").asString()).isEqualTo("image/png");
        String location = uploaded.location();
        var photo = resident.get(location);
        assertThat(photo.status()).isEqualTo(200);
        assertThat(photo.contentType()).isEqualTo("image/png");
        assertThat(Arrays.equals(photo.bytes(), PNG)).isTrue();
        assertThat(Api.as(port, "taoyuan.community").get(location).status()).isEqualTo(200);
        assertThat(Api.as(port, "taoyuan.grid2").get(location).status()).isEqualTo(404);
        assertThat(resident.get("/api/v1/cases/" + id + "/events").json().findValuesAsString("action"))
                .contains("ATTACH");
    }

    @Test
    void somethingThatIsNotAnImageIsRefusedAndNothingIsWritten() {
        var resident = Api.as(port, "resident.zhang");
        long id = newCase(resident);
        long before = jdbc.sql("select count(*) from case_attachment")
                .query(Long.class)
                .single();
        var script = resident.upload(
                "/api/v1/cases/" + id + "/attachments", "evil.png", "<script>alert(1)</script>".getBytes());
        assertThat(script.status()).isEqualTo(400);
        assertThat(script.json().path("rule").asString()).isEqualTo("photo.type");
        var big = new byte[6 * 1024 * 1024];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        var tooBig = resident.upload("/api/v1/cases/" + id + "/attachments", "big.png", big);
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.json().path("rule").asString()).isEqualTo("photo.size");
        assertThat(jdbc.sql("select count(*) from case_attachment")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }
}
