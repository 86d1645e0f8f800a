package org.redgrid.training.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.redgrid.organization.NewPartyOrg;
import org.redgrid.organization.Organization;
import org.redgrid.organization.PartyOrgKind;
import org.redgrid.people.HouseholdView;
import org.redgrid.people.NewHousehold;
import org.redgrid.people.NewPartyMember;
import org.redgrid.people.NewPerson;
import org.redgrid.people.People;
import org.redgrid.people.Relation;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.PlatformMode;
import org.redgrid.training.AttendanceMode;
import org.redgrid.training.CourseMode;
import org.redgrid.training.CourseOrderView;
import org.redgrid.training.CourseView;
import org.redgrid.training.NewAttendance;
import org.redgrid.training.NewCourse;
import org.redgrid.training.NewCourseOrder;
import org.redgrid.training.NewSchool;
import org.redgrid.training.NewTeacher;
import org.redgrid.training.SchoolKind;
import org.redgrid.training.SchoolView;
import org.redgrid.training.TakeOrder;
import org.redgrid.training.TeacherLevel;
import org.redgrid.training.TeacherView;
import org.redgrid.training.Training;
import org.redgrid.training.TrainingCourses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, the party-education matrix of 敖汉旗 (article 001) through the module's own API: the
 * banner's party school, township schools, a teaching point and a lecture hall, teachers of the pool,
 * an order taken by a teacher, members of 四家子村's branch, and courses with their attendance — one
 * online for the whole banner (一校开课，全员同时在线参训), one in person from the order, one upcoming.
 * Course times are set from the moment of loading. Runs once: a second start finds the schools and skips.
 */
@Component
@Order(60)
class TrainingDemo implements ApplicationRunner {

    static final String COUNTY = "150430";
    static final String VILLAGE = "150430101208";
    static final String VILLAGE_GRID = "150430101208001";

    private static final Logger log = LoggerFactory.getLogger(TrainingDemo.class);

    /** Invented members of the village branch; 刘国栋 is named in the article. */
    private static final String[][] MEMBERS = {
        {"刘国栋", "150430196803150134", "HEAD"},
        {"王秀兰", "150430197209080246", "SPOUSE"},
        {"李志强", "15043019850612035X", "HEAD"},
        {"张桂芝", "150430197901210465", "SPOUSE"},
        {"赵海军", "150430199007040579", "HEAD"},
        {"孙丽娜", "150430196402230686", "SPOUSE"}
    };

