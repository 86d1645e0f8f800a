package org.redgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redgrid.support.Api.json;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The channels a case comes in by are facts the caller states, never read from a name: the Open311
 * adapter says it files for a key, and a RESOLUTION_TASK comes only from the deliberation module's
 * entry point for a passed resolution.
 */
@IntegrationTest
class IntakeChannelTests {

    static final String GRID1 = "150105004015001";

    @LocalServerPort
    int port;

    @Autowired
    Casework casework;

    Api.Response report(Api api, Object... extra) {
        Object[] base = {
            "type", "PROBLEM", "category", "EVENT.PARKING", "gridCode", GRID1, "title", "渠道", "description", "渠道来源"
        };
        return api.post("/api/v1/cases", json(IntakeBoundsTests.with(base, extra)));
    }

    @Test
    void aUserWhoseNameLooksLikeAnOpen311KeyFilesAsWhatTheyAreNotAsTheChannel() {
        var created = Api.as(port, "region.admin")
                .post(
                        "/api/v1/users",
                        json(
                                "username", "open311-keys-9001",
                                "displayName", "冒名客户端",
                                "password", "Probe#Pass2026",
                                "roles", List.of("GRID_WORKER"),
                                "scope", GRID1));
        assertThat(created.status()).as(created.body()).isIn(201, 409);
        var lookalike = Api.as(port, "open311-keys-9001", "Probe#Pass2026");

        var owned = report(lookalike, "source", "OPEN311");
        assertThat(owned.status()).as(owned.body()).isEqualTo(400);
        assertThat(owned.json().path("field").asString()).isEqualTo("source");
        var diary = report(lookalike, "source", "POLICE_DIARY");
        assertThat(diary.status()).as(diary.body()).isEqualTo(201);
        assertThat(diary.json().path("source").asString()).isEqualTo("POLICE_DIARY");
    }

    @Test
    void aPassedResolutionGivesItsCommunityAFiledTaskOnceAndOnlyThroughTheEngine() {
        var task = new ResolutionTask(
                "YS-2026-0042", GRID1, "EVENT.PARKING", "增设停车位", "居民议事会表决通过：增设停车位", null, null, null);
        Casework.Intake first = CurrentActor.runAsSystem(() -> casework.createResolutionTask(task));
        CaseView view = first.view();
        assertThat(first.replayed()).isFalse();
        assertThat(view.type()).isEqualTo(CaseType.RESOLUTION_TASK);
        assertThat(view.status()).isEqualTo(CaseStatus.FILED);
        assertThat(view.level()).isEqualTo(DivisionLevel.COMMUNITY.digits());
        assertThat(view.source()).isEqualTo(CaseSource.MEETING);

        Casework.Intake again = CurrentActor.runAsSystem(() -> casework.createResolutionTask(task));
        assertThat(again.replayed()).isTrue();
        assertThat(again.view().id()).isEqualTo(view.id());

        var community = Api.as(port, "taoyuan.community");
        JsonNode events =
                community.get("/api/v1/cases/" + view.id() + "/events").json();
        assertThat(events.findValuesAsString("action")).containsExactly("CREATE", "FILE");
        assertThat(events.get(0).path("data").asString()).contains("YS-2026-0042");
        assertThat(community
                        .get("/api/v1/cases/" + view.id())
                        .json()
                        .path("actions")
                        .toString())
                .contains("DISPATCH");

        var street = new ResolutionTask(
                "YS-2026-0043", GRID1, "EVENT.PARKING", "街道协调", "由街道承办", DivisionLevel.STREET, null, null);
        assertThat(CurrentActor.runAs(org.redgrid.shared.Actor.system(), () -> casework.createResolutionTask(street))
                        .view()
                        .level())
                .isEqualTo(DivisionLevel.STREET.digits());
    }

    @Test
    void onlyStaffOfTheGridsAreaRecordAResolutionTaskAndItIsCheckedLikeAnyIntake() {
        var outside =
                new ResolutionTask("YS-2026-0044", "150105004015002", "EVENT.PARKING", "越权", "越权登记", null, null, null);
        var grid1 = actorOf("taoyuan.grid1");
        assertThatThrownBy(() -> CurrentActor.runAs(grid1, () -> casework.createResolutionTask(outside)))
                .isInstanceOf(Forbidden.class);
        var resident = actorOf("resident.zhang");
        assertThatThrownBy(() -> CurrentActor.runAs(
                        resident,
                        () -> casework.createResolutionTask(new ResolutionTask(
                                "YS-2026-0045", GRID1, "EVENT.PARKING", "居民", "居民登记", null, null, null))))
                .isInstanceOf(Forbidden.class);
        var community = actorOf("taoyuan.community");
        assertThatThrownBy(() -> CurrentActor.runAs(
                        community,
                        () -> casework.createResolutionTask(
                                new ResolutionTask(" ", GRID1, "EVENT.PARKING", "无编号", "无编号", null, null, null))))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("resolution"));
        var filed = CurrentActor.runAs(
                community,
                () -> casework.createResolutionTask(new ResolutionTask(
                        "YS-2026-0046", GRID1, "EVENT.PARKING", "社区登记", "社区登记议定事项", null, null, null)));
        assertThat(filed.view().reporter()).isEqualTo("taoyuan.community");

        var report = report(Api.as(port, "taoyuan.community"), "type", "RESOLUTION_TASK");
        assertThat(report.status()).isEqualTo(400);
        assertThat(report.json().path("field").asString()).isEqualTo("type");
    }

    @Autowired
    org.redgrid.identity.Identity identity;

    org.redgrid.shared.Actor actorOf(String username) {
        return CurrentActor.runAsSystem(() -> identity.actorOf(username)).orElseThrow();
    }
}
