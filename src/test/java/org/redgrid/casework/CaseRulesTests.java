package org.redgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.act;
import static org.redgrid.support.Api.json;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.redgrid.support.PageSession;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The case rules through the API: who may be given a case, evidence, hand-overs, whistles that end, bounds. */
@IntegrationTest
class CaseRulesTests {

    static final String GRID1 = "150105004015001";
    static final String GAS = "91150105MA0XECCCFC";
    static final String PROPERTY = "91150105MA067CX2KD";

    @LocalServerPort
    int port;

    long report(String category) {
        return CaseReports.report(Api.as(port, "resident.zhang"), GRID1, category)
                .path("id")
                .asLong();
    }

    long filed(String category) {
        long id = report(category);
        act(Api.as(port, "taoyuan.community"), id, "action", "FILE");
        return id;
    }

    long handling(String category) {
        long id = filed(category);
        act(Api.as(port, "taoyuan.community"), id, "action", "DISPATCH", "assignee", "taoyuan.grid1");
        act(Api.as(port, "taoyuan.grid1"), id, "action", "ACCEPT");
        return id;
    }

    int events(long id) {
        return Api.as(port, "region.admin")
                .get("/api/v1/cases/" + id + "/events")
                .json()
                .size();
    }

    void category(String code, Object... extra) {
        Object[] base = {
            "parentCode",
            "EVENT",
            "nameZh",
            "规则演示",
            "nameEn",
            "Rules demo",
            "limitGeneral",
            "P3D",
            "limitUrgent",
            "P1D",
            "limitCritical",
            "PT4H"
        };
        Object[] body = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, body, base.length, extra.length);
        assertThat(Api.as(port, "region.admin")
                        .put("/api/v1/case-categories/" + code, json(body))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aCaseIsDispatchedOnlyToSomeoneWhoHandlesCasesOfItsGrid() {
        var community = Api.as(port, "taoyuan.community");
        long id = filed("EVENT.PARKING");
        int before = events(id);

        for (String nobody : List.of("resident.zhang", "region.admin", "taoyuan.grid2", "gas.dept", "no.such.user")) {
            var answer = community.post(
                    "/api/v1/cases/" + id + "/transitions", json("action", "DISPATCH", "assignee", nobody));
            assertThat(answer.status()).as(nobody).isEqualTo(400);
            assertThat(answer.json().path("field").asString()).isEqualTo("assignee");
        }
        assertThat(events(id)).isEqualTo(before);
        assertThat(community.get("/api/v1/cases/" + id).json().path("status").asString())
                .isEqualTo("FILED");
    }

    @Test
    void anExtensionIsBoundedByItsCategoryAndEveryLimitHasASaneRange() {
        long id = handling("EVENT.PARKING");
        var worker = Api.as(port, "taoyuan.grid1");
        var huge = worker.post(
                "/api/v1/cases/" + id + "/transitions",
                json("action", "REQUEST_EXTENSION", "note", "等待", "extension", "P99999D"));
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.json().path("field").asString()).isEqualTo("extension");
        assertThat(worker.get("/api/v1/cases/" + id)
                        .json()
                        .path("extensionRequested")
                        .isNull())
                .isTrue();

        var admin = Api.as(port, "region.admin");
        var absurd = admin.put(
                "/api/v1/case-categories/EVENT.RULES_ABSURD",
                json(
                        "parentCode",
                        "EVENT",
                        "nameZh",
                        "x",
                        "nameEn",
                        "x",
                        "limitGeneral",
                        "P99999D",
                        "limitUrgent",
                        "P1D",
                        "limitCritical",
                        "PT4H"));
        assertThat(absurd.status()).isEqualTo(400);
        assertThat(absurd.json().path("field").asString()).isEqualTo("limitGeneral");

        category("EVENT.RULES_LONG_EXTENSION", "maxExtension", "P30D");
        long generous = handling("EVENT.RULES_LONG_EXTENSION");
        act(worker, generous, "action", "REQUEST_EXTENSION", "note", "工程需要", "extension", "P30D");
    }

