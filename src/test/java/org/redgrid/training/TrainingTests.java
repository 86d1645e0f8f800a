package org.redgrid.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redgrid.shared.Actor;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.Role;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

/** The party schools of 敖汉旗 through the API: courses, enrolment, attendance, scope and bad input. */
@IntegrationTest
@RecordApplicationEvents
class TrainingTests {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TrainingCourses courses;

    @Autowired
    ApplicationEvents events;

    Api aohan;

    @BeforeEach
    void logIn() {
        aohan = Api.as(port, "aohan.admin");
    }

    @Test
    void theCountyAdminSchedulesACourseEnrolsAMemberAndSignsThemInAtTheVenue() {
        Instant soon = Instant.now();
        long course = course(json(
                "schoolId",
                school("COUNTY_SCHOOL"),
                "title",
                "基层党组织书记培训",
                "topic",
                "党章党规",
                "mode",
                "IN_PERSON",
                "startsAt",
                Instant.now().minus(Duration.ofMinutes(10)).toString(),
                "endsAt",
                soon.plus(Duration.ofHours(2)).toString(),
                "capacity",
                30,
                "enrolmentClosesAt",
                soon.plus(Duration.ofHours(2)).toString()));
        long member = member("赵海军");

        Api.Response enrolled =
                aohan.post("/api/v1/training/courses/" + course + "/enrolments", json("member", member));
        Api.Response signedIn = aohan.post(
                "/api/v1/training/courses/" + course + "/attendance", json("member", member, "mode", "IN_PERSON"));

        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        assertThat(enrolled.json().path("memberName").asString()).isEqualTo("赵海军");
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        assertThat(signedIn.json().path("attended").asBoolean()).isTrue();
        assertThat(signedIn.json().path("hours").asDouble()).isEqualTo(2.2);
        assertThat(aohan.get("/api/v1/training/courses/" + course)
                        .json()
                        .path("attended")
                        .asInt())
                .isEqualTo(1);
        assertThat(audited("TRAINING_ATTENDANCE_RECORDED", course)).isTrue();
    }

