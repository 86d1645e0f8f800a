package org.redgrid.archives.internal;

import java.util.List;
import java.util.function.Supplier;
import org.redgrid.archives.Approval;
import org.redgrid.archives.ArchiveRequests;
import org.redgrid.archives.Archives;
import org.redgrid.archives.FileView;
import org.redgrid.archives.MaterialClass;
import org.redgrid.archives.NewDelegation;
import org.redgrid.archives.NewFile;
import org.redgrid.archives.NewRequest;
import org.redgrid.identity.Identity;
import org.redgrid.people.People;
import org.redgrid.people.PersonQuery;
import org.redgrid.people.PersonView;
import org.redgrid.shared.CurrentActor;
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
 * In demo mode, the personnel files of invented cadres registered in 桃园社区, kept by 赛罕区's
 * archive: scanned materials generated as PDFs, a delegation to 大学东路街道 (权限下放), an answered
 * request, and a pending one from 桃园社区 to check a new member's 入党志愿书.
 */
@Component
@Order(70)
class ArchivesDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ArchivesDemo.class);
    private static final String KEEPER = "saihan.archives";
    private static final String HOLDER = "150105";

    private final Archives archives;
    private final ArchiveRequests requests;
    private final People people;
    private final Identity identity;
    private final PlatformMode mode;
    private final JdbcClient jdbc;

    ArchivesDemo(
            Archives archives,
            ArchiveRequests requests,
            People people,
            Identity identity,
            PlatformMode mode,
            JdbcClient jdbc) {
        this.archives = archives;
        this.requests = requests;
        this.people = people;
        this.identity = identity;
        this.mode = mode;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.demo()) return;
        if (jdbc.sql("select count(*) from archive_file").query(Long.class).single() > 0) return;
        if (!identity.userExists(KEEPER) || !identity.userExists("taoyuan.party")) return;
        long bayaer = file("巴雅尔", "自治区农牧厅", "A区3排2柜");
        long leiming = file("雷鸣", "自治区党委直属机关工委", "A区3排4柜");
        long handong = file("韩冬", "呼和浩特市干部人事档案中心", "A区4排1柜");
        long qu = file("曲明远", "燃气公司赛罕区服务站", "B区1排3柜");
        for (long file : List.of(bayaer, leiming)) {
            as(KEEPER, () -> requests.delegate(new NewDelegation(file, "150105004", List.of(), 365, false)));
        }
        long answered = as(
                        "dxdl.street",
                        () -> requests.request(
                                new NewRequest(handong, List.of("RESUME"), "干部考察：核对任职经历", "QUERY.INSPECTION")))
                .id();
        as(KEEPER, () -> requests.approve(answered, new Approval(3, false)));
        as(
                "taoyuan.party",
                () -> requests.request(
                        new NewRequest(qu, List.of("PARTY"), "党组织关系转入桃园社区，核查入党志愿书", "QUERY.PARTY_APPLICATION")));
        log.info("Demo personnel files: 4 files held by {}, 2 delegated to 150105004, 1 request pending", HOLDER);
    }

    private long file(String name, String employer, String shelf) {
        PersonView person = CurrentActor.runAsSystem(
                        () -> people.persons(new PersonQuery(null, null, name, null, null, null), new Paging(0, 10)))
                .items()
                .stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow();
        FileView file = as(KEEPER, () -> archives.open(new NewFile(person.id(), HOLDER, "赛罕区委组织部档案室 " + shelf)));
        add(
                file.id(),
                MaterialClass.RESUME,
                "干部履历表",
                name,
                List.of(
                        List.of("出生年月：1986年4月", "民族：见身份证件", "参加工作时间：2008年7月", "工作单位：" + employer),
                        List.of(
                                "2008.07—2014.12　" + employer + " 科员",
                                "2015.01—2020.06　" + employer + " 副主任科员",
                                "2020.07—至今　" + employer + " 四级调研员")));
        add(
                file.id(),
                MaterialClass.APPRAISAL,
                "年度考核登记表（2024年度）",
                name,
                List.of(List.of("考核等次：优秀", "主要表现：政治坚定，履职尽责", "单位意见：同意")));
        add(
                file.id(),
                MaterialClass.PARTY,
                "入党志愿书",
                name,
                List.of(
                        List.of("申请入党日期：2006年10月", "入党介绍人：（略）", "支部大会通过日期：2007年6月"),
                        List.of("上级党委审批意见：同意接收为中共预备党员", "转正日期：2008年6月")));
        add(
                file.id(),
                MaterialClass.APPOINTMENT,
                "干部任免审批表",
                name,
                List.of(List.of("拟任职务：四级调研员", "任免理由：工作需要", "审批机关意见：同意")));
        return file.id();
    }

    private void add(long file, MaterialClass cls, String title, String name, List<List<String>> pages) {
        long material = as(
                        KEEPER,
                        () -> archives.addMaterial(file, cls.name(), title, List.of(DemoScans.pdf(title, name, pages))))
                .id();
        // the latest appointment form is scanned but not yet checked: digitisation is in progress
        if (cls != MaterialClass.APPOINTMENT) as(KEEPER, () -> archives.check(file, material));
    }

    private <T> T as(String username, Supplier<T> work) {
        return CurrentActor.runAs(identity.actorOf(username).orElseThrow(), work);
    }
}