    @Test
    void aReportBackSaysWhatWasDoneAndCarriesAPhotoWhereTheCategoryAsks() {
        var worker = Api.as(port, "taoyuan.grid1");
        long plain = handling("EVENT.PARKING");
        var silent = worker.post("/api/v1/cases/" + plain + "/transitions", json("action", "REPORT_BACK"));
        assertThat(silent.status()).isEqualTo(400);
        assertThat(silent.json().path("field").asString()).isEqualTo("note");

        category("EVENT.RULES_PHOTO", "evidencePhoto", true);
        long id = handling("EVENT.RULES_PHOTO");
        var noPhoto = worker.post("/api/v1/cases/" + id + "/transitions", json("action", "REPORT_BACK", "note", "已修"));
        assertThat(noPhoto.status()).isEqualTo(400);
        assertThat(noPhoto.json().path("field").asString()).isEqualTo("photos");
        assertThat(worker.upload("/api/v1/cases/" + id + "/attachments", "after.png", AttachmentTests.PNG)
                        .status())
                .isEqualTo(201);
        act(worker, id, "action", "REPORT_BACK", "note", "已修");
    }

    @Test
    void theCommunityTakesOverACaseOnTheRecordInsteadOfActingForTheGridWorker() {
        var community = Api.as(port, "taoyuan.community");
        long id = handling("EVENT.PARKING");

        JsonNode taken = act(community, id, "action", "TAKE_OVER", "note", "网格员病假，社区接办");
        act(community, id, "action", "REPORT_BACK", "note", "社区已处理");

        assertThat(taken.path("assignee").asString()).isEqualTo("taoyuan.community");
        var events = community.get("/api/v1/cases/" + id + "/events").json();
        assertThat(events.findValuesAsString("action")).contains("TAKE_OVER");
        assertThat(events.get(events.size() - 2).path("data").asString()).contains("taoyuan.grid1");
    }

    @Test
    void aHandOverRecordsWhoHandedTheCaseToWhomAndWhyAndTheFirstReceiverIsShown() throws Exception {
        long id = handling("EVENT.PARKING");
        var worker = Api.as(port, "taoyuan.grid1");
        var refused = worker.post(
                "/api/v1/cases/" + id + "/transitions",
                json("action", "HAND_OVER", "note", "不归我管", "assignee", "resident.zhang"));
        assertThat(refused.status()).isEqualTo(400);

        JsonNode handed =
                act(worker, id, "action", "HAND_OVER", "note", "涉及多个网格，交社区办理", "assignee", "taoyuan.community");

        assertThat(handed.path("status").asString()).isEqualTo("DISPATCHED");
        assertThat(handed.path("assignee").asString()).isEqualTo("taoyuan.community");
        assertThat(handed.path("firstReceiver").asString()).isEqualTo("taoyuan.community");
        var last = worker.get("/api/v1/cases/" + id + "/events").json();
        JsonNode handOver = last.get(last.size() - 1);
        assertThat(handOver.path("action").asString()).isEqualTo("HAND_OVER");
        assertThat(handOver.path("note").asString()).isEqualTo("涉及多个网格，交社区办理");
        assertThat(handOver.path("data").asString()).contains("taoyuan.grid1", "taoyuan.community");
        assertThat(PageSession.loggedIn(port, "taoyuan.community")
                        .get("/cases/" + id)
                        .body())
                .contains("首问责任人");
    }