    @Test
    void aFullCourseRefusesTheNextMemberNamingTheRule() {
        long course = upcoming("IN_PERSON", 1);
        aohan.post("/api/v1/training/courses/" + course + "/enrolments", json("member", member("刘国栋")));

        Api.Response refused =
                aohan.post("/api/v1/training/courses/" + course + "/enrolments", json("member", member("王秀兰")));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("rule").asString()).isEqualTo("course.full");
        assertThat(enrolments(course)).isEqualTo(1);
    }

    @Test
    void enrolmentAfterTheWindowClosedIsRefused() {
        long course = course(json(
                "schoolId", school("COUNTY_SCHOOL"),
                "title", "报名已截止的课程",
                "topic", "党章党规",
                "mode", "ONLINE",
                "startsAt", Instant.now().plus(Duration.ofDays(1)).toString(),
                "endsAt",
                        Instant.now()
                                .plus(Duration.ofDays(1))
                                .plus(Duration.ofHours(1))
                                .toString(),
                "enrolmentClosesAt", Instant.now().minus(Duration.ofMinutes(1)).toString()));

        Api.Response refused =
                aohan.post("/api/v1/training/courses/" + course + "/enrolments", json("member", member("李志强")));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("rule").asString()).isEqualTo("enrolment.closed");
        assertThat(aohan.get("/api/v1/training/courses/" + course)
                        .json()
                        .path("enrolmentOpen")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void aCourseAtAVenueWithoutCapacityIsRefusedInChineseAndEnglishAndNothingIsScheduled() {
        long before = jdbc.sql("select count(*) from training_course")
                .query(Long.class)
                .single();
        String body = json(
                "schoolId",
                school("COUNTY_SCHOOL"),
                "title",
                "没有容量的课程",
                "topic",
                "党章党规",
                "mode",
                "IN_PERSON",
                "startsAt",
                Instant.now().plus(Duration.ofDays(1)).toString(),
                "endsAt",
                Instant.now().plus(Duration.ofDays(1)).plus(Duration.ofHours(1)).toString());

        Api.Response chinese = aohan.post("/api/v1/training/courses", body);
        Api.Response english = aohan.inLanguage("en").post("/api/v1/training/courses", body);

        assertThat(chinese.status()).isEqualTo(400);
        assertThat(chinese.json().path("field").asString()).isEqualTo("capacity");
        assertThat(chinese.json().path("rule").asString()).isEqualTo("course.capacity");
        assertThat(chinese.json().path("detail").asString()).contains("容量");
        assertThat(english.json().path("detail").asString()).contains("capacity");
        assertThat(jdbc.sql("select count(*) from training_course")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void aCourseScheduledWithoutATopicIsAboutItsTitle() {
        Api.Response created = aohan.post(
                "/api/v1/training/courses",
                json(
                        "schoolId", school("COUNTY_SCHOOL"),
                        "title", "党史学习教育",
                        "mode", "ONLINE",
                        "startsAt", Instant.now().plus(Duration.ofDays(4)).toString(),
                        "endsAt",
                                Instant.now()
                                        .plus(Duration.ofDays(4))
                                        .plus(Duration.ofHours(1))
                                        .toString()));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("topic").asString()).isEqualTo("党史学习教育");
    }

    @Test
    void aCourseOfAnotherCountyIsNotFoundAndItsMembersCannotBeEnrolledFromThere() {
        long course = upcoming("ONLINE", null);
        Api saihan = Api.as(port, "saihan.admin");

        assertThat(saihan.get("/api/v1/training/courses/" + course).status()).isEqualTo(404);
        assertThat(saihan.post("/api/v1/training/courses/" + course + "/enrolments", json("member", member("孙丽娜")))
                        .status())
                .isEqualTo(404);
        assertThat(saihan.get("/api/v1/training/schools").json().findValuesAsString("name"))
                .doesNotContain("中共敖汉旗委党校");
    }

    @Test
    void aTownshipSchoolsCoursesAreReadButNotScheduledByAResidentOrAGridWorker() {
        Api grid = Api.as(port, "taoyuan.grid1");

        Api.Response refused = grid.post(
                "/api/v1/training/schools",
                json("kind", "TOWNSHIP_SCHOOL", "name", "网格党校", "scopeCode", "150105004015"));

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void countedAttendanceIsPublishedAsCourseAttendedAndAShortOnlineStayIsNot() {
        Instant soon = Instant.now();
        long course = course(json(
                "schoolId", school("COUNTY_SCHOOL"),
                "title", "在线参训",
                "topic", "党的二十届四中全会精神",
                "mode", "ONLINE",
                "startsAt", Instant.now().minus(Duration.ofMinutes(100)).toString(),
                "endsAt", soon.plus(Duration.ofMinutes(20)).toString(),
                "enrolmentClosesAt", soon.plus(Duration.ofMinutes(20)).toString()));
        long stayed = member("张桂芝");
        long left = member("孙丽娜");
        for (long member : new long[] {stayed, left}) {
            aohan.post("/api/v1/training/courses/" + course + "/enrolments", json("member", member));
        }
        Actor admin = new Actor("aohan.admin", "孟庆华", Set.of(Role.COUNTY_ADMIN), DataScope.of("150430"), null);

        AttendanceRecorded counted = CurrentActor.runAs(
                admin,
                () -> courses.recordAttendance(course, new NewAttendance(stayed, AttendanceMode.ONLINE, null, 100)));
        AttendanceRecorded notCounted = CurrentActor.runAs(
                admin,
                () -> courses.recordAttendance(course, new NewAttendance(left, AttendanceMode.ONLINE, null, 30)));

        assertThat(counted.attended()).isTrue();
        assertThat(notCounted.attended()).isFalse();
        assertThat(notCounted.rule()).isEqualTo("attendance.online-share");
        assertThat(events.stream(CourseAttended.class)).singleElement().satisfies(event -> {
            assertThat(event.member()).isEqualTo(stayed);
            assertThat(event.course()).isEqualTo(course);
            assertThat(event.mode()).isEqualTo(AttendanceMode.ONLINE);
            assertThat(event.hours()).isEqualByComparingTo("2.0");
            assertThat(event.partyOrgId()).isNotNull();
        });
    }

    @Test
    void theReportCountsAttendancePerSchoolAndPerBranchOfThePeriod() {
        LocalDate today = LocalDate.now(BEIJING);

        JsonNode report = aohan.get(
                        "/api/v1/training/attendance?from=" + today.minusDays(1) + "&to=" + today.plusDays(1))
                .json();

        JsonNode township = find(report.path("schools"), "四家子镇党校");
        assertThat(township.path("enrolled").asInt()).isEqualTo(4);
        assertThat(township.path("attended").asInt()).isEqualTo(3);
        assertThat(township.path("rate").asDouble()).isEqualTo(75.0);
        assertThat(find(report.path("branches"), "四家子村网格党支部").path("members").asInt())
                .isGreaterThanOrEqualTo(5);
        assertThat(Api.as(port, "saihan.admin")
                        .get("/api/v1/training/attendance?from=" + today.minusDays(1) + "&to=" + today.plusDays(1))
                        .json()
                        .path("schools")
                        .size())
                .isZero();
    }

    @Test
    void aMemberOrdersATopicAndATeacherOfThePoolTakesItOnce() {
        long order = aohan.post("/api/v1/training/orders", json("topic", "网格化服务管理", "scopeCode", "150430101208"))
                .json()
                .path("id")
                .asLong();
        long teacher = aohan.get("/api/v1/training/teachers?topic=" + encode("党章") + "&available=true")
                .json()
                .get(0)
                .path("id")
                .asLong();
        String take = json("teacherId", teacher, "schoolId", school("TOWNSHIP_SCHOOL"));

        Api.Response taken = aohan.post("/api/v1/training/orders/" + order + "/take", take);
        Api.Response again = aohan.post("/api/v1/training/orders/" + order + "/take", take);

        assertThat(taken.status()).as(taken.body()).isEqualTo(200);
        assertThat(taken.json().path("status").asString()).isEqualTo("TAKEN");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("rule").asString()).isEqualTo("order.taken");
    }

    private long upcoming(String mode, Integer capacity) {
        return course(json(
                "schoolId",
                school("COUNTY_SCHOOL"),
                "title",
                "即将开课",
                "topic",
                "党章党规",
                "mode",
                mode,
                "startsAt",
                Instant.now().plus(Duration.ofDays(3)).toString(),
                "endsAt",
                Instant.now().plus(Duration.ofDays(3)).plus(Duration.ofHours(2)).toString(),
                "capacity",
                capacity));
    }

    private long course(String body) {
        Api.Response created = aohan.post("/api/v1/training/courses", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private long school(String kind) {
        return aohan.get("/api/v1/training/schools?kind=" + kind)
                .json()
                .get(0)
                .path("id")
                .asLong();
    }

    private long member(String name) {
        return aohan.get("/api/v1/people?q=" + encode(name))
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asLong();
    }

    private long enrolments(long course) {
        return jdbc.sql("select count(*) from training_enrolment where course_id = :course")
                .param("course", course)
                .query(Long.class)
                .single();
    }

    private boolean audited(String action, long course) {
        return jdbc.sql("select count(*) from audit_log where action = :action and target_id = :id")
                        .param("action", action)
                        .param("id", Long.toString(course))
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static JsonNode find(JsonNode rows, String name) {
        for (JsonNode row : rows) if (row.path("name").asString().equals(name)) return row;
        throw new AssertionError("no row " + name + " in " + rows);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
