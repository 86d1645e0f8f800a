package org.redgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.act;
import static org.redgrid.support.Api.json;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Orders (点单), micro-wishes (微心愿), proxy services (代办) and extensions through the same engine. */
@IntegrationTest
class ServiceLoopTests {

    static final String GRID1 = "150105004015001";

    @LocalServerPort
    int port;

    long post(Api api, String type, String category, String title) {
        var created = api.post(
                "/api/v1/cases",
                json(
                        "type",
                        type,
                        "category",
                        category,
                        "gridCode",
                        GRID1,
                        "title",
                        title,
                        "description",
                        title + "，请社区帮助"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    Api partyMember(String username) {
        var admin = Api.as(port, "region.admin");
        if (admin.get("/api/v1/users?q=" + username).json().path("total").asLong() == 0) {
            assertThat(admin.post(
                                    "/api/v1/users",
                                    json(
                                            "username",
                                            username,
                                            "displayName",
                                            "在职党员",
                                            "password",
                                            "Member#2026x",
                                            "roles",
                                            List.of("PARTY_MEMBER"),
                                            "scope",
                                            "150105004015"))
                            .status())
                    .isEqualTo(201);
        }
        return Api.as(port, username, "Member#2026x");
    }

    @Test
    void aResidentsOrderIsPlacedByTheCommunityAndTakenByTheGridWorker() {
        var resident = Api.as(port, "resident.zhang");
        var community = Api.as(port, "taoyuan.community");
        var worker = Api.as(port, "taoyuan.grid1");
        long id = post(resident, "SERVICE_ORDER", "SERVICE.MEAL_ASSISTANCE", "为父亲订助餐");
        act(community, id, "action", "FILE");
        act(community, id, "action", "DISPATCH", "assignee", "taoyuan.grid1", "note", "社区下单");
        act(worker, id, "action", "ACCEPT", "note", "网格员接单");
        act(worker, id, "action", "REPORT_BACK", "note", "已联系助餐点每日送餐");
        act(community, id, "action", "VERIFY_PASS");
        act(community, id, "action", "CLOSE");
        assertThat(act(resident, id, "action", "RATE", "resolved", true, "satisfaction", "SATISFIED")
                        .path("status")
                        .asString())
                .isEqualTo("RATED");
    }

    @Test
    void aMicroWishIsClaimedFulfilledAndThanked() {
        var resident = Api.as(port, "resident.zhang");
        var community = Api.as(port, "taoyuan.community");
        long id = post(resident, "MICRO_WISH", "SERVICE.MICRO_WISH", "孙子想要一套课外读物");
        act(community, id, "action", "FILE", "note", "发布到微心愿墙");
        var member = partyMember("member.li");
        var other = partyMember("member.wang");
        assertThat(member.get("/api/v1/cases?type=MICRO_WISH&status=FILED&size=500")
                        .json()
                        .path("items")
                        .findValuesAsString("title"))
                .contains("孙子想要一套课外读物");
        JsonNode claimed = act(member, id, "action", "CLAIM", "note", "我来认领");
        assertThat(claimed.path("status").asString()).isEqualTo("HANDLING");
        assertThat(claimed.path("assignee").asString()).isEqualTo("member.li");
        assertThat(other.get("/api/v1/cases/" + id).status()).isEqualTo(404);
        act(member, id, "action", "REPORT_BACK", "note", "已送去十本书");
        act(community, id, "action", "VERIFY_PASS");
        act(community, id, "action", "CLOSE");
        JsonNode thanked =
                act(resident, id, "action", "RATE", "resolved", true, "satisfaction", "SATISFIED", "note", "谢谢李大姐");
        assertThat(thanked.path("status").asString()).isEqualTo("RATED");
        long problem = post(resident, "PROBLEM", "EVENT.PARKING", "不能认领的问题");
        act(community, problem, "action", "FILE");
        assertThat(community
                        .post("/api/v1/cases/" + problem + "/transitions", json("action", "CLAIM"))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void aProxyServiceTellsTheResidentEverythingToBringOnce() {
        var resident = Api.as(port, "resident.zhang");
        long id = post(resident, "PROXY_SERVICE", "SERVICE.SUBSISTENCE", "代办低保申请");
        JsonNode view = resident.get("/api/v1/cases/" + id).json();
        assertThat(view.path("requiredDocuments").size()).isEqualTo(4);
        assertThat(view.path("requiredDocuments").get(0).asString()).isEqualTo("身份证原件及复印件");
        act(Api.as(port, "taoyuan.community"), id, "action", "FILE");
        var events = resident.get("/api/v1/cases/" + id + "/events").json();
        assertThat(events.get(1).path("data").asString()).contains("户口簿").contains("家庭收入证明");
    }

    @Test
    void anExtensionIsAskedByTheHandlerAndApprovedByTheLevelAbove() {
        var community = Api.as(port, "taoyuan.community");
        var worker = Api.as(port, "taoyuan.grid1");
        long id = post(community, "PROBLEM", "EVENT.UNSAFE_BUILDING", "危房排查");
        act(community, id, "action", "FILE");
        JsonNode dispatched = act(community, id, "action", "DISPATCH", "assignee", "taoyuan.grid1");
        act(worker, id, "action", "ACCEPT");
        var noDuration =
                worker.post("/api/v1/cases/" + id + "/transitions", json("action", "REQUEST_EXTENSION", "note", "需鉴定"));
        assertThat(noDuration.json().path("field").asString()).isEqualTo("extension");
        act(worker, id, "action", "REQUEST_EXTENSION", "extension", "P3D", "note", "需等待房屋安全鉴定报告");
        assertThat(worker.post("/api/v1/cases/" + id + "/transitions", json("action", "APPROVE_EXTENSION"))
                        .status())
                .isEqualTo(403);
        JsonNode approved = act(community, id, "action", "APPROVE_EXTENSION", "note", "同意延期三天");
        assertThat(Duration.between(
                        Instant.parse(dispatched.path("deadlineAt").asString()),
                        Instant.parse(approved.path("deadlineAt").asString())))
                .isEqualTo(Duration.ofDays(3));
        assertThat(approved.path("extensionRequested").isNull()).isTrue();
        assertThat(community
                        .post("/api/v1/cases/" + id + "/transitions", json("action", "APPROVE_EXTENSION"))
                        .status())
                .isEqualTo(409);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "PROXY_SERVICE, SERVICE.ELDERLY_ALLOWANCE, 代办高龄补贴",
        "SUGGESTION, EVENT.ENVIRONMENT, 建议增设分类垃圾桶"
    })
    void everyOtherCaseTypeRunsTheWholeLoop(String type, String category, String title) {
        var resident = Api.as(port, "resident.zhang");
        var community = Api.as(port, "taoyuan.community");
        var worker = Api.as(port, "taoyuan.grid1");
        long id = post(resident, type, category, title);
        act(community, id, "action", "FILE");
        act(community, id, "action", "DISPATCH", "assignee", "taoyuan.grid1");
        act(worker, id, "action", "ACCEPT");
        act(worker, id, "action", "REPORT_BACK", "note", "已办理");
        act(community, id, "action", "VERIFY_PASS");
        act(community, id, "action", "CLOSE");
        JsonNode rated = act(resident, id, "action", "RATE", "resolved", true, "satisfaction", "SATISFIED");
        assertThat(rated.path("status").asString()).isEqualTo("RATED");
        assertThat(rated.path("type").asString()).isEqualTo(type);
    }
}