    @Test
    void aWhistleEndsWhenTheStreetReleasesTheUnitThatNeverAnswersAndTheStreetRatesEachAnswer() {
        var community = Api.as(port, "taoyuan.community");
        var street = Api.as(port, "dxdl.street");
        var gas = Api.as(port, "gas.dept");
        long id = filed("EVENT.GAS_HAZARD");
        act(community, id, "action", "ESCALATE", "note", "报街道吹哨");
        act(
                street,
                id,
                "action",
                "WHISTLE",
                "units",
                List.of(Map.of("unit", GAS, "role", "LEAD"), Map.of("unit", PROPERTY, "role", "ASSIST")));
        act(gas, id, "action", "REPORT_IN");
        assertThat(act(gas, id, "action", "REPORT_BACK", "note", "已关阀")
                        .path("status")
                        .asString())
                .isEqualTo("HANDLING");

        var noReason =
                street.post("/api/v1/cases/" + id + "/transitions", json("action", "RELEASE_UNIT", "unit", PROPERTY));
        assertThat(noReason.status()).isEqualTo(400);
        JsonNode released = act(street, id, "action", "RELEASE_UNIT", "unit", PROPERTY, "note", "物业公司无人应答，解除");
        assertThat(released.path("status").asString()).isEqualTo("REPORTED");
        act(street, id, "action", "RATE_UNIT", "unit", GAS, "satisfaction", "SATISFIED");
        var twice = street.post(
                "/api/v1/cases/" + id + "/transitions",
                json("action", "RATE_UNIT", "unit", GAS, "satisfaction", "DISSATISFIED"));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().path("field").asString()).isEqualTo("unit");
        act(street, id, "action", "VERIFY_PASS");
        assertThat(act(street, id, "action", "CLOSE").path("status").asString()).isEqualTo("CLOSED");

