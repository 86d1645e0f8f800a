package org.redgrid.casework.internal;

import java.util.List;
import java.util.function.Supplier;
import org.redgrid.casework.CaseAction;
import org.redgrid.casework.CaseType;
import org.redgrid.casework.Casework;
import org.redgrid.casework.NewCase;
import org.redgrid.casework.Satisfaction;
import org.redgrid.casework.TransitionRequest;
import org.redgrid.casework.Urgency;
import org.redgrid.casework.WhistleCall;
import org.redgrid.casework.WhistleRole;
import org.redgrid.identity.Identity;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.DemoDataset;
import org.redgrid.shared.PlatformMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * In demo mode, replays cases from the source articles through the engine as the demo users would:
 * the gas leak in 桃园社区 that a delivery rider noticed, whistled by the street to the gas company and
 * closed to the resident's satisfaction, plus cases waiting at each step so every role finds work.
 */
@Component
@Order(50)
class CaseworkDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CaseworkDemo.class);
    private static final String GRID1 = "150105004015001";
    private static final String GRID2 = "150105004015002";

    private final Casework casework;
    private final Identity identity;
    private final PlatformMode mode;
    private final JdbcClient jdbc;

    CaseworkDemo(Casework casework, Identity identity, PlatformMode mode, JdbcClient jdbc) {
        this.casework = casework;
        this.identity = identity;
        this.mode = mode;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.demo()) return;
        if (jdbc.sql("select count(*) from work_case").query(Long.class).single() > 0) return;
        if (!identity.userExists("resident.zhang")) return;
        gasLeak();
        long parking = report(
                "taoyuan.grid2",
                CaseType.PROBLEM,
                "EVENT.PARKING",
                Urgency.GENERAL,
                GRID2,
                null,
                "小区停车难",
                "晚间车辆停放在消防通道，居民反映强烈。",
                "demo-parking");
        act("taoyuan.grid2", parking, CaseAction.FILE, null, null);
        act("taoyuan.community", parking, CaseAction.DISPATCH, "网格员协调物业划线", "taoyuan.grid2");
        act("taoyuan.grid2", parking, CaseAction.ACCEPT, null, null);
        long wish = report(
                "resident.zhang",
                CaseType.MICRO_WISH,
                "SERVICE.MICRO_WISH",
                Urgency.GENERAL,
                GRID1,
                null,
                "想要一台助听器",
                "独居老人听力下降，希望有爱心人士帮助。",
                "demo-wish");
        act("taoyuan.community", wish, CaseAction.FILE, "发布到微心愿墙", null);
        report(
                "resident.zhang",
                CaseType.SERVICE_ORDER,
                "SERVICE.MEAL_ASSISTANCE",
                Urgency.GENERAL,
                GRID1,
                null,
                "为老人订助餐",
                "父亲独居，希望每天中午送餐上门。",
                "demo-meal");
        log.info("Replayed the demo cases of the source articles");
    }

    /** The article's gas leak: filed by the community, whistled by the street, answered by the gas company. */
    private void gasLeak() {
        long gas = report(
                "resident.zhang",
                CaseType.PROBLEM,
                "EVENT.GAS_HAZARD",
                Urgency.CRITICAL,
                GRID1,
                "大学东路街道桃园社区",
                "楼道燃气泄漏",
                "外卖员送餐时闻到楼道里有浓烈燃气味，疑似燃气管道泄漏，请尽快处置。",
                "demo-gas-leak");
        act("taoyuan.community", gas, CaseAction.FILE, "燃气隐患，立即立案", null);
        act("taoyuan.community", gas, CaseAction.ESCALATE, "需燃气公司处置，报街道吹哨", null);
        String unit = gasCompany();
        if (unit == null) return;
        transition(
                "dxdl.street",
                gas,
                new TransitionRequest(
                        CaseAction.WHISTLE,
                        "街道吹哨，燃气公司主办",
                        null,
                        null,
                        null,
                        List.of(new WhistleCall(unit, WhistleRole.LEAD, "PT1H")),
                        null));
        act("gas.dept", gas, CaseAction.REPORT_IN, "燃气公司已报到，抢修人员出发", null);
        act("gas.dept", gas, CaseAction.REPORT_BACK, "已关阀并更换老化管道，复测无泄漏", null);
        act("dxdl.street", gas, CaseAction.VERIFY_PASS, "现场核查无异味", null);
        act("dxdl.street", gas, CaseAction.CLOSE, "办结", null);
        transition(
                "resident.zhang",
                gas,
                new TransitionRequest(CaseAction.RATE, "处置及时，感谢！", null, true, Satisfaction.SATISFIED, null, null));
    }

    private static String gasCompany() {
        for (var unit : DemoDataset.load().path("partnerUnits")) {
            if ("gas-company".equals(unit.path("key").asString()))
                return unit.path("creditCode").asString();
        }
        return null;
    }

    @SuppressWarnings("java:S107") // one argument per field of the report
    private long report(
            String username,
            CaseType type,
            String category,
            Urgency urgency,
            String grid,
            String address,
            String title,
            String description,
            String key) {
        return as(
                username,
                () -> casework.create(
                                new NewCase(
                                        type, category, urgency, null, grid, null, null, address, title, description),
                                key)
                        .view()
                        .id());
    }

    private void act(String username, long id, CaseAction action, String note, String assignee) {
        transition(username, id, new TransitionRequest(action, note, assignee, null, null, null, null));
    }

    private void transition(String username, long id, TransitionRequest request) {
        as(username, () -> casework.transition(id, request));
    }

    private <T> T as(String username, Supplier<T> work) {
        return CurrentActor.runAs(identity.actorOf(username).orElseThrow(), work);
    }
}
