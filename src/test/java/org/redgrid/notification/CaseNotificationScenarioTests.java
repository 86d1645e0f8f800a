package org.redgrid.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.act;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.redgrid.casework.CaseAction;
import org.redgrid.casework.CaseActionTaken;
import org.redgrid.casework.CaseEventKind;
import org.redgrid.casework.CaseReports;
import org.redgrid.casework.Casework;
import org.redgrid.casework.TransitionRequest;
import org.redgrid.identity.Identity;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.Paging;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The notification listener as a Modulith scenario, in the one shared test context: a case event in,
 * after its transaction commits, the message in the inbox of whoever must act next.
 */
@IntegrationTest
@EnableScenarios
class CaseNotificationScenarioTests {

    @LocalServerPort
    int port;

    @Autowired
    Casework casework;

    @Autowired
    Notifications notifications;

    @Autowired
    Identity identity;

    @Test
    void aHandOverReachesTheReceiversInboxAfterItCommits(Scenario scenario) {
        var community = Api.as(port, "taoyuan.community");
        var worker = Api.as(port, "taoyuan.grid1");
        long id = CaseReports.report(Api.as(port, "resident.zhang"), "150105004015001", "EVENT.PARKING")
                .path("id")
                .asLong();
        act(community, id, "action", "FILE");
        act(community, id, "action", "DISPATCH", "assignee", "taoyuan.grid1");
        act(worker, id, "action", "ACCEPT");
        var handler = identity.actorOf("taoyuan.grid1").orElseThrow();
        var receiver = identity.actorOf("taoyuan.community").orElseThrow();

        scenario.stimulate(() -> CurrentActor.runAs(
                        handler,
                        () -> casework.transition(
                                id,
                                new TransitionRequest(
                                        CaseAction.HAND_OVER,
                                        "涉及多个网格，交社区办理",
                                        "taoyuan.community",
                                        null,
                                        null,
                                        null,
                                        null))))
                .andWaitForStateChange(
                        () ->
                                CurrentActor.runAs(
                                                receiver,
                                                () -> notifications
                                                        .inbox(true, new Paging(0, 100))
                                                        .items())
                                        .stream()
                                        .filter(m -> m.caseId() != null && m.caseId() == id)
                                        .findFirst(),
                        Optional::isPresent)
                .andVerify(message -> assertThat(message.orElseThrow().title()).startsWith("诉求已转交给您"));
    }

    @Test
    void aHandOverBeforeDispatchIsPublishedWithItsNewOwner(Scenario scenario) {
        var community = Api.as(port, "taoyuan.community");
        long id = CaseReports.report(Api.as(port, "resident.zhang"), "150105004015001", "EVENT.PARKING")
                .path("id")
                .asLong();
        var first = identity.actorOf("taoyuan.community").orElseThrow();

        scenario.stimulate(() -> CurrentActor.runAs(
                        first,
                        () -> casework.transition(
                                id,
                                new TransitionRequest(
                                        CaseAction.HAND_OVER, "交网格员先行核实", "taoyuan.grid1", null, null, null, null))))
                .andWaitForEventOfType(CaseActionTaken.class)
                .matching(event -> event.caseId() == id && event.kind() == CaseEventKind.HAND_OVER)
                .toArriveAndVerify(event -> {
                    assertThat(event.actor()).isEqualTo("taoyuan.community");
                    assertThat(event.owner()).isEqualTo("taoyuan.grid1");
                });
        assertThat(community.get("/api/v1/cases/" + id).json().path("owner").asString())
                .isEqualTo("taoyuan.grid1");
    }
}