        var targets = street.get("/api/v1/cases/" + id + "/whistle").json();
        assertThat(targets.findValuesAsString("releaseReason")).contains("物业公司无人应答，解除");
        assertThat(targets.get(0).path("rating").asString()).isEqualTo("SATISFIED");
    }

    @Test
    void theStreetReleasesReplacesAndRatesSummonedUnitsOnTheCasePage() throws Exception {
        var street = Api.as(port, "dxdl.street");
        var gas = Api.as(port, "gas.dept");
        long replaced = whistled(List.of(Map.of("unit", PROPERTY, "role", "LEAD")));
        long released =
                whistled(List.of(Map.of("unit", GAS, "role", "LEAD"), Map.of("unit", PROPERTY, "role", "ASSIST")));
        PageSession page = PageSession.loggedIn(port, "dxdl.street");

        assertThat(onPage(page, replaced, "action=REPLACE_UNIT&unit=" + PROPERTY + "&lead=" + GAS + "&note=物业无人应答"))
                .isEqualTo(302);
        act(gas, replaced, "action", "REPORT_IN");
        act(gas, replaced, "action", "REPORT_BACK", "note", "已关阀");
        assertThat(onPage(page, replaced, "action=RATE_UNIT&unit=" + GAS + "&satisfaction=SATISFIED"))
                .isEqualTo(302);
        assertThat(onPage(page, released, "action=RELEASE_UNIT&unit=" + PROPERTY + "&note=物业无人应答"))
                .isEqualTo(302);

        var targets = street.get("/api/v1/cases/" + replaced + "/whistle").json();
        assertThat(targets.findValuesAsString("unit")).contains(GAS, PROPERTY);
        assertThat(targets.findValuesAsString("rating")).contains("SATISFIED");
        assertThat(street.get("/api/v1/cases/" + released + "/whistle").json().findValuesAsString("releaseReason"))
                .contains("物业无人应答");
    }

    long whistled(List<Map<String, String>> units) {
        long id = filed("EVENT.GAS_HAZARD");
        act(Api.as(port, "taoyuan.community"), id, "action", "ESCALATE", "note", "报街道吹哨");
        act(Api.as(port, "dxdl.street"), id, "action", "WHISTLE", "units", units);
        return id;
    }

    int onPage(PageSession page, long id, String form) throws Exception {
        String csrf = PageSession.csrfOf(page.get("/cases/" + id).body());
        return page.postForm("/cases/" + id + "/act", form + "&_csrf=" + csrf).statusCode();
    }

    @Test
    void everyCategoryWithAChecklistTellsTheResidentOnceWhatToBring() {
        category("EVENT.RULES_CHECKLIST", "checklist", List.of("身份证原件", "房产证复印件"));
        long id = filed("EVENT.RULES_CHECKLIST");

        var resident = Api.as(port, "resident.zhang");
        assertThat(resident.get("/api/v1/cases/" + id)
                        .json()
                        .path("requiredDocuments")
                        .toString())
                .contains("身份证原件", "房产证复印件");
        var events = resident.get("/api/v1/cases/" + id + "/events").json();
        assertThat(events.get(1).path("data").asString()).contains("requiredDocuments");
    }

    @Test
    void aSourceIsSetOnlyByTheChannelOrRoleThatOwnsItAndAResolutionTaskNeverByAReport() {
        var resident = Api.as(port, "resident.zhang");
        for (String claimed : List.of("HOTLINE_12345", "REPRESENTATIVE", "MEETING", "POLICE_DIARY", "OPEN311")) {
            var answer = resident.post(
                    "/api/v1/cases",
                    json(
                            "type",
                            "PROBLEM",
                            "category",
                            "EVENT.PARKING",
                            "source",
                            claimed,
                            "gridCode",
                            GRID1,
                            "title",
                            "来源",
                            "description",
                            "冒充来源"));
            assertThat(answer.status()).as(claimed).isEqualTo(400);
            assertThat(answer.json().path("field").asString()).isEqualTo("source");
        }
        var diary = Api.as(port, "taoyuan.grid1")
                .post(
                        "/api/v1/cases",
                        json(
                                "type",
                                "PROBLEM",
                                "category",
                                "EVENT.PARKING",
                                "source",
                                "POLICE_DIARY",
                                "gridCode",
                                GRID1,
                                "title",
                                "民情日记",
                                "description",
                                "走访记录"));
        assertThat(diary.status()).isEqualTo(201);
        var task = resident.post(
                "/api/v1/cases",
                json(
                        "type",
                        "RESOLUTION_TASK",
                        "category",
                        "EVENT.PARKING",
                        "gridCode",
                        GRID1,
                        "title",
                        "议定事项",
                        "description",
                        "冒充议定事项"));
        assertThat(task.status()).isEqualTo(400);
        assertThat(task.json().path("field").asString()).isEqualTo("type");
    }

    @Test
    void theReportFormTellsOnceWhatEachServiceNeedsAndOffersProxyServicesIncludingPetitions() throws Exception {
        String form =
                PageSession.loggedIn(port, "resident.zhang").get("/report").body();

        assertThat(form).contains("一次告知", "信访代办", "信访事项书面材料", "低保办理", "value=\"PROXY_SERVICE\"");
    }

    @Test
    void aCaseTakesALeafCategory() {
        var parent = Api.as(port, "resident.zhang")
                .post(
                        "/api/v1/cases",
                        json(
                                "type",
                                "PROBLEM",
                                "category",
                                "EVENT",
                                "gridCode",
                                GRID1,
                                "title",
                                "x",
                                "description",
                                "x"));
        assertThat(parent.status()).isEqualTo(400);
        assertThat(parent.json().path("field").asString()).isEqualTo("category");
    }

    @Test
    void aRatedCaseTakesNoMorePhotosAndItsRatingFormPreselectsNothing() throws Exception {
        long id = handling("EVENT.PARKING");
        act(Api.as(port, "taoyuan.grid1"), id, "action", "REPORT_BACK", "note", "已处理");
        act(Api.as(port, "taoyuan.community"), id, "action", "VERIFY_PASS");
        act(Api.as(port, "taoyuan.community"), id, "action", "CLOSE");
        String form =
                PageSession.loggedIn(port, "resident.zhang").get("/cases/" + id).body();
        String rate = form.substring(
                form.indexOf("id=\"act-RATE\""), form.indexOf("</form>", form.indexOf("id=\"act-RATE\"")));
        assertThat(rate).doesNotContain("checked");

        var resident = Api.as(port, "resident.zhang");
        act(resident, id, "action", "RATE", "resolved", true, "satisfaction", "SATISFIED");
        int before = events(id);
        assertThat(resident.upload("/api/v1/cases/" + id + "/attachments", "late.png", AttachmentTests.PNG)
                        .status())
                .isEqualTo(409);
        assertThat(events(id)).isEqualTo(before);
    }

    @Test
    void anEscalationSaysWhereTheCaseWent() {
        long id = filed("EVENT.PARKING");
        act(Api.as(port, "taoyuan.community"), id, "action", "ESCALATE", "note", "需街道协调");
        var events = Api.as(port, "taoyuan.community")
                .get("/api/v1/cases/" + id + "/events")
                .json();
        assertThat(events.get(events.size() - 1).path("data").asString()).contains("\"to\":\"STREET\"");
    }
}
