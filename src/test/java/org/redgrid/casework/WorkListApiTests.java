package org.redgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.act;
import static org.redgrid.support.Api.json;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redgrid.shared.CurrentActor;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The work lists over {@code GET /api/v1/work/{list}}: each holds only what the caller may see and what
 * the list is about, searched and paged like the case list, with the same totals as the pages.
 */
@IntegrationTest
class WorkListApiTests {

    static final String GRID1 = "150105004015001";
    static final String GRID2 = "150105004015002";
    /** 东权村, a village of another street (东地镇, 152224102) and another county. */
    static final String VILLAGE_GRID = "152224102217001";

    @LocalServerPort
    int port;

    @Autowired
    Casework casework;

    @Test
    void aGridWorkersAssignedListHoldsOnlyCasesDispatchedToThemAndNotToAnotherGridsWorker() {
        var community = Api.as(port, "taoyuan.community");
        String tag = tag();
        long mine = dispatched(community, GRID1, tag + " 楼道灯不亮", "taoyuan.grid1");
        long theirs = dispatched(community, GRID2, tag + " 井盖缺失", "taoyuan.grid2");
        long notDispatched = filed(community, GRID1, tag + " 待派发");
        var grid1 = Api.as(port, "taoyuan.grid1");
        var grid2 = Api.as(port, "taoyuan.grid2");

        JsonNode assigned = grid1.get("/api/v1/work/assigned?q=" + tag).json();
        assertThat(ids(assigned)).containsExactly(mine);
        assertThat(assigned.path("total").asLong()).isEqualTo(1);
        assertThat(ids(grid2.get("/api/v1/work/assigned?q=" + tag).json())).containsExactly(theirs);
        assertThat(ids(grid1.get("/api/v1/work/inbox?q=" + tag).json())).contains(notDispatched);
        for (JsonNode item : grid1.get("/api/v1/work/assigned?size=500").json().path("items")) {
            assertThat(item.path("assignee").asString()).isEqualTo("taoyuan.grid1");
            assertThat(item.path("status").asString()).isIn("DISPATCHED", "HANDLING");
        }
    }

    @Test
    void theInboxHoldsWaitingCasesButNotDispatchedOnesNorFiledMicroWishes() {
        var community = Api.as(port, "taoyuan.community");
        String tag = tag();
        long intake = create(community, GRID1, "PROBLEM", "EVENT.GAS_HAZARD", tag + " 新报");
        long filed = filed(community, GRID1, tag + " 已立案");
        long dispatched = dispatched(community, GRID1, tag + " 已派发", "taoyuan.grid1");
        long wish = create(Api.as(port, "resident.zhang"), GRID1, "MICRO_WISH", "SERVICE.MICRO_WISH", tag + " 微心愿");
        act(community, wish, "action", "FILE");
        assertThat(community.get("/api/v1/cases/" + wish).json().path("status").asString())
                .isEqualTo("FILED");

        JsonNode inbox = community.get("/api/v1/work/inbox?q=" + tag).json();

        assertThat(ids(inbox)).containsExactly(filed, intake);
        assertThat(ids(inbox)).doesNotContain(dispatched, wish);
        assertThat(ids(Api.as(port, "dxdl.street")
                        .get("/api/v1/work/inbox?q=" + tag)
                        .json()))
                .containsExactly(filed, intake);
    }

    @Test
    void aStreetsOverdueListHoldsOnlyTheOverdueCasesOfItsStreet() {
        CaseReports.tenMinuteCategory(
                Api.as(port, "region.admin"), "EVENT.WORKLIST_DEMO", "工作清单时限演示", "Work list deadline demo");
        var community = Api.as(port, "taoyuan.community");
        var village = Api.as(port, "dongquan.village");
        String tag = tag();
        long ours = dispatched(community, GRID1, "EVENT.WORKLIST_DEMO", tag + " 本街道超期", "taoyuan.grid1");
        long onTime = dispatched(community, GRID1, tag + " 本街道未超期", "taoyuan.grid1");
        long elsewhere = dispatched(village, VILLAGE_GRID, "EVENT.WORKLIST_DEMO", tag + " 外街道超期", "dongquan.grid1");
        Instant dispatchedAt = Instant.parse(village.get("/api/v1/cases/" + elsewhere)
                .json()
                .path("dispatchedAt")
                .asString());
        CurrentActor.runAsSystem(() -> casework.sweepDeadlines(dispatchedAt.plus(Duration.ofMinutes(11))));
        var street = Api.as(port, "dxdl.street");

        assertThat(ids(street.get("/api/v1/work/overdue?q=" + tag).json())).containsExactly(ours);
        assertThat(ids(Api.as(port, "dongduerji.town")
                        .get("/api/v1/work/overdue?q=" + tag)
                        .json()))
                .containsExactly(elsewhere);
        assertThat(ids(street.get("/api/v1/work/overdue?q=" + tag).json())).doesNotContain(onTime);
        JsonNode all = street.get("/api/v1/work/overdue?size=500").json();
        assertThat(all.path("items").size()).isPositive();
        for (JsonNode item : all.path("items")) {
            assertThat(item.path("gridCode").asString()).startsWith("150105004");
            assertThat(item.path("deadlineState").asString()).isEqualTo("RED");
        }
    }

