package org.redgrid.deliberation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.redgrid.casework.CaseAction;
import org.redgrid.casework.Casework;
import org.redgrid.casework.CategoryChange;
import org.redgrid.casework.TransitionRequest;
import org.redgrid.deliberation.Choice;
import org.redgrid.deliberation.Deliberation;
import org.redgrid.deliberation.MeetingType;
import org.redgrid.deliberation.Meetings;
import org.redgrid.deliberation.Motions;
import org.redgrid.deliberation.Resolutions;
import org.redgrid.deliberation.TopicChannel;
import org.redgrid.deliberation.Topics;
import org.redgrid.identity.Identity;
import org.redgrid.people.People;
import org.redgrid.people.PersonQuery;
import org.redgrid.people.PersonView;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.Paging;
import org.redgrid.shared.PlatformMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * In demo mode, replays the melon-shed council (瓜棚议事会) of 东泉村 from the source article through the
 * module as its people would: topics gathered in the WeChat group and door to door, the town's leaders
 * invited, the villagers' opinions, two resolutions passed by "半数以上同意" (one with exactly half), the
 * tasks claimed by the village's grids, one carried out, closed and rated.
 */
@Component
@Order(60)
class DeliberationDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DeliberationDemo.class);
    static final String VILLAGE = "152224102217";
    static final String CATEGORY = "EVENT.VILLAGE_AFFAIRS";
    private static final String STAFF = "dongquan.village";
    private static final String VILLAGER = "dongquan.villager";

    private final Deliberation deliberation;
    private final Resolutions resolutions;
    private final Casework casework;
    private final People people;
    private final Identity identity;
    private final PlatformMode mode;
    private final JdbcClient jdbc;
    private final Clock clock;

    @SuppressWarnings("java:S107") // the demo drives each module as its users would
    DeliberationDemo(
            Deliberation deliberation,
            Resolutions resolutions,
            Casework casework,
            People people,
            Identity identity,
            PlatformMode mode,
            JdbcClient jdbc,
            Clock clock) {
        this.deliberation = deliberation;
        this.resolutions = resolutions;
        this.casework = casework;
        this.people = people;
        this.identity = identity;
        this.mode = mode;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.demo() || !identity.userExists(STAFF) || !identity.userExists(VILLAGER)) return;
        if (jdbc.sql("select count(*) from delib_meeting where community_code = :c")
                        .param("c", VILLAGE)
                        .query(Long.class)
                        .single()
                > 0) return;
        villageAffairs();
        long shed = topic("在公路两侧搭建统一的瓜棚", "我们在公路沿线，夏季旅游的人多了，能不能在公路两侧搭个漂亮的瓜棚？", TopicChannel.WECHAT_GROUP);
        long box = topic("统一设计西瓜包装", "能不能给统一设计个包装啊？我们自己出钱买包装盒。", TopicChannel.DOOR_TO_DOOR);
        topic("水稻种植", "议事会不仅关注西瓜产业，更涉及水稻种植等多领域：请议一议水稻的统一育秧。", TopicChannel.FACE_TO_FACE);
        as(VILLAGER, () -> deliberation.support(shed));
        as(VILLAGER, () -> deliberation.support(box));

        Instant startsAt = clock.instant().minus(Duration.ofDays(20));
        long meeting = as(
                        STAFF,
                        () -> deliberation.schedule(new Meetings.NewMeeting(
                                MeetingType.MELON_SHED,
                                VILLAGE,
                                "东泉村瓜棚议事会：西瓜产业发展",
                                startsAt,
                                "村民小院瓜棚下（一张石桌，几个木凳）",
                                List.of(shed, box),
                                null,
                                List.of("ROLE:STREET_STAFF"))))
                .id();
        List<String> present = new ArrayList<>();
        as(STAFF, () -> people.persons(new PersonQuery(null, null, null, null, null, null), new Paging(0, 50)))
                .items()
                .stream()
                .filter(p -> p.gridCode().startsWith(VILLAGE))
                .map(PersonView::id)
                .forEach(id -> present.add(String.valueOf(id)));
        present.add(VILLAGER);
        as(STAFF, () -> deliberation.attend(meeting, new Meetings.Attendance(present, List.of())));
        opinion(meeting, "杜长春", "各位父老乡亲对于咱们村的西瓜产业发展有啥好意见，可以畅所欲言。");
        opinion(meeting, "村民", "我们在公路沿线，夏季旅游的人多了，能不能在公路两侧搭个漂亮的瓜棚？");
        opinion(meeting, "村民", "能不能给统一设计个包装啊？我们自己出钱买包装盒。");
        opinion(meeting, null, "议事会在村民小院召开，镇党委书记杜长春主持并记录村民意见；按照民主集中制原则形成议事结果，每项决议都需半数以上同意。" + "会后，镇党委和“村两委”认领任务，逐一落实。");

        long road = motion(meeting, shed, "在公路两侧统一搭建瓜棚", startsAt, 5, 1, 0, present);
        long pack = motion(meeting, box, "统一设计西瓜包装，包装盒由村民自费购买", startsAt, 3, 2, 1, present);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        task(road, "公路沿线瓜棚选址与搭建", "GRID:" + VILLAGE + "002", today.plusDays(40));
        long packaging = task(pack, "统一西瓜包装设计与订购", "GRID:" + VILLAGE + "001", today.plusDays(10));
        act(STAFF, packaging, CaseAction.DISPATCH, "由网格员对接包装设计", "dongquan.grid1");
        act("dongquan.grid1", packaging, CaseAction.ACCEPT, null, null);
        act("dongquan.grid1", packaging, CaseAction.REPORT_BACK, "包装样式已定稿，村民自费订购的包装盒已到货", null);
        act(STAFF, packaging, CaseAction.VERIFY_PASS, "入户核实，包装盒已发放", null);
        act(STAFF, packaging, CaseAction.CLOSE, "办结", null);
        as(VILLAGER, () -> resolutions.evaluate(pack, new Motions.NewEvaluation(5, "统一包装后西瓜更好卖了。")));
        log.info("Replayed the melon-shed council of 东泉村");
    }

    /** A category for the village's own affairs, created as an administrator would. */
    private void villageAffairs() {
        try {
            casework.category(CATEGORY);
        } catch (NotFound absent) {
            as(
                    "region.admin",
                    () -> casework.saveCategory(
                            CATEGORY,
                            new CategoryChange(
                                    "EVENT",
                                    "村务议定事项",
                                    "Village affairs",
                                    "P30D",
                                    "P15D",
                                    "P7D",
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null)));
        }
    }

    private long topic(String title, String description, TopicChannel channel) {
        return as(STAFF, () -> deliberation.propose(new Topics.NewTopic(VILLAGE, title, description, channel, null)))
                .id();
    }

    private void opinion(long meeting, String speaker, String text) {
        as(STAFF, () -> deliberation.record(meeting, new Meetings.Opinion(speaker, text)));
    }

    /** A show of hands at the shed, entered by the secretary: the first voters for, then against, then abstaining. */
    @SuppressWarnings("java:S107")
    private long motion(
            long meeting, long topic, String text, Instant opens, int yes, int no, int abstain, List<String> voters) {
        long id = as(
                        STAFF,
                        () -> resolutions.propose(
                                meeting, new Motions.NewMotion(text, topic, opens, opens.plus(Duration.ofHours(2)))))
                .id();
        for (int i = 0; i < yes + no + abstain; i++) {
            Choice choice = i < yes ? Choice.FOR : i < yes + no ? Choice.AGAINST : Choice.ABSTAIN;
            String voter = voters.get(i);
            as(STAFF, () -> resolutions.vote(id, new Motions.NewVote(voter, choice)));
        }
        as(STAFF, () -> resolutions.close(id));
        return id;
    }

    private long task(long motion, String title, String claimant, LocalDate deadline) {
        return as(
                        STAFF,
                        () -> resolutions.addTask(
                                motion, new Motions.NewTask(title, null, CATEGORY, claimant, deadline)))
                .id();
    }

    private void act(String username, long caseId, CaseAction action, String note, String assignee) {
        as(
                username,
                () -> casework.transition(
                        caseId, new TransitionRequest(action, note, assignee, null, null, null, null)));
    }

    private <T> T as(String username, Supplier<T> work) {
        return CurrentActor.runAs(identity.actorOf(username).orElseThrow(), work);
    }
}
