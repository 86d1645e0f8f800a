package org.redgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.act;
import static org.redgrid.support.Api.json;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.redgrid.support.PageSession;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The engine refuses what its guards refuse, for every action and every role, and the case page offers
 * exactly the actions the API lists in {@code actions}: one answer, asked in one place.
 */
@IntegrationTest
class CaseGuardProbeTests {

    static final String GRID1 = "150105004015001";
    static final String GAS = "91150105MA0XECCCFC";
    static final List<String> USERS = List.of(
            "resident.zhang",
            "taoyuan.grid1",
            "taoyuan.grid2",
            "taoyuan.community",
            "dxdl.street",
            "saihan.admin",
            "region.admin",
            "gas.dept");
    static final Pattern FORM = Pattern.compile("id=\"act-([A-Z_]+)\"");

    @LocalServerPort
    int port;

    /** A body that carries every field any action may need, so that only the guards can refuse it. */
    static String everything(CaseAction action) {
        return json(
                "action",
                action.name(),
                "note",
                "探测",
                "assignee",
                "taoyuan.grid1",
                "resolved",
                true,
                "satisfaction",
                "SATISFIED",
                "extension",
                "PT1H",
                "units",
                List.of(Map.of("unit", GAS, "role", "LEAD")));
    }

    long report(String category) {
        return CaseReports.report(Api.as(port, "resident.zhang"), GRID1, category)
                .path("id")
                .asLong();
    }

    /** A case whose third failed verification handed it to the community (提级督办). */
    long handedToTheCommunity() {
        var community = Api.as(port, "taoyuan.community");
        var worker = Api.as(port, "taoyuan.grid1");
        long id = report("EVENT.PARKING");
        act(community, id, "action", "FILE");
        act(community, id, "action", "DISPATCH", "assignee", "taoyuan.grid1");
        act(worker, id, "action", "ACCEPT");
        for (int attempt = 1; attempt <= CaseWorkflow.REWORK_LIMIT; attempt++) {
            act(worker, id, "action", "REPORT_BACK", "note", "第" + attempt + "次处理");
            act(community, id, "action", "VERIFY_FAIL", "note", "仍未解决");
        }
        return id;
    }

    @Test
    void theGridWorkerMayTakeNoActionOnACaseHandedUpToTheCommunity() {
        long id = handedToTheCommunity();
        var worker = Api.as(port, "taoyuan.grid1");
        JsonNode before = worker.get("/api/v1/cases/" + id).json();
        assertThat(before.path("level").asInt()).isEqualTo(12);
        assertThat(before.path("actions").isEmpty()).isTrue();

        Map<CaseAction, Integer> answers = new LinkedHashMap<>();
        for (CaseAction action : CaseAction.values()) {
            answers.put(
                    action,
                    worker.post("/api/v1/cases/" + id + "/transitions", everything(action))
                            .status());
        }

        assertThat(answers)
                .allSatisfy(
                        (action, status) -> assertThat(status).as(action.name()).isEqualTo(403));
        assertThat(worker.get("/api/v1/cases/" + id).json()).isEqualTo(before);
    }

