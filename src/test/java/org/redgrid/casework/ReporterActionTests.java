package org.redgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.act;
import static org.redgrid.support.Api.json;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.redgrid.identity.Identity;
import org.redgrid.notification.Notifications;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.Paging;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/** The reporter's own actions through the API: a comment on, and the withdrawal (撤回) of, an open report. */
@IntegrationTest
@EnableScenarios
class ReporterActionTests {

    @LocalServerPort
    int port;

    @Autowired
    Casework casework;

    @Autowired
    Notifications notifications;

    @Autowired
    Identity identity;

    @Test
    void theReporterCommentsOnTheirOpenReportAndAnEmptyCommentIsRefusedNamingTheNote() {
        var resident = Api.as(port, "resident.zhang");
        long id = CaseReports.report(resident, "150105004015001", "EVENT.PARKING")
                .path("id")
                .asLong();

        var empty = resident.post("/api/v1/cases/" + id + "/comments", json("note", " "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().path("field").asString()).isEqualTo("note");

        var commented = resident.post("/api/v1/cases/" + id + "/comments", json("note", "车还停在消防通道上"));
        assertThat(commented.status()).as(commented.body()).isEqualTo(201);
        assertThat(commented.json().path("status").asString()).isEqualTo("INTAKE");
        assertThat(resident.get("/api/v1/cases/" + id + "/events").json().findValuesAsString("note"))
                .contains("车还停在消防通道上");
    }

    @Test
    void residentCannotCommentOnOrWithdrawSomeoneElsesReport() {
        long id = CaseReports.report(Api.as(port, "resident.zhang"), "150105004015001", "EVENT.PARKING")
                .path("id")
                .asLong();
        var community = Api.as(port, "taoyuan.community");
        var villager = Api.as(port, "dongquan.villager");

        assertThat(villager.post("/api/v1/cases/" + id + "/withdraw", "{}").status())
                .isEqualTo(404);
        assertThat(community.post("/api/v1/cases/" + id + "/withdraw", "{}").status())
                .isEqualTo(403);
        assertThat(community
                        .post("/api/v1/cases/" + id + "/comments", json("note", "代为补充"))
                        .status())
                .isEqualTo(403);
        assertThat(community.get("/api/v1/cases/" + id).json().path("status").asString())
                .isEqualTo("INTAKE");
    }

    @Test
    void aWithdrawnCaseEndsNotTakenUpLeavesTheWorkListsAndCannotBeWithdrawnAgain() {
        var resident = Api.as(port, "resident.zhang");
        var community = Api.as(port, "taoyuan.community");
        long id = CaseReports.report(resident, "150105004015001", "EVENT.PARKING")
                .path("id")
                .asLong();
        act(community, id, "action", "FILE");
        act(community, id, "action", "DISPATCH", "assignee", "taoyuan.grid1");
        assertThat(resident.get("/api/v1/cases/" + id).json().path("actions").toString())
                .contains("WITHDRAW", "COMMENT");

        var withdrawn = resident.post("/api/v1/cases/" + id + "/withdraw", json("note", "车已挪走"));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().path("status").asString()).isEqualTo("CANCELLED");
        assertThat(resident.get("/api/v1/cases/" + id + "/events").json().findValuesAsString("action"))
                .contains("WITHDRAW");

        var again = resident.post("/api/v1/cases/" + id + "/withdraw", "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(resident.post("/api/v1/cases/" + id + "/comments", json("note", "补充"))
                        .status())
                .isEqualTo(409);
        // Neither open nor overdue for the indicators and the work lists: not taken up, like a cancelled case.
        assertThat(ids(community, "/api/v1/cases?status=DISPATCHED&size=100")).doesNotContain(id);
        assertThat(ids(community, "/api/v1/cases?overdue=true&size=100")).doesNotContain(id);
        assertThat(ids(community, "/api/v1/cases?status=CANCELLED&size=100")).contains(id);
    }

    private static java.util.List<Long> ids(Api api, String path) {
        return api.get(path)
                .json()
                .path("items")
                .valueStream()
                .map(c -> c.path("id").asLong())
                .toList();
    }

    @Test
    void theAssigneeHearsThatTheReporterWithdrewTheCase(Scenario scenario) {
        var community = Api.as(port, "taoyuan.community");
        long id = CaseReports.report(Api.as(port, "resident.zhang"), "150105004015001", "EVENT.PARKING")
                .path("id")
                .asLong();
        act(community, id, "action", "FILE");
        act(community, id, "action", "DISPATCH", "assignee", "taoyuan.grid1");
        var reporter = identity.actorOf("resident.zhang").orElseThrow();
        var assignee = identity.actorOf("taoyuan.grid1").orElseThrow();

        scenario.stimulate(() -> CurrentActor.runAs(
                        reporter,
                        () -> casework.transition(
                                id, new TransitionRequest(CaseAction.WITHDRAW, "已解决", null, null, null, null, null))))
                .andWaitForStateChange(
                        () ->
                                CurrentActor.runAs(
                                                assignee,
                                                () -> notifications
                                                        .inbox(true, new Paging(0, 100))
                                                        .items())
                                        .stream()
                                        .filter(m -> m.caseId() != null
                                                && m.caseId() == id
                                                && m.title().startsWith("反映人已撤回"))
                                        .findFirst(),
                        Optional::isPresent)
                .andVerify(message -> assertThat(message).isPresent());
    }
}
