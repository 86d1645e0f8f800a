package org.redgrid.representation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.Supplier;
import org.redgrid.casework.CaseAction;
import org.redgrid.casework.CaseType;
import org.redgrid.casework.Casework;
import org.redgrid.casework.TransitionRequest;
import org.redgrid.identity.Identity;
import org.redgrid.representation.Forwarding;
import org.redgrid.representation.NewMessage;
import org.redgrid.representation.NewPlanItem;
import org.redgrid.representation.NewReception;
import org.redgrid.representation.NewRepresentative;
import org.redgrid.representation.NewReviewMailbox;
import org.redgrid.representation.NewStation;
import org.redgrid.representation.Reception;
import org.redgrid.representation.ReceptionLog;
import org.redgrid.representation.Reply;
import org.redgrid.representation.Representation;
import org.redgrid.representation.RepresentativeKind;
import org.redgrid.representation.RepresentativeMessages;
import org.redgrid.representation.ReviewSubject;
import org.redgrid.representation.Station;
import org.redgrid.representation.StationKind;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.PhoneNumber;
import org.redgrid.shared.PlatformMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * In demo mode, sets up what article 002 tells of 红星街道 (通辽市科尔沁区): the street's home of
 * representatives in 顺元社区 and two stations, the year's plan and fixed receptions, a representative
 * whose messages are answered (one forwarded as a case), a party representatives' team working by the
 * 四定工作法, and a review mailbox. Names of people, stations beyond the home, and messages are invented.
 */
@Component
@Order(60)
class RepresentationDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RepresentationDemo.class);
    private static final ZoneId LOCAL = ZoneId.of("Asia/Shanghai");
    private static final String STREET = "150502009";
    private static final String SHUNYUAN = "150502009018";
    private static final String SHUNYUAN_GRID = "150502009018001";

    private final Representation representation;
    private final RepresentativeMessages messages;
    private final Casework casework;
    private final PhoneCodes codes;
    private final Identity identity;
    private final PlatformMode mode;
    private final JdbcClient jdbc;
    private final Clock clock;

    @SuppressWarnings("java:S107") // the demo names each part it replays through
    RepresentationDemo(
            Representation representation,
            RepresentativeMessages messages,
            Casework casework,
            PhoneCodes codes,
            Identity identity,
            PlatformMode mode,
            JdbcClient jdbc,
            Clock clock) {
        this.representation = representation;
        this.messages = messages;
        this.casework = casework;
        this.codes = codes;
        this.identity = identity;
        this.mode = mode;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.demo()) return;
        if (jdbc.sql("select count(*) from rep_station").query(Long.class).single() > 0) return;
        if (!identity.userExists("hongxing.street") || !identity.userExists("hongxing.rep")) return;
        LocalDate today = LocalDate.ofInstant(clock.instant(), LOCAL);
        long repId = as("hongxing.street", () -> organise(today));
        converse(repId);
        log.info("Demo representatives' home and stations of 红星街道 loaded");
    }

    private long organise(LocalDate today) {
        Station home = representation.createStation(
                new NewStation(StationKind.HOME, "红星街道人大代表之家", SHUNYUAN, "通辽市科尔沁区红星街道顺元社区党群服务中心"));
        representation.createStation(new NewStation(StationKind.STATION, "红星街道人大代表联络站（一站）", STREET, null));
        representation.createStation(new NewStation(StationKind.STATION, "红星街道人大代表联络站（二站）", STREET, null));
        long rep = representation
                .register(new NewRepresentative(
                        home.id(),
                        RepresentativeKind.NPC,
                        "陈建国",
                        "hongxing.rep",
                        SHUNYUAN_GRID,
                        null,
                        "区人大代表，每月第一个周二上午在代表之家接待群众。"))
                .id();
        representation.register(new NewRepresentative(
                home.id(),
                RepresentativeKind.PARTY,
                "其其格",
                null,
                SHUNYUAN_GRID,
                "党代表“四定工作法”工作团队",
                "定主题、定时间、定地点、定人员，联系服务群众。"));
        int year = today.getYear();
        representation.addPlanItem(home.id(), new NewPlanItem(year, 4, "“书香人大 悦读相伴”读书日活动"));
        representation.addPlanItem(home.id(), new NewPlanItem(year, 6, "代表“进家入站”集中接待月"));
        representation.addPlanItem(home.id(), new NewPlanItem(year, 11, "民生实事项目代表视察"));
        Reception past = representation.schedule(home.id(), reception(rep, today.minusDays(14)));
        representation.logReception(past.id(), new ReceptionLog(8, "小区停车难；楼道照明损坏；老年助餐供应时段", "照明转社区维修，停车问题列入议事会议题"));
        representation.schedule(home.id(), reception(rep, today.plusDays(7)));
        representation.schedule(home.id(), reception(rep, today.plusDays(35)));
        representation.openMailbox(new NewReviewMailbox(
                ReviewSubject.DEPARTMENT, "科尔沁区城市管理综合执法局", STREET, today.minusDays(10), today.plusDays(20)));
        return rep;
    }

    private static NewReception reception(long rep, LocalDate day) {
        ZonedDateTime start = ZonedDateTime.of(day, LocalTime.of(9, 0), LOCAL);
        return new NewReception(rep, start.toInstant(), start.plusHours(2).toInstant());
    }

    private void converse(long rep) {
        long light = as(
                "resident.zhang",
                () -> messages.write(rep, new NewMessage("顺元社区3号楼前的路灯坏了半个月，晚上老人出门看不清路，希望尽快修好。", null, null))
                        .id());
        PhoneNumber phone = PhoneNumber.parse("phone", "13904751234");
        String code = codes.issue(phone, clock.instant()).orElseThrow();
        long meal = messages.write(rep, new NewMessage("社区老年助餐点能不能把午餐时间延长到12点半？", phone.value(), code))
                .id();
        as("resident.zhang", () -> messages.write(rep, new NewMessage("想了解今年民生实事项目有哪些，在哪里能看到？", null, null)));
        as("hongxing.rep", () -> {
            messages.reply(light, new Reply("已收到，路灯问题已转社区办理，办理进展可在本页查看。", true));
            long lightCase = messages.forward(
                            light, new Forwarding(CaseType.PROBLEM, "PART.STREET_LIGHT", "顺元社区3号楼前路灯不亮"))
                    .id();
            as(
                    "shunyuan.community",
                    () -> casework.transition(
                            lightCase, new TransitionRequest(CaseAction.FILE, null, null, null, null, null, null)));
            messages.reply(meal, new Reply("已与助餐点沟通，下月起午餐供应延长至12:30。", true));
            return null;
        });
    }

    private <T> T as(String username, Supplier<T> work) {
        return CurrentActor.runAs(identity.actorOf(username).orElseThrow(), work);
    }
}