    @Test
    void theCommunityDoesNotAcceptOrReportBackForTheGridWorker() {
        var community = Api.as(port, "taoyuan.community");
        long id = report("EVENT.PARKING");
        act(community, id, "action", "FILE");
        act(community, id, "action", "DISPATCH", "assignee", "taoyuan.grid1");

        assertThat(community
                        .post("/api/v1/cases/" + id + "/transitions", everything(CaseAction.ACCEPT))
                        .status())
                .isEqualTo(403);
        act(Api.as(port, "taoyuan.grid1"), id, "action", "ACCEPT");
        assertThat(community
                        .post("/api/v1/cases/" + id + "/transitions", everything(CaseAction.REPORT_BACK))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theApiAndTheCasePageOfferTheSameActionsAndEveryOtherActionIsRefused() throws Exception {
        Map<String, Long> cases = casesInEveryStatus();
        Map<String, PageSession> pages = new LinkedHashMap<>();
        Map<String, Api> apis = new LinkedHashMap<>();
        for (String user : USERS) {
            pages.put(user, PageSession.loggedIn(port, user));
            apis.put(user, Api.as(port, user));
        }
        var admin = apis.get("region.admin");

        for (var entry : cases.entrySet()) {
            long id = entry.getValue();
            JsonNode before = admin.get("/api/v1/cases/" + id).json();
            int eventsBefore =
                    admin.get("/api/v1/cases/" + id + "/events").json().size();
            for (String user : USERS) {
                var api = apis.get(user);
                var read = api.get("/api/v1/cases/" + id);
                Set<String> listed = new TreeSet<>();
                if (read.status() == 200) read.json().path("actions").forEach(a -> listed.add(a.asString()));
                var page = pages.get(user).get("/cases/" + id);
                Set<String> offered = new TreeSet<>();
                Matcher forms = FORM.matcher(page.body());
                while (forms.find()) offered.add(forms.group(1));
                String where = entry.getKey() + " as " + user;
                assertThat(page.statusCode()).as(where).isEqualTo(read.status());
                assertThat(offered).as(where).isEqualTo(listed);
                for (CaseAction action : EnumSet.complementOf(toActions(listed))) {
                    int status = api.post("/api/v1/cases/" + id + "/transitions", everything(action))
                            .status();
                    assertThat(status).as(where + " " + action).isIn(403, 404, 409);
                }
            }
            assertThat(admin.get("/api/v1/cases/" + id).json())
                    .as(entry.getKey())
                    .isEqualTo(before);
            assertThat(admin.get("/api/v1/cases/" + id + "/events").json().size())
                    .isEqualTo(eventsBefore);
        }
    }

    private static EnumSet<CaseAction> toActions(Set<String> names) {
        EnumSet<CaseAction> actions = EnumSet.noneOf(CaseAction.class);
        names.forEach(name -> actions.add(CaseAction.valueOf(name)));
        return actions;
    }

    /** One case in each status of the loop, and the special states: handed up, whistled, suspended. */
    private Map<String, Long> casesInEveryStatus() {
        var community = Api.as(port, "taoyuan.community");
        var worker = Api.as(port, "taoyuan.grid1");
        var street = Api.as(port, "dxdl.street");
        var resident = Api.as(port, "resident.zhang");
        Map<String, Long> cases = new LinkedHashMap<>();
        long intake = report("EVENT.PARKING");
        cases.put("INTAKE", intake);
        long cancelled = report("EVENT.PARKING");
        act(community, cancelled, "action", "CANCEL", "note", "重复反映");
        cases.put("CANCELLED", cancelled);
        long loop = report("EVENT.PARKING");
        act(community, loop, "action", "FILE");
        cases.put("FILED", loop);
        List<Object[]> steps = List.of(
                new Object[] {community, "DISPATCHED", new Object[] {"action", "DISPATCH", "assignee", "taoyuan.grid1"}
                },
                new Object[] {worker, "HANDLING", new Object[] {"action", "ACCEPT"}},
                new Object[] {worker, "REPORTED", new Object[] {"action", "REPORT_BACK", "note", "已处理"}},
                new Object[] {community, "VERIFIED", new Object[] {"action", "VERIFY_PASS"}},
                new Object[] {community, "CLOSED", new Object[] {"action", "CLOSE"}},
                new Object[] {
                    resident, "RATED", new Object[] {"action", "RATE", "resolved", true, "satisfaction", "SATISFIED"}
                });
        for (Object[] step : steps) {
            long id = report("EVENT.PARKING");
            act(community, id, "action", "FILE");
            for (Object[] earlier : steps) {
                act((Api) earlier[0], id, (Object[]) earlier[2]);
                if (earlier == step) break;
            }
            cases.put((String) step[1], id);
        }
        long suspended = report("EVENT.PARKING");
        act(community, suspended, "action", "FILE");
        act(community, suspended, "action", "DISPATCH", "assignee", "taoyuan.grid1");
        act(worker, suspended, "action", "ACCEPT");
        act(worker, suspended, "action", "REQUEST_EXTENSION", "note", "等待配件", "extension", "P1D");
        act(community, suspended, "action", "SUSPEND", "note", "等待物业配合");
        cases.put("HANDLING suspended, extension asked", suspended);
        cases.put("FILED at the community", handedToTheCommunity());
        long atStreet = report("EVENT.GAS_HAZARD");
        act(community, atStreet, "action", "FILE");
        act(community, atStreet, "action", "ESCALATE", "note", "报街道吹哨");
        cases.put("FILED at the street", atStreet);
        long whistled = report("EVENT.GAS_HAZARD");
        act(community, whistled, "action", "FILE");
        act(community, whistled, "action", "ESCALATE", "note", "报街道吹哨");
        act(street, whistled, "action", "WHISTLE", "units", List.of(Map.of("unit", GAS, "role", "LEAD")));
        cases.put("DISPATCHED by whistle", whistled);
        return cases;
    }
}
