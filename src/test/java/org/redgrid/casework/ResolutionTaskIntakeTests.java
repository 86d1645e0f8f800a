package org.redgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.redgrid.identity.Identity;
import org.redgrid.shared.Actor;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.InvalidValue;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.redgrid.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a meeting agreed travels with the 议定事项 it creates (claimant and deadline), checked like any
 * intake; and no ordinary door (API, report page, Open311) files a RESOLUTION_TASK.
 */
@IntegrationTest
class ResolutionTaskIntakeTests {

    static final String GRID1 = "150105004015001";

    @LocalServerPort
    int port;

    @Autowired
    Casework casework;

    @Autowired
    Identity identity;

    Actor community() {
        return CurrentActor.runAsSystem(() -> identity.actorOf("taoyuan.community"))
                .orElseThrow();
    }

    ResolutionTask task(String reference, ResolutionTask.Claimant claimant, LocalDate deadline) {
        return new ResolutionTask(
                reference, GRID1, "EVENT.PARKING", "划设停车位", "议事会表决通过：划设停车位", null, claimant, deadline);
    }

    @Test
    void theClaimantAndDeadlineAgreedAtTheMeetingAreRecordedWithTheTask() {
        var claimant = new ResolutionTask.Claimant(ResolutionTask.Claimant.Kind.GRID, GRID1);
        LocalDate deadline = LocalDate.now().plusDays(30);
        var intake = CurrentActor.runAs(
                community(),
                () -> casework.createResolutionTask(task("YS-T-" + System.nanoTime(), claimant, deadline)));
        var events = Api.as(port, "taoyuan.community")
                .get("/api/v1/cases/" + intake.view().id() + "/events")
                .json();
        String data = events.get(0).path("data").asString();
        assertThat(data).contains("\"claimantKind\":\"GRID\"", "\"claimant\":\"" + GRID1 + "\"");
        assertThat(data).contains("\"deadline\":\"" + deadline + "\"");
    }

    @Test
    void aDeadlineInThePastOrAClaimantWithoutKindIsRefusedAndNothingIsFiled() {
        String reference = "YS-T-" + System.nanoTime();
        assertThatThrownBy(() -> CurrentActor.runAs(
                        community(),
                        () -> casework.createResolutionTask(
                                task(reference, null, LocalDate.now().minusDays(2)))))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("deadline"));
        assertThatThrownBy(() -> CurrentActor.runAs(
                        community(),
                        () -> casework.createResolutionTask(
                                task(reference, new ResolutionTask.Claimant(null, "x"), null))))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("claimant"));
        var filed = CurrentActor.runAs(community(), () -> casework.createResolutionTask(task(reference, null, null)));
        assertThat(filed.replayed()).as("the refused attempts filed nothing").isFalse();
    }

    @Test
    void theReportPageFilesAForgedResolutionTaskAsAnOrdinaryProblem() throws Exception {
        String title = "伪造议定事项 " + System.nanoTime();
        PageSession page = PageSession.loggedIn(port, "resident.zhang");
        String csrf = PageSession.csrfOf(page.get("/report").body());
        var posted = page.postForm(
                "/report",
                "type=RESOLUTION_TASK&category=EVENT.PARKING&urgency=GENERAL&gridCode=" + GRID1 + "&title="
                        + URLEncoder.encode(title, StandardCharsets.UTF_8)
                        + "&description=" + URLEncoder.encode("从页面冒充议定事项", StandardCharsets.UTF_8)
                        + "&key=forged-" + System.nanoTime() + "&_csrf=" + csrf);
        assertThat(posted.statusCode()).isLessThan(400);
        var mine = Api.as(port, "resident.zhang").get("/api/v1/cases?size=100").json();
        var filed = mine.path("items")
                .valueStream()
                .filter(c -> title.equals(c.path("title").asString()))
                .toList();
        assertThat(filed).hasSize(1);
        assertThat(filed.get(0).path("type").asString()).isEqualTo("PROBLEM");
    }

    @Test
    void anOpen311ClientCannotFileAResolutionTask() {
        var answer = Api.anonymous(port)
                .postForm(
                        "/open311/v2/requests.json",
                        "api_key",
                        "redgrid-demo-key",
                        "service_code",
                        "EVENT.PARKING",
                        "type",
                        "RESOLUTION_TASK",
                        "address_id",
                        GRID1,
                        "description",
                        "开放接口冒充议定事项");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        String id = answer.json().get(0).path("service_request_id").asString();
        var filed = Api.as(port, "taoyuan.community")
                .get("/api/v1/cases?status=INTAKE&size=100")
                .json()
                .path("items")
                .valueStream()
                .filter(c -> c.path("number").asString().equals(id))
                .findFirst()
                .orElseThrow();
        assertThat(filed.path("type").asString()).isEqualTo("PROBLEM");
    }
}