    @Test
    void aListIsPagedNewestFirstWithTheSameTotalOnEveryPage() {
        var community = Api.as(port, "taoyuan.community");
        String tag = tag();
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) created.add(create(community, GRID1, "PROBLEM", "EVENT.GAS_HAZARD", tag + " " + i));
        String path = "/api/v1/work/inbox?q=" + tag + "&size=2&page=";

        List<Long> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonNode answer = community.get(path + page).json();
            assertThat(answer.path("total").asLong()).as("page %d", page).isEqualTo(5);
            assertThat(answer.path("page").asInt()).isEqualTo(page);
            assertThat(answer.path("size").asInt()).isEqualTo(2);
            seen.addAll(ids(answer));
        }
        JsonNode pastTheEnd = community.get(path + 3).json();

        java.util.Collections.reverse(created);
        assertThat(seen).containsExactlyElementsOf(created);
        assertThat(pastTheEnd.path("items").size()).isZero();
        assertThat(pastTheEnd.path("total").asLong()).isEqualTo(5);
        assertThat(community
                        .get("/api/v1/work/inbox?q=" + tag + "&size=5")
                        .json()
                        .path("total")
                        .asLong())
                .isEqualTo(5);
        assertThat(community
                        .get("/api/v1/work/inbox?q=" + tag + "x")
                        .json()
                        .path("total")
                        .asLong())
                .isZero();
    }

    @Test
    void anUnknownListIsA400NamingListAndTheListsThereAre() {
        var grid1 = Api.as(port, "taoyuan.grid1");

        var chinese = grid1.get("/api/v1/work/todo");
        var english = grid1.inLanguage("en").get("/api/v1/work/todo");

        assertThat(chinese.status()).isEqualTo(400);
        assertThat(chinese.contentType()).startsWith("application/problem+json");
        assertThat(chinese.json().path("field").asString()).isEqualTo("list");
        assertThat(chinese.json().path("rule").asString()).isEqualTo("work-list.unknown");
        assertThat(chinese.json().path("detail").asString()).contains("工作清单", "assigned", "inbox", "overdue");
        assertThat(english.json().path("detail").asString())
                .contains(
                        "no such work list",
                        "assigned",
                        "inbox",
                        "escalated",
                        "overdue",
                        "whistled",
                        "reported",
                        "board");
    }

    @Test
    void aBadPageOrSizeOrSearchIsA400NamingIt() {
        var grid1 = Api.as(port, "taoyuan.grid1");

        assertThat(grid1.get("/api/v1/work/assigned?size=501")
                        .json()
                        .path("field")
                        .asString())
                .isEqualTo("size");
        assertThat(grid1.get("/api/v1/work/assigned?page=-1")
                        .json()
                        .path("field")
                        .asString())
                .isEqualTo("page");
        var tooLong = grid1.get("/api/v1/work/assigned?q=" + "x".repeat(101));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().path("field").asString()).isEqualTo("q");
    }

    @Test
    void aWorkListNeedsALogin() {
        assertThat(Api.anonymous(port).get("/api/v1/work/inbox").status()).isEqualTo(401);
    }

    @Test
    void theWorkListIsDescribedInTheApiDocs() {
        var docs = Api.anonymous(port).get("/v3/api-docs").json();

        var operation = docs.path("paths").path("/api/v1/work/{list}").path("get");
        assertThat(operation.path("summary").asString()).isNotBlank();
        assertThat(operation.path("parameters").findValuesAsString("name")).contains("list", "q", "page", "size");
    }

    private static String tag() {
        return "WL" + Long.toString(System.nanoTime(), 36);
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        for (JsonNode item : page.path("items")) ids.add(item.path("id").asLong());
        return ids;
    }

    private static long create(Api reporter, String grid, String type, String category, String title) {
        var created = reporter.post(
                "/api/v1/cases",
                json("type", type, "category", category, "gridCode", grid, "title", title, "description", "工作清单测试"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private static long filed(Api staff, String grid, String title) {
        long id = create(staff, grid, "PROBLEM", "EVENT.GAS_HAZARD", title);
        act(staff, id, "action", "FILE");
        return id;
    }

    private static long dispatched(Api staff, String grid, String title, String worker) {
        return dispatched(staff, grid, "EVENT.GAS_HAZARD", title, worker);
    }

    private static long dispatched(Api staff, String grid, String category, String title, String worker) {
        long id = create(staff, grid, "PROBLEM", category, title);
        act(staff, id, "action", "FILE");
        act(staff, id, "action", "DISPATCH", "assignee", worker);
        return id;
    }
}
