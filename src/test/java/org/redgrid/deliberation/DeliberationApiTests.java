package org.redgrid.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.redgrid.support.PageSession;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * 定主题 → 现场议 → 表决 → 分级办 → 事后评 through the API in 桃园社区, as its residents and staff would, with
 * the refusals that keep the count honest; and the article's melon-shed council replayed in 东泉村.
 */
@IntegrationTest
class DeliberationApiTests {

    static final String TAOYUAN = "150105004015";
    static final String DONGQUAN = "152224102217";

    @LocalServerPort
    int port;

    Api as(String username) {
        return Api.as(port, username);
    }

    long topic(Api api, String title) {
        var created =
                api.post("/api/v1/topics", json("community", TAOYUAN, "title", title, "description", "居民反映：" + title));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("status").asString()).isEqualTo("OPEN");
        return created.json().path("id").asLong();
    }

    long meeting(Api staff, String type, List<Long> topics, Map<String, Object> rule) {
        var created = staff.post(
                "/api/v1/meetings",
                json(
                        "type",
                        type,
                        "community",
                        TAOYUAN,
                        "title",
                        "议事会 " + System.nanoTime(),
                        "startsAt",
                        Instant.now().toString(),
                        "place",
                        "社区议事厅",
                        "topicIds",
                        topics,
                        "rule",
                        rule,
                        "invitees",
                        List.of("ROLE:STREET_STAFF")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    /** Person ids of 桃园社区 residents, one per household when {@code oneEach}. */
    List<String> residents(int count, boolean oneEach) {
        JsonNode items = as("taoyuan.community")
                .get("/api/v1/people?grid=" + TAOYUAN + "001&size=100")
                .json()
                .path("items");
        List<String> ids = new ArrayList<>();
        List<Long> households = new ArrayList<>();
        for (JsonNode person : items) {
            long household = person.path("householdId").asLong();
            if (oneEach && households.contains(household)) continue;
            households.add(household);
            ids.add(person.path("id").asString());
            if (ids.size() == count) break;
        }
        assertThat(ids).hasSize(count);
        return ids;
    }

    long motion(Api staff, long meeting, Object... topic) {
        var created = staff.post("/api/v1/meetings/" + meeting + "/motions", json(with(topic, "text", "增设电动车充电桩")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    static Object[] with(Object[] extra, Object... base) {
        List<Object> all = new ArrayList<>(List.of(base));
        all.addAll(List.of(extra));
        return all.toArray();
    }

    Api.Response vote(Api api, long motion, String voter, String choice) {
        return api.post("/api/v1/motions/" + motion + "/votes", json("voter", voter, "choice", choice));
    }

    static void eventually(BooleanSupplier condition) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(15));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited 15 s").isBefore(until);
            Thread.sleep(100);
        }
    }

    @Test
    void aResidentsTopicIsListedWithItsSupportersAndHiddenFromOtherCommunities() {
        var resident = as("resident.zhang");
        long id = topic(resident, "小区广场的座椅太少 " + System.nanoTime());
        assertThat(topic(as("taoyuan.grid1"), "停车位线模糊不清 " + System.nanoTime())).isPositive();

        assertThat(resident.post("/api/v1/topics/" + id + "/support", "{}")
                        .json()
                        .path("supports")
                        .asInt())
                .isEqualTo(1);
        assertThat(resident.post("/api/v1/topics/" + id + "/support", "{}")
                        .json()
                        .path("supports")
                        .asInt())
                .as("a repeated support changes nothing")
                .isEqualTo(1);
        assertThat(as("taoyuan.grid1")
                        .post("/api/v1/topics/" + id + "/support", "{}")
                        .json()
                        .path("supports")
                        .asInt())
                .isEqualTo(2);
        assertThat(resident.get("/api/v1/topics?community=" + TAOYUAN).json().findValuesAsString("id"))
                .contains(String.valueOf(id));

        assertThat(as("dongquan.villager").get("/api/v1/topics/" + id).status()).isEqualTo(404);
        assertThat(as("dongquan.villager")
                        .post("/api/v1/topics/" + id + "/support", "{}")
                        .status())
                .isEqualTo(404);
        var elsewhere = as("dongquan.villager")
                .post("/api/v1/topics", json("community", TAOYUAN, "title", "外村", "description", "外村提议"));
        assertThat(elsewhere.status()).isEqualTo(404);
    }

    @Test
    void staffSeeWhereOneCategoryKeepsComingFromOneGridRaiseItAsATopicAndMergeDuplicates() {
        var staff = as("taoyuan.community");
        var worker = as("taoyuan.grid2");
        List<Long> filed = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            var report = worker.post(
                    "/api/v1/cases",
                    json(
                            "type", "PROBLEM",
                            "category", "EVENT.EV_CHARGING",
                            "gridCode", TAOYUAN + "002",
                            "title", "充电桩坏了 " + i,
                            "description", "楼下充电桩无法充电"));
            assertThat(report.status()).as(report.body()).isEqualTo(201);
            filed.add(report.json().path("id").asLong());
        }
        JsonNode suggestion = staff.get("/api/v1/topics/suggestions?community=" + TAOYUAN)
                .json()
                .valueStream()
                .filter(g -> g.path("gridCode").asString().equals(TAOYUAN + "002")
                        && g.path("category").asString().equals("EVENT.EV_CHARGING"))
                .findFirst()
                .orElseThrow();
        List<Long> caseIds =
                suggestion.path("caseIds").valueStream().map(JsonNode::asLong).toList();
        assertThat(caseIds).containsAll(filed);
        assertThat(as("resident.zhang")
                        .get("/api/v1/topics/suggestions?community=" + TAOYUAN)
                        .status())
                .isEqualTo(403);
        long caseId = caseIds.get(0);
        var raised = staff.post(
                "/api/v1/topics",
                json(
                        "community",
                        TAOYUAN,
                        "title",
                        "停车难反复出现",
                        "description",
                        "同一网格停车问题反复反映",
                        "caseIds",
                        List.of(caseId)));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        long fromCases = raised.json().path("id").asLong();
        assertThat(staff.get("/api/v1/topics/" + fromCases)
                        .json()
                        .path("channel")
                        .asString())
                .isEqualTo("CASES");
        var byResident = as("resident.zhang")
                .post(
                        "/api/v1/topics",
                        json("community", TAOYUAN, "title", "x", "description", "y", "caseIds", List.of(caseId)));
        assertThat(byResident.status()).isEqualTo(403);

        long duplicate = topic(as("resident.zhang"), "停车难 " + System.nanoTime());
        as("resident.zhang").post("/api/v1/topics/" + duplicate + "/support", "{}");
        var merged = staff.post("/api/v1/topics/" + duplicate + "/merge", json("into", fromCases));
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        assertThat(merged.json().path("supports").asInt()).isEqualTo(1);
        assertThat(staff.get("/api/v1/topics/" + duplicate)
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("MERGED");
    }

    @Test
    void exactlyHalfPassesAtTheMelonShedAndTheResolutionGoesFromTaskToRating() throws Exception {
        var staff = as("taoyuan.community");
        var resident = as("resident.zhang");
        long topic = topic(resident, "充电难 " + System.nanoTime());
        long meeting = meeting(staff, "MELON_SHED", List.of(topic), null);
        JsonNode scheduled = staff.get("/api/v1/meetings/" + meeting).json();
        assertThat(scheduled.path("rule").path("threshold").asString()).isEqualTo("AT_LEAST_HALF");
        assertThat(scheduled.path("agenda").get(0).path("status").asString()).isEqualTo("ON_AGENDA");

        List<String> persons = residents(3, false);
        var roll = staff.post("/api/v1/meetings/" + meeting + "/attendance", json("voters", persons));
        assertThat(roll.status()).as(roll.body()).isEqualTo(200);
        long motion = motion(staff, meeting, "topicId", topic);

        // The resident votes on the phone in the open window; a repeated vote changes nothing.
        var own = vote(resident, motion, "resident.zhang", "FOR");
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        var again = vote(resident, motion, "resident.zhang", "AGAINST");
        assertThat(again.json().path("choice").asString()).isEqualTo("FOR");
        assertThat(again.json().path("replayed").asBoolean()).isTrue();
        // The secretary enters the show of hands of those signed in.
        assertThat(vote(staff, motion, persons.get(0), "FOR").status()).isEqualTo(200);
        assertThat(vote(staff, motion, persons.get(1), "AGAINST").status()).isEqualTo(200);
        assertThat(vote(staff, motion, persons.get(2), "AGAINST").status()).isEqualTo(200);

        var closed = staff.post("/api/v1/motions/" + motion + "/close", "{}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        JsonNode count = closed.json();
        assertThat(count.path("passed").asBoolean())
                .as("2 of 4 present is 半数以上")
                .isTrue();
        assertThat(List.of(
                        count.path("for").asInt(),
                        count.path("against").asInt(),
                        count.path("abstain").asInt()))
                .containsExactly(2, 2, 0);
        assertThat(List.of(count.path("entitled").asInt(), count.path("present").asInt()))
                .containsExactly(4, 4);
        assertThat(staff.post("/api/v1/motions/" + motion + "/close", "{}").status())
                .isEqualTo(409);
        assertThat(vote(resident, motion, "resident.zhang", "FOR").status()).isEqualTo(409);
        assertThat(staff.get("/api/v1/topics/" + topic).json().path("status").asString())
                .isEqualTo("DECIDED");

        // 公示: residents may object once while the result is published.
        var objection = resident.post("/api/v1/motions/" + motion + "/objections", json("reason", "票数太接近，建议再议"));
        assertThat(objection.status()).as(objection.body()).isEqualTo(201);
        assertThat(resident.post("/api/v1/motions/" + motion + "/objections", json("reason", "再提一次"))
                        .status())
                .isEqualTo(409);
        assertThat(as("gas.dept")
                        .post("/api/v1/motions/" + motion + "/objections", json("reason", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(staff.get("/api/v1/resolutions/" + motion)
                        .json()
                        .path("objections")
                        .asInt())
                .isEqualTo(1);

        var task = staff.post(
                "/api/v1/motions/" + motion + "/tasks",
                json(
                        "title",
                        "安装充电桩",
                        "category",
                        "EVENT.EV_CHARGING",
                        "claimant",
                        "GRID:" + TAOYUAN + "001",
                        "deadline",
                        LocalDate.now().plusDays(20).toString()));
        assertThat(task.status()).as(task.body()).isEqualTo(201);
        assertThat(task.json().path("type").asString()).isEqualTo("RESOLUTION_TASK");
        assertThat(task.json().path("source").asString()).isEqualTo("MEETING");
        long caseId = task.json().path("id").asLong();
        assertThat(resident.post("/api/v1/resolutions/" + motion + "/evaluations", json("stars", 5))
                        .status())
                .as("no rating before the tasks are done")
                .isEqualTo(409);

        var grid1 = as("taoyuan.grid1");
        step(staff, caseId, "DISPATCH", "assignee", "taoyuan.grid1");
        step(grid1, caseId, "ACCEPT");
        assertThat(staff.get("/api/v1/resolutions/" + motion)
                        .json()
                        .path("tasks")
                        .get(0)
                        .path("status")
                        .asString())
                .isEqualTo("HANDLING");
        step(grid1, caseId, "REPORT_BACK", "note", "充电桩已安装");
        step(staff, caseId, "VERIFY_PASS");
        step(staff, caseId, "CLOSE");
        JsonNode progress = staff.get("/api/v1/resolutions/" + motion).json();
        assertThat(progress.path("percentDone").asInt()).isEqualTo(100);

        var rated =
                resident.post("/api/v1/resolutions/" + motion + "/evaluations", json("stars", 4, "comment", "方便多了"));
        assertThat(rated.status()).as(rated.body()).isEqualTo(201);
        assertThat(resident.post("/api/v1/resolutions/" + motion + "/evaluations", json("stars", 5))
                        .status())
                .isEqualTo(409);
        assertThat(as("gas.dept")
                        .post("/api/v1/resolutions/" + motion + "/evaluations", json("stars", 1))
                        .status())
                .as("a unit neither attended nor lives here")
                .isEqualTo(403);
        JsonNode whole = staff.get("/api/v1/meetings/" + meeting).json();
        assertThat(whole.path("motions").get(0).path("rating").asDouble()).isEqualTo(4.0);

        var street = as("dxdl.street");
        eventually(() -> street.get("/api/v1/inbox?size=100").json().path("items").findValuesAsString("body").stream()
                .anyMatch(body -> body.contains("会议编号 " + meeting + "）")));
        assertThat(as("region.admin")
                        .get("/api/v1/audit?action=DELIB_VOTE&size=100")
                        .json()
                        .path("items")
                        .size())
                .isPositive();
    }

    void step(Api api, long caseId, String action, Object... extra) {
        var answer = api.post("/api/v1/cases/" + caseId + "/transitions", json(with(extra, "action", action)));
        assertThat(answer.status()).as(action + " " + answer.body()).isEqualTo(200);
    }

    @Test
    void exactlyHalfFailsWhereTheMeetingAsksForMoreThanHalfAndAFailedMotionGivesNoTask() {
        var staff = as("taoyuan.community");
        long meeting =
                meeting(staff, "NEIGHBOUR_NIGHT", List.of(), Map.of("threshold", "MORE_THAN_HALF", "base", "PRESENT"));
        List<String> persons = residents(2, false);
        staff.post("/api/v1/meetings/" + meeting + "/attendance", json("voters", persons));
        long motion = motion(staff, meeting);
        vote(staff, motion, persons.get(0), "FOR");
        vote(staff, motion, persons.get(1), "AGAINST");
        JsonNode count =
                staff.post("/api/v1/motions/" + motion + "/close", "{}").json();
        assertThat(count.path("passed").asBoolean()).as("1 of 2 is not 过半数").isFalse();
        var task = staff.post(
                "/api/v1/motions/" + motion + "/tasks",
                json("title", "不应生成", "category", "EVENT.PARKING", "claimant", "GRID:" + TAOYUAN + "001"));
        assertThat(task.status()).isEqualTo(409);
        assertThat(task.json().path("rule").asString()).isEqualTo("motion.not-passed");
    }

    @Test
    void aVoterWithoutEntitlementIsRefusedAndTheRollStaysAsItWas() {
        var staff = as("taoyuan.community");
        long meeting = meeting(staff, "CONSULTATION", List.of(), null);
        var unit = staff.post("/api/v1/meetings/" + meeting + "/attendance", json("voters", List.of("gas.dept")));
        assertThat(unit.status()).isEqualTo(400);
        assertThat(unit.json().path("field").asString()).isEqualTo("voters");
        assertThat(unit.json().path("rule").asString()).isEqualTo("entitlement");

        // Household representatives: two members of one household carry one vote.
        JsonNode people = staff.get("/api/v1/people?grid=" + TAOYUAN + "001&size=100")
                .json()
                .path("items");
        List<String> household = new ArrayList<>();
        long first = people.get(0).path("householdId").asLong();
        for (JsonNode p : people)
            if (p.path("householdId").asLong() == first)
                household.add(p.path("id").asString());
        assertThat(household).hasSizeGreaterThan(1);
        var twice = staff.post("/api/v1/meetings/" + meeting + "/attendance", json("voters", household));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().path("rule").asString()).isEqualTo("entitlement.one-ballot");
        assertThat(staff.get("/api/v1/meetings/" + meeting).json().path("roll").size())
                .isZero();

        long motion = motion(staff, meeting);
        var early = as("resident.zhang").post("/api/v1/motions/" + motion + "/objections", json("reason", "尚未计票"));
        assertThat(early.status())
                .as("no objection before the result is published")
                .isEqualTo(409);
        var gridWorker = vote(as("taoyuan.grid1"), motion, "taoyuan.grid1", "FOR");
        assertThat(gridWorker.status()).as("a grid worker is no resident voter").isEqualTo(403);
        var notOnRoll = vote(staff, motion, "resident.zhang", "FOR");
        assertThat(notOnRoll.status()).isEqualTo(400);
        assertThat(notOnRoll.json().path("field").asString()).isEqualTo("voter");
        assertThat(vote(as("dongquan.villager"), motion, "dongquan.villager", "FOR")
                        .status())
                .isEqualTo(404);
        var byResident = as("resident.zhang")
                .post("/api/v1/meetings/" + meeting + "/attendance", json("voters", List.of("resident.zhang")));
        assertThat(byResident.status()).isEqualTo(403);
    }

    @Test
    void aRefusedFormOnThePagesComesBackWithTheReasonAndSchedulesNothing() throws Exception {
        PageSession page = PageSession.loggedIn(port, "resident.zhang");
        String csrf = PageSession.csrfOf(page.get("/deliberation").body());
        int before = as("taoyuan.community")
                .get("/api/v1/meetings?community=" + TAOYUAN)
                .json()
                .size();
        var posted = page.postForm(
                "/deliberation/meetings",
                "community=" + TAOYUAN + "&type=MELON_SHED&title=x&place=y&startsAt=2026-07-01T20:00&_csrf=" + csrf);
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(page.get("/deliberation/meetings/new?community=" + TAOYUAN).body())
                .contains("只有该社区或其上级的工作人员可以组织议事");
        assertThat(as("taoyuan.community")
                        .get("/api/v1/meetings?community=" + TAOYUAN)
                        .json()
                        .size())
                .isEqualTo(before);
    }

    @Test
    void badInputIsAProblemNamingTheFieldInChineseOrEnglish() {
        var staff = as("taoyuan.community");
        var noType = staff.post(
                "/api/v1/meetings",
                json(
                        "community",
                        TAOYUAN,
                        "title",
                        "t",
                        "startsAt",
                        Instant.now().toString(),
                        "place",
                        "p"));
        assertThat(noType.status()).isEqualTo(400);
        assertThat(noType.json().path("field").asString()).isEqualTo("type");
        var quorum = staff.inLanguage("en")
                .post(
                        "/api/v1/meetings",
                        json(
                                "type",
                                "MELON_SHED",
                                "community",
                                TAOYUAN,
                                "title",
                                "t",
                                "startsAt",
                                Instant.now().toString(),
                                "place",
                                "p",
                                "rule",
                                Map.of("quorum", 2)));
        assertThat(quorum.status()).isEqualTo(400);
        assertThat(quorum.json().path("field").asString()).isEqualTo("rule.quorum");
        assertThat(quorum.json().path("detail").asString()).contains("quorum must lie between 0 and 1");
        var notACommunity =
                staff.post("/api/v1/topics", json("community", "150105004", "title", "t", "description", "d"));
        assertThat(notACommunity.json().path("field").asString()).isEqualTo("community");
        var stars = as("resident.zhang").post("/api/v1/resolutions/999999999/evaluations", json("stars", 9));
        assertThat(stars.status()).isEqualTo(404);
        var before = staff.get("/api/v1/meetings?community=" + TAOYUAN).json().size();
        staff.post(
                "/api/v1/meetings",
                json(
                        "type",
                        "MELON_SHED",
                        "community",
                        TAOYUAN,
                        "title",
                        " ",
                        "startsAt",
                        Instant.now().toString(),
                        "place",
                        "p"));
        assertThat(staff.get("/api/v1/meetings?community=" + TAOYUAN).json().size())
                .isEqualTo(before);
    }

    @Test
    void theMelonShedCouncilOfTheArticleIsReplayedInTheVillageOfTheArticle() throws Exception {
        var town = as("dongduerji.town");
        JsonNode meetings = town.get("/api/v1/meetings?community=" + DONGQUAN).json();
        assertThat(meetings.size()).isEqualTo(1);
        JsonNode meeting = town.get(
                        "/api/v1/meetings/" + meetings.get(0).path("id").asLong())
                .json();
        assertThat(meeting.path("type").asString()).isEqualTo("MELON_SHED");
        assertThat(meeting.path("invitees").findValuesAsString("invitees").toString())
                .isNotNull();
        assertThat(meeting.path("opinions").get(0).path("text").asString()).contains("畅所欲言");
        JsonNode motions = meeting.path("motions");
        assertThat(motions.valueStream().map(m -> m.path("outcome").asString())).containsExactly("PASSED", "PASSED");
        JsonNode packaging = motions.get(1).path("result");
        assertThat(packaging.path("for").asInt() * 2)
                .as("exactly half in favour")
                .isEqualTo(packaging.path("present").asInt());
        assertThat(motions.get(1).path("percentDone").asInt()).isEqualTo(100);
        assertThat(motions.get(1).path("ratings").asInt()).isEqualTo(1);

        JsonNode figures = town.get("/api/v1/deliberation/figures?division=152224102&from=2020-01-01")
                .json();
        assertThat(figures.path("meetingsHeld").asInt()).isEqualTo(1);
        assertThat(figures.path("motionsPassed").asInt()).isEqualTo(2);
        assertThat(figures.path("tasks").asInt()).isEqualTo(2);
        assertThat(figures.path("tasksDone").asInt()).isEqualTo(1);
        assertThat(figures.path("percentDone").asDouble()).isEqualTo(50.0);
        eventually(() -> town.get("/api/v1/inbox?size=100").json().path("items").findValuesAsString("title").stream()
                .anyMatch(title -> title.contains("瓜棚议事会")));

        assertThat(as("taoyuan.community")
                        .get("/api/v1/meetings/" + meeting.path("id").asLong())
                        .status())
                .isEqualTo(404);
        assertThat(as("dxdl.street")
                        .get("/api/v1/deliberation/figures?division=152224102")
                        .status())
                .isEqualTo(404);
    }
}