    private final Training training;
    private final TrainingCourses courses;
    private final Organization organization;
    private final People people;
    private final PlatformMode mode;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TrainingDemo(
            Training training,
            TrainingCourses courses,
            Organization organization,
            People people,
            PlatformMode mode,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Clock clock) {
        this.training = training;
        this.courses = courses;
        this.organization = organization;
        this.people = people;
        this.mode = mode;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.demo()) return;
        if (jdbc.sql("select count(*) from training_school").query(Long.class).single() > 0) return;
        if (!organization.gridExists(VILLAGE_GRID)) return;
        CurrentActor.runAsSystem(() -> transactions.execute(tx -> {
            load();
            return null;
        }));
        log.info("Loaded the demo party schools, teachers and courses of 敖汉旗");
    }

    private void load() {
        SchoolView county = school(SchoolKind.COUNTY_SCHOOL, "中共敖汉旗委党校", COUNTY, null, "赤峰市敖汉旗新惠镇");
        SchoolView sijiazi = school(SchoolKind.TOWNSHIP_SCHOOL, "四家子镇党校", "150430101", county, null);
        SchoolView xinglongwa = school(SchoolKind.TOWNSHIP_SCHOOL, "兴隆洼镇党校（VR智慧党建）", "150430107", county, null);
        school(SchoolKind.TOWNSHIP_SCHOOL, "木头营子乡党校（五星级示范校）", "150430202", county, null);
        school(SchoolKind.TEACHING_POINT, "兴隆洼遗址现场教学点", "150430107", xinglongwa, null);
        school(SchoolKind.LECTURE_HALL, "新惠镇党性教育大讲堂", "150430100", county, null);

        TeacherView gao = teacher("高文华", TeacherLevel.COUNTY, "旗委党校讲师", List.of("党的二十届四中全会精神", "党章党规"), true);
        TeacherView han = teacher("韩雪梅", TeacherLevel.CITY, "市委党校副教授", List.of("乡村振兴", "谷子产业"), true);
        teacher("其木格", TeacherLevel.REGION, "自治区党校教授", List.of("铸牢中华民族共同体意识"), true);
        teacher("刘建军", TeacherLevel.COUNTY, "旗委党校讲师", List.of("基层治理", "网格化服务管理"), false);

        long branch = branch();
        List<Long> members = members(branch);

        CourseOrderView order =
                training.placeOrder(new NewCourseOrder("谷子种植与乡村振兴", "村里谷子种植大户多，想听听产业带动和合作社经营", branch, VILLAGE));
        training.takeOrder(order.id(), new TakeOrder(han.id(), sijiazi.id()));
        training.placeOrder(new NewCourseOrder("铸牢中华民族共同体意识", "兴隆洼镇党员集中学习", null, "150430107"));

        Instant now = clock.instant();
        CourseView online = courses.scheduleCourse(new NewCourse(
                county.id(),
                "一校开课：学习贯彻党的二十届四中全会精神",
                "党的二十届四中全会精神",
                gao.id(),
                null,
                CourseMode.ONLINE,
                now.minus(Duration.ofMinutes(119)),
                now.plus(Duration.ofMinutes(1)),
                null,
                now.plus(Duration.ofMinutes(1))));
        for (int i = 0; i < members.size(); i++) {
            courses.enrol(online.id(), members.get(i));
            int minutes = i == members.size() - 1 ? 40 : 110;
            courses.recordAttendance(
                    online.id(), new NewAttendance(members.get(i), AttendanceMode.ONLINE, null, minutes));
        }
        CourseView ordered = courses.scheduleCourse(new NewCourse(
                sijiazi.id(),
                "谷子种植与乡村振兴（点单课程）",
                null,
                null,
                order.id(),
                CourseMode.IN_PERSON,
                now.minus(Duration.ofMinutes(30)),
                now.plus(Duration.ofMinutes(90)),
                40,
                now.plus(Duration.ofMinutes(90))));
        for (int i = 0; i < 4; i++) courses.enrol(ordered.id(), members.get(i));
        for (int i = 0; i < 3; i++) {
            courses.recordAttendance(
                    ordered.id(), new NewAttendance(members.get(i), AttendanceMode.IN_PERSON, null, null));
        }
        CourseView upcoming = courses.scheduleCourse(new NewCourse(
                xinglongwa.id(),
                "VR智慧党建：走进红色纪念馆",
                "红色教育",
                null,
                null,
                CourseMode.BLENDED,
                now.plus(Duration.ofDays(2)),
                now.plus(Duration.ofDays(2)).plus(Duration.ofHours(2)),
                30,
                null));
        courses.enrol(upcoming.id(), members.get(0));
    }

    private SchoolView school(SchoolKind kind, String name, String scope, SchoolView parent, String address) {
        return training.createSchool(
                new NewSchool(kind, name, scope, parent == null ? null : parent.id(), null, address));
    }

    private TeacherView teacher(String name, TeacherLevel level, String title, List<String> topics, boolean available) {
        return training.addTeacher(new NewTeacher(name, level, title, topics, available, COUNTY));
    }

    private long branch() {
        long committee = organization
                .createPartyOrg(new NewPartyOrg(
                        "sijiazi-committee", null, PartyOrgKind.COMMUNITY_COMMITTEE, "中共敖汉旗四家子镇四家子村委员会", VILLAGE))
                .id();
        return organization
                .createPartyOrg(new NewPartyOrg(
                        "sijiazi-grid-branch", committee, PartyOrgKind.GRID_BRANCH, "四家子村网格党支部", VILLAGE_GRID))
                .id();
    }

    /** Three households of two members each, registered as members of the branch. */
    private List<Long> members(long branch) {
        Long building = organization
                .buildingNamed(VILLAGE_GRID, "一组")
                .map(found -> found.id())
                .orElse(null);
        List<Long> ids = new ArrayList<>();
        HouseholdView household = null;
        for (int i = 0; i < MEMBERS.length; i++) {
            if (i % 2 == 0) {
                household = people.createHousehold(
                        new NewHousehold(VILLAGE_GRID, building, null, Integer.toString(i / 2 + 1), null));
            }
            long person = people.register(new NewPerson(
                            household.id(),
                            MEMBERS[i][0],
                            MEMBERS[i][1],
                            null,
                            "汉族",
                            Relation.valueOf(MEMBERS[i][2]),
                            List.of("党员")))
                    .person()
                    .id();
            people.registerPartyMember(new NewPartyMember(person, branch, false, null));
            ids.add(person);
        }
        return ids;
    }
}
