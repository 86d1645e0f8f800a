package org.redgrid.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.act;
import static org.redgrid.support.Api.json;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.redgrid.training.AttendanceMode;
import org.redgrid.training.CourseAttended;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** 双报到 → approval → sign-up → check-in → points, through the API as its clients use it. */
@IntegrationTest
class EngagementTests {

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    static final String TAOYUAN = EngagementFixtures.TAOYUAN;
    static final String GRID2 = EngagementFixtures.GRID2;
    static final String GAS = "91150105MA0XECCCFC";

    @LocalServerPort
    int port;

    Api memberLogin(String username, String personName) {
        return EngagementFixtures.memberLogin(port, username, personName, "Member#2026x");
    }

    long person(String name) {
        return EngagementFixtures.person(port, name);
    }

    long activityNow(String title) {
        return EngagementFixtures.activityNow(port, title, 2);
    }

    @Test
    void aMemberRegistersIsApprovedSignsUpChecksInAndEarnsPointsTracedToTheCheckIn() {
        Api member = memberLogin("member.liang", "梁志平");
        long me = person("梁志平");
        var filed = member.post(
                "/api/v1/engagement/registrations",
                json(
                        "partyMember",
                        me,
                        "community",
                        TAOYUAN,
                        "grid",
                        GRID2,
                        "posts",
                        List.of(Map.of("kind", "PIONEER"))));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(filed.json().path("status").asString()).isEqualTo("PENDING");
        long registration = filed.json().path("id").asLong();
        assertThat(member.post("/api/v1/engagement/registrations/" + registration + "/approve", "{}")
                        .status())
                .isEqualTo(403);

        var community = Api.as(port, "taoyuan.community");
        var approved = community.post("/api/v1/engagement/registrations/" + registration + "/approve", "{}");
        assertThat(approved.json().path("status").asString()).isEqualTo("APPROVED");
        assertThat(community
                        .post("/api/v1/engagement/registrations/" + registration + "/approve", "{}")
                        .status())
                .isEqualTo(409);

        long activity = activityNow("楼道清雪");
        assertThat(member.post("/api/v1/engagement/activities/" + activity + "/signups", "{}")
                        .json()
                        .path("signedUp")
                        .asInt())
                .isEqualTo(1);
        var checkedIn = member.post(
                "/api/v1/engagement/activities/" + activity + "/checkins",
                json("member", me),
                "Idempotency-Key",
                "liang-1");
        assertThat(checkedIn.status()).as(checkedIn.body()).isEqualTo(200);
        assertThat(checkedIn.json().path("points").asInt()).isEqualTo(4);
        long checkIn = checkedIn.json().path("id").asLong();

        JsonNode points = member.get("/api/v1/engagement/points?member=" + me).json();
        assertThat(points.path("total").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(points.path("entries").findValuesAsString("source")).contains("checkin:" + checkIn);
        JsonNode entry = points.path("entries").get(0);
        assertThat(entry.path("rule").asString()).isEqualTo("SERVICE_HOURS");
        assertThat(entry.has("at")).isTrue();
    }

    @Test
    void aRepeatedCheckInAwardsNothing() {
        Api member = memberLogin("member.yuan", "袁国庆");
        long me = person("袁国庆");
        long activity = activityNow("政策宣传进楼栋");
        member.post("/api/v1/engagement/activities/" + activity + "/signups", "{}");
        String path = "/api/v1/engagement/activities/" + activity + "/checkins";
        var first = member.post(path, "{}", "Idempotency-Key", "yuan-1");
        int total = member.get("/api/v1/engagement/points?member=" + me)
                .json()
                .path("total")
                .asInt();

        var retried = member.post(path, "{}", "Idempotency-Key", "yuan-1");
        var again = member.post(path, "{}", "Idempotency-Key", "yuan-2");
        var unkeyed = member.post(path, "{}");

        for (var repeat : List.of(retried, again, unkeyed)) {
            assertThat(repeat.status()).as(repeat.body()).isEqualTo(200);
            assertThat(repeat.json().path("id").asLong())
                    .isEqualTo(first.json().path("id").asLong());
            assertThat(repeat.json().path("replayed").asBoolean()).isTrue();
            assertThat(repeat.json().path("points").asInt()).isZero();
        }
        JsonNode after = member.get("/api/v1/engagement/points?member=" + me).json();
        assertThat(after.path("total").asInt()).isEqualTo(total);
        assertThat(after.path("entries").findValuesAsString("rule")).containsOnlyOnce("SERVICE_HOURS");
    }

    @Test
    void aCheckInNeedsASignUpAndAFullActivityTakesNoMore() {
        Api member = memberLogin("member.aladan", "阿拉坦仓");
        long activity = activityNow("助老义剪");
        var notSignedUp = member.post("/api/v1/engagement/activities/" + activity + "/checkins", "{}");
        assertThat(notSignedUp.status()).isEqualTo(409);
        assertThat(notSignedUp.json().path("rule").asString()).isEqualTo("checkin.signup");

        var community = Api.as(port, "taoyuan.community");
        community.post("/api/v1/engagement/activities/" + activity + "/signups", json("member", person("魏淑芬")));
        community.post("/api/v1/engagement/activities/" + activity + "/signups", json("member", person("常海波")));
        var full = member.post("/api/v1/engagement/activities/" + activity + "/signups", "{}");
        assertThat(full.status()).isEqualTo(409);
        assertThat(full.json().path("rule").asString()).isEqualTo("activity.full");
    }

    @Test
    void aClosedMicroWishEarnsPointsForTheMemberWhoHandledItOnce() throws InterruptedException {
        Api member = memberLogin("member.zheng", "郑宝林");
        long me = person("郑宝林");
        var resident = Api.as(port, "resident.zhang");
        long wish = resident.post(
                        "/api/v1/cases",
                        json(
                                "type", "MICRO_WISH",
                                "category", "SERVICE.MICRO_WISH",
                                "gridCode", "150105004015001",
                                "title", "想要一台收音机",
                                "description", "老伴想听评书，请社区帮助"))
                .json()
                .path("id")
                .asLong();
        var community = Api.as(port, "taoyuan.community");
        act(community, wish, "action", "FILE", "note", "发布到微心愿墙");
        String number = act(member, wish, "action", "CLAIM", "note", "我来认领")
                .path("number")
                .asString();
        act(member, wish, "action", "REPORT_BACK", "note", "已送去收音机");
        act(community, wish, "action", "VERIFY_PASS");
        act(community, wish, "action", "CLOSE");

        eventually(() -> member.get("/api/v1/engagement/points?member=" + me)
                .json()
                .path("entries")
                .findValuesAsString("source")
                .contains("case:" + number));
        JsonNode points = member.get("/api/v1/engagement/points?member=" + me).json();
        assertThat(points.path("entries").findValuesAsString("rule")).containsOnlyOnce("MICRO_WISH");
        assertThat(points.path("total").asInt()).isEqualTo(5);
    }

    @Test
    void aPartySchoolCourseAttendedEarnsLearningPointsOncePerCourse() throws InterruptedException {
        Api member = memberLogin("member.nie", "聂志国");
        long me = person("聂志国");
        var attended = new CourseAttended(
                me,
                987_654,
                1,
                "150105",
                "150105004015001",
                null,
                AttendanceMode.ONLINE,
                java.math.BigDecimal.valueOf(2),
                Instant.now());
        transactions.executeWithoutResult(status -> events.publishEvent(attended));
        transactions.executeWithoutResult(status -> events.publishEvent(attended));

        eventually(() -> member.get("/api/v1/engagement/points?member=" + me)
                .json()
                .path("entries")
                .findValuesAsString("source")
                .contains("learning:course-987654"));
        Thread.sleep(500);
        JsonNode points = member.get("/api/v1/engagement/points?member=" + me).json();
        assertThat(points.path("entries").findValuesAsString("source")).containsOnlyOnce("learning:course-987654");
        for (JsonNode entry : points.path("entries")) {
            assertThat(entry.path("rule").asString()).isEqualTo("LEARNING");
            assertThat(entry.path("at").asString()).isNotBlank();
        }
        int rate = Api.as(port, "saihan.admin")
                .get("/api/v1/engagement/point-rules?county=150105")
                .json()
                .path("perLearningSession")
                .asInt();
        assertThat(points.path("entries").findValues("points").stream()
                        .mapToInt(JsonNode::asInt)
                        .sum())
                .isEqualTo(rate);
    }

    @Test
    void appUseIsNeverASourceOfPointsAndTheRefusalChangesNothing() {
        var community = Api.as(port, "taoyuan.community");
        long member = person("魏淑芬");
        int before = community
                .get("/api/v1/engagement/points?member=" + member)
                .json()
                .path("total")
                .asInt();
        for (String use :
                List.of("login:2026-12-01", "sign_in:daily", "online_time:3h", "reading:学习文章", "forwarding:朋友圈")) {
            var refused = community.post(
                    "/api/v1/engagement/points",
                    json("member", member, "rule", "MANUAL_AWARD", "source", use, "points", 1));
            assertThat(refused.status()).as(use).isEqualTo(400);
            assertThat(refused.json().path("field").asString()).isEqualTo("source");
            assertThat(refused.json().path("rule").asString()).isEqualTo("points.no-app-use");
        }
        var english = community
                .inLanguage("en")
                .post("/api/v1/engagement/points", json("member", member, "rule", "MANUAL_AWARD", "points", 1));
        assertThat(english.json().path("detail").asString()).contains("source");
        assertThat(community
                        .get("/api/v1/engagement/points?member=" + member)
                        .json()
                        .path("total")
                        .asInt())
                .isEqualTo(before);
    }

    @Test
    void aManualAwardIsGivenOncePerSourceAndCorrectedOnlyByAReversingEntry() {
        var community = Api.as(port, "taoyuan.community");
        long member = person("常海波");
        var body =
                json("member", member, "rule", "MANUAL_AWARD", "source", "manual:扫雪除冰", "points", 3, "note", "清扫楼前积雪");
        var awarded = community.post("/api/v1/engagement/points", body);
        assertThat(awarded.status()).as(awarded.body()).isEqualTo(200);
        int total = awarded.json().path("total").asInt();
        assertThat(community.post("/api/v1/engagement/points", body).status()).isEqualTo(409);

        JsonNode entry = awarded.json().path("entries").get(0);
        assertThat(entry.path("approver").asString()).isEqualTo("taoyuan.community");
        String reversal = "/api/v1/engagement/points/" + entry.path("id").asLong() + "/reversal";
        var corrected = community.post(reversal, json("reason", "重复登记"));
        assertThat(corrected.json().path("total").asInt()).isEqualTo(total - 3);
        assertThat(corrected.json().path("entries").get(0).path("reverses").asLong())
                .isEqualTo(entry.path("id").asLong());
        assertThat(community.post(reversal, json("reason", "再次更正")).status()).isEqualTo(409);
        assertThat(Api.as(port, "tuanjie.community")
                        .post(reversal, json("reason", "x"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void anEmployerReadsTheServiceRecordsOfItsOwnMembersOnly() {
        var gas = Api.as(port, "gas.dept");
        List<JsonNode> own = new java.util.ArrayList<>();
        gas.get("/api/v1/engagement/members").json().forEach(own::add);
        assertThat(own).extracting(m -> m.path("name").asString()).containsExactly("曲明远");
        assertThat(own.get(0).path("employerCode").asString()).isEqualTo(GAS);
        long qu = own.get(0).path("person").asLong();

        var html = gas.get("/api/v1/engagement/members/" + qu + "/report?format=html");
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.body()).contains("曲明远", "燃气公司赛罕区服务站", "checkin:");
        var xlsx = gas.get("/api/v1/engagement/members/" + qu + "/report?format=xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(new String(xlsx.bytes(), 0, 2)).isEqualTo("PK");

        var hospital = Api.as(port, "tcm.dept");
        List<JsonNode> doctors = new java.util.ArrayList<>();
        hospital.get("/api/v1/engagement/members").json().forEach(doctors::add);
        assertThat(doctors)
                .extracting(m -> m.path("name").asString())
                .contains("包海军")
                .doesNotContain("曲明远");
        long bao = doctors.stream()
                .filter(m -> m.path("name").asString().equals("包海军"))
                .findFirst()
                .orElseThrow()
                .path("person")
                .asLong();
        assertThat(gas.get("/api/v1/engagement/members/" + bao + "/report?format=html")
                        .status())
                .isEqualTo(404);
        assertThat(hospital.get("/api/v1/engagement/members/" + qu + "/report?format=xlsx")
                        .status())
                .isEqualTo(404);
        assertThat(hospital.get("/api/v1/engagement/members/" + bao + "/report?format=pdf")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void theDemoHasTheArticlesTeamsPublishedToResidentsWithPhonesMasked() {
        var resident = Api.as(port, "resident.zhang");
        JsonNode teams = resident.get("/api/v1/engagement/teams").json();
        assertThat(teams.findValuesAsString("name"))
                .contains("桃园社区志愿先锋服务队", "桃园社区暖心服务小分队", "桃园社区党员代办队")
                .doesNotContain("突泉县中医医院爱心义诊队");
        assertThat(teams.findValuesAsString("phoneMasked")).isNotEmpty().allMatch(phone -> phone.contains("****"));

        JsonNode tuanjie = Api.as(port, "tuanjie.community")
                .get("/api/v1/engagement/teams")
                .json();
        assertThat(tuanjie.findValuesAsString("name")).contains("突泉县中医医院爱心义诊队", "团结社区红色志愿服务队");
        JsonNode registrations = Api.as(port, "tuanjie.community")
                .get("/api/v1/engagement/registrations")
                .json();
        assertThat(registrations.findValuesAsString("name")).contains("突泉县中医医院", "包海军");
    }

    @Test
    void aTeamWithoutAnActivityLastMonthIsFlaggedToItsCommunity() {
        var today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        var lastMonth = today.minusMonths(1).withDayOfMonth(1);
        JsonNode figures = Api.as(port, "taoyuan.community")
                .get("/api/v1/engagement/figures?division=" + TAOYUAN + "&from=" + lastMonth + "&to=" + today)
                .json();
        assertThat(figures.path("teamsBelowMinimum").findValuesAsString("name")).contains("桃园社区党员代办队");
        assertThat(figures.path("registeredMembers").asLong()).isPositive();
        assertThat(figures.path("serviceHours").asDouble()).isPositive();
    }

    @Test
    void rankingsStayInsideTheCallersScope() {
        var community = Api.as(port, "taoyuan.community");
        JsonNode byEmployer =
                community.get("/api/v1/engagement/rankings?by=EMPLOYER").json();
        assertThat(byEmployer.findValuesAsString("name")).contains("燃气公司赛罕区服务站");
        assertThat(byEmployer.findValuesAsString("key")).doesNotContain("12152224987929347L");
        assertThat(community
                        .get("/api/v1/engagement/rankings?by=COMMUNITY&division=152224")
                        .status())
                .isEqualTo(404);
        var missing = community.get("/api/v1/engagement/rankings?division=" + TAOYUAN);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("field").asString()).isEqualTo("by");
    }

    @Test
    void pointRulesAreSetPerCountyByItsAdministrators() {
        var rules = Api.as(port, "region.admin")
                .get("/api/v1/engagement/point-rules?county=152921")
                .json();
        assertThat(rules.path("perServiceHour").asInt()).isEqualTo(2);
        var changed = json(
                "perServiceHour", 3,
                "perMicroWish", 6,
                "perServiceOrder", 6,
                "perLearningSession", 2,
                "manualMax", 10,
                "yearlyCap", 200,
                "reset", "NEVER",
                "starThresholds", List.of(20, 40, 80, 120, 180),
                "monthlyMinimum", 2);
        assertThat(Api.as(port, "taoyuan.community")
                        .put("/api/v1/engagement/point-rules?county=152921", changed)
                        .status())
                .isEqualTo(403);
        assertThat(Api.as(port, "saihan.admin")
                        .put("/api/v1/engagement/point-rules?county=152921", changed)
                        .status())
                .isEqualTo(403);
        var saved = Api.as(port, "region.admin").put("/api/v1/engagement/point-rules?county=152921", changed);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().path("reset").asString()).isEqualTo("NEVER");
        var bad = Api.as(port, "region.admin")
                .put(
                        "/api/v1/engagement/point-rules?county=152921",
                        changed.replace("[20,40,80,120,180]", "[20,10,80,120,180]"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("field").asString()).isEqualTo("starThresholds");
    }

    @Test
    void anotherCommunitySeesNeitherTheRegistrationsNorTheMembersOfTaoyuan() {
        var tuanjie = Api.as(port, "tuanjie.community");
        long qu = Api.as(port, "gas.dept")
                .get("/api/v1/engagement/members")
                .json()
                .get(0)
                .path("person")
                .asLong();
        assertThat(tuanjie.get("/api/v1/engagement/members/" + qu).status()).isEqualTo(404);
        assertThat(tuanjie.get("/api/v1/engagement/points?member=" + qu).status())
                .isEqualTo(404);
        assertThat(tuanjie.get("/api/v1/engagement/registrations").json().findValuesAsString("community"))
                .allMatch(code -> code.equals("152224100012"));
    }

    @Test
    void aHeadPostIsBoundToABuildingOfTheCommunityAndAUnitOfThatBuilding() {
        var community = Api.as(port, "taoyuan.community");
        JsonNode building = community
                .get("/api/v1/buildings?grid=" + GRID2)
                .json()
                .path("items")
                .get(0);
        long elsewhere = Api.as(port, "tuanjie.community")
                .get("/api/v1/buildings?grid=152224100012001")
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asLong();
        long member = person("魏淑芬");
        String path = "/api/v1/engagement/registrations";
        Map<String, Object> noBuilding = Map.of("kind", "BUILDING_HEAD");
        Map<String, Object> otherCommunity = Map.of("kind", "BUILDING_HEAD", "building", elsewhere);
        Map<String, Object> noSuchUnit =
                Map.of("kind", "UNIT_HEAD", "building", building.path("id").asLong(), "unit", "9单元");
        for (var post : List.of(noBuilding, otherCommunity, noSuchUnit)) {
            var refused =
                    community.post(path, json("partyMember", member, "community", TAOYUAN, "posts", List.of(post)));
            assertThat(refused.status()).as(post.toString()).isEqualTo(400);
            assertThat(refused.json().path("field").asString()).startsWith("posts[0].");
        }
        String unit = building.path("unitNames").get(0).asString();
        var filed = community.post(
                path,
                json(
                        "partyMember", member,
                        "community", TAOYUAN,
                        "grid", GRID2,
                        "posts",
                                List.of(Map.of(
                                        "kind",
                                        "UNIT_HEAD",
                                        "building",
                                        building.path("id").asLong(),
                                        "unit",
                                        unit))));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(filed.json().path("posts").get(0).path("unit").asString()).isEqualTo(unit);
        assertThat(community
                        .post(path, json("partyMember", member, "community", TAOYUAN))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void aUnitRegistersAtItsPartnerCommunityThroughItsOwnLogin() {
        String hospital = "12152224987929347L";
        var gas = Api.as(port, "gas.dept");
        assertThat(gas.post("/api/v1/engagement/registrations", json("unit", hospital, "community", "152224100012"))
                        .status())
                .isEqualTo(403);
        var again = Api.as(port, "tcm.dept")
                .post("/api/v1/engagement/registrations", json("unit", hospital, "community", "152224100012"));
        assertThat(again.status()).as("registered in the demo already").isEqualTo(409);
        List<String> seen = new java.util.ArrayList<>();
        Api.as(port, "tcm.dept")
                .get("/api/v1/engagement/registrations")
                .json()
                .forEach(registration -> seen.add(registration.path("unit").asString("")));
        assertThat(seen)
                .as("a unit's login sees its own registrations, not its members'")
                .containsExactly(hospital);
    }

    @Test
    void aMemberIsAssignedHouseholdsOfTheCommunitysArea() {
        var community = Api.as(port, "taoyuan.community");
        long member = person("罗建华");
        long household = community
                .get("/api/v1/households?grid=" + GRID2)
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asLong();
        var assigned =
                community.post("/api/v1/engagement/members/" + member + "/households", json("household", household));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(assigned.json().get(0).asLong()).isEqualTo(household);
        assertThat(Api.as(port, "tuanjie.community")
                        .post("/api/v1/engagement/members/" + member + "/households", json("household", household))
                        .status())
                .isEqualTo(404);
    }

    static void eventually(BooleanSupplier condition) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(15));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited 15 s").isBefore(until);
            Thread.sleep(100);
        }
    }
}
