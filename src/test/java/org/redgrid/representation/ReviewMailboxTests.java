package org.redgrid.representation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.Created;
import org.redgrid.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 评议信箱: a street office's review mailbox on a department or project, open for a period. */
@IntegrationTest
class ReviewMailboxTests {

    @LocalServerPort
    int port;

    Api street() {
        return Api.as(port, "hongxing.street");
    }

    @Test
    void aReviewMailboxTakesOpinionsOnlyInItsPeriodAndOnlyTheOfficeReadsThem() {
        LocalDate today = LocalDate.now(Representation.LOCAL);
        var open = street().post(
                        "/api/v1/review-mailboxes",
                        json(
                                "subject",
                                "PROJECT",
                                "name",
                                "老旧小区改造" + System.nanoTime(),
                                "scopeCode",
                                "150502009",
                                "opensOn",
                                today.minusDays(1).toString(),
                                "closesOn",
                                today.plusDays(1).toString()));
        Created.at(street(), open);
        long id = open.json().path("id").asLong();
        var closed = street().post(
                        "/api/v1/review-mailboxes",
                        json(
                                "subject",
                                "DEPARTMENT",
                                "name",
                                "已结束的评议",
                                "scopeCode",
                                "150502009",
                                "opensOn",
                                today.minusDays(10).toString(),
                                "closesOn",
                                today.minusDays(2).toString()));
        var rep = Api.as(port, "hongxing.rep");

        assertThat(rep.post("/api/v1/review-mailboxes/" + id + "/opinions", json("text", "进度要公示"))
                        .status())
                .isEqualTo(201);
        assertThat(rep.post(
                                "/api/v1/review-mailboxes/"
                                        + closed.json().path("id").asLong() + "/opinions",
                                json("text", "晚了"))
                        .status())
                .isEqualTo(409);
        assertThat(rep.get("/api/v1/review-mailboxes/" + id + "/opinions").status())
                .isEqualTo(403);
        assertThat(street().get("/api/v1/review-mailboxes/" + id + "/opinions")
                        .json()
                        .findValuesAsString("text"))
                .containsExactly("进度要公示");
        assertThat(Api.as(port, "resident.zhang")
                        .post("/api/v1/review-mailboxes/" + id + "/opinions", json("text", "外区"))
                        .status())
                .isEqualTo(404);
    }
}
