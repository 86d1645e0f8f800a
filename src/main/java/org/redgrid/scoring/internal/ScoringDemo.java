package org.redgrid.scoring.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.redgrid.identity.Identity;
import org.redgrid.scoring.AssessedUnit;
import org.redgrid.scoring.ItemScore;
import org.redgrid.scoring.NewRound;
import org.redgrid.scoring.SchemeDefinition;
import org.redgrid.scoring.ScoreSheet;
import org.redgrid.scoring.Scoring;
import org.redgrid.scoring.Stage;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.PlatformMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * In demo mode, runs the articles' assessments through the engine as the departments would: 敖汉旗's
 * party-school star rating (7 base items worth 60, 12 bonus items, self → cross → final, five stars at
 * 90), 喀喇沁旗's four-in-one rating of section-level units in six classes with the bottom 10 % talked
 * to, and an open round of 桃园社区's grid workers reading their closed-loop indicators.
 */
@Component
@Order(60)
class ScoringDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ScoringDemo.class);
    private static final String RESOURCE = "demo/scoring-demo.json";
    private static final String AOHAN = "aohan.admin";
    private static final String HARQIN = "harqin.admin";

    private final Scoring scoring;
    private final Identity identity;
    private final PlatformMode mode;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    ScoringDemo(Scoring scoring, Identity identity, PlatformMode mode, JdbcClient jdbc, JsonMapper json) {
        this.scoring = scoring;
        this.identity = identity;
        this.mode = mode;
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.demo() || !identity.userExists(AOHAN) || !identity.userExists(HARQIN)) return;
        if (jdbc.sql("select count(*) from scoring_scheme").query(Long.class).single() > 0) return;
        JsonNode data = load();
        partySchools(data.path("partySchool"));
        sectionUnits(data.path("sectionUnits"));
        gridWorkers();
        log.info("Ran the demo assessments of the source articles");
    }

    /** Planned totals (base of 60, bonus capped at 40): one school lands on exactly 90, five stars. */
    private static final Map<String, int[]> SCHOOL_POINTS = Map.of(
            "aohan-xinhui", new int[] {58, 37},
            "aohan-sijiazi", new int[] {55, 35},
            "aohan-changsheng", new int[] {52, 30},
            "aohan-beizifu", new int[] {50, 22},
            "aohan-xiawa", new int[] {48, 15},
            "aohan-jinchanggouliang", new int[] {45, 8});

    private void partySchools(JsonNode node) {
        SchemeDefinition scheme = json.treeToValue(node.path("scheme"), SchemeDefinition.class);
        List<AssessedUnit> units = units(node.path("assessed"));
        Map<String, List<String>> reviewers = new LinkedHashMap<>();
        node.path("reviewers")
                .properties()
                .forEach(e -> reviewers.put(
                        e.getKey(),
                        e.getValue().valueStream().map(JsonNode::asString).toList()));
        long round = as(AOHAN, () -> {
            long id = scoring.defineScheme(scheme).id();
            return scoring.openRound(new NewRound(id, "2026年度乡镇党校星级示范校评定", units, reviewers, null, null, null))
                    .id();
        });
        for (AssessedUnit unit : units) {
            int[] planned = SCHOOL_POINTS.get(unit.unit());
            Map<String, BigDecimal> points = spread(scheme.items(), planned[0]);
            points.putAll(spread(scheme.bonuses(), planned[1]));
            Map<String, ItemScore> self = new LinkedHashMap<>();
            points.forEach((code, p) -> self.put(code, new ItemScore(p, "场所照片、机构文件与制度汇编（" + unit.name() + "）", null)));
            as(
                    unit.account() == null ? AOHAN : unit.account(),
                    () -> scoring.score(round, unit.unit(), Stage.SELF, new ScoreSheet(self)));
            String reviewer = reviewers.entrySet().stream()
                    .filter(e -> e.getValue().contains(unit.unit()))
                    .findFirst()
                    .orElseThrow()
                    .getKey();
            as(
                    reviewer,
                    () -> scoring.score(
                            round,
                            unit.unit(),
                            Stage.PEER,
                            sheet(
                                    Map.of(
                                            "SITE",
                                            points.get("SITE"),
                                            "ORG",
                                            points.get("ORG"),
                                            "B01",
                                            points.get("B01")),
                                    null)));
            as(
                    AOHAN,
                    () -> scoring.score(
                            round, unit.unit(), Stage.FINAL, sheet(Map.of("SITE", points.get("SITE")), "综合认定组现场核查属实")));
        }
        as(AOHAN, () -> scoring.close(round));
    }

    private void sectionUnits(JsonNode node) {
        SchemeDefinition scheme = json.treeToValue(node.path("scheme"), SchemeDefinition.class);
        List<AssessedUnit> units = units(node.path("assessed"));
        long round = as(HARQIN, () -> {
            long id = scoring.defineScheme(scheme).id();
            return scoring.openRound(new NewRound(id, "2026年度科级单位综合考核", units, Map.of(), null, null, null))
                    .id();
        });
        Random random = new Random(2026);
        for (AssessedUnit unit : units) {
            Map<String, BigDecimal> points = new LinkedHashMap<>();
            points.put("PERF_TASKS", BigDecimal.valueOf(34 + random.nextInt(17)));
            points.put("PERF_PARTY", BigDecimal.valueOf(34 + random.nextInt(17)));
            points.put("YEAR", BigDecimal.valueOf(68 + random.nextInt(33)));
            points.put("LEAD", BigDecimal.valueOf(70 + random.nextInt(31)));
            points.put("DAILY", BigDecimal.valueOf(60 + random.nextInt(41)));
            if (random.nextInt(4) == 0) points.put("INNOVATE", BigDecimal.valueOf(5));
            if (random.nextInt(5) == 0) points.put("LATE", BigDecimal.valueOf(5));
            Map<String, ItemScore> self = new LinkedHashMap<>();
            points.forEach((code, p) -> self.put(code, new ItemScore(p, "年度工作总结及佐证材料", null)));
            as(HARQIN, () -> scoring.score(round, unit.unit(), Stage.SELF, new ScoreSheet(self)));
            as(HARQIN, () -> scoring.score(round, unit.unit(), Stage.FINAL, sheet(points, "年度考核组综合认定")));
        }
        var results = as(HARQIN, () -> scoring.close(round));
        results.stream()
                .filter(r -> "BOTTOM".equals(r.flag()))
                .findFirst()
                .ifPresent(r -> as(
                        HARQIN,
                        () -> scoring.recordTalk(
                                round,
                                r.unit(),
                                LocalDate.now(ZoneId.of("Asia/Shanghai")),
                                "约谈主要负责人，明确整改清单和时限，下季度跟踪督查。")));
    }

    /** An open round: 桃园社区's grid workers, whose satisfaction and on-time closing are read from their cases. */
    private void gridWorkers() {
        SchemeDefinition scheme = new SchemeDefinition(
                "saihan-grid-workers",
                "赛罕区专职网格员季度考评",
                List.of(
                        new SchemeDefinition.Item(
                                "SATISFACTION",
                                "群众满意率",
                                new BigDecimal("40"),
                                false,
                                null,
                                "casework.satisfactionRate"),
                        new SchemeDefinition.Item(
                                "ON_TIME", "按期结案率", new BigDecimal("30"), false, null, "casework.onTimeClosureRate"),
                        new SchemeDefinition.Item(
                                "REWORK", "返工率（越低越好）", new BigDecimal("10"), false, null, "casework.reworkRate"),
                        new SchemeDefinition.Item("VISITS", "重点人群走访", new BigDecimal("20"), true, null, null)),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(
                        new SchemeDefinition.Threshold("优秀", new BigDecimal("90")),
                        new SchemeDefinition.Threshold("合格", new BigDecimal("60"))),
                new SchemeDefinition.Shares(null, new BigDecimal("0.1")),
                null);
        as("saihan.admin", () -> {
            long id = scoring.defineScheme(scheme).id();
            return scoring.openRound(new NewRound(
                    id,
                    "2026年第四季度网格员考评",
                    List.of(
                            new AssessedUnit("taoyuan-grid1", "桃园社区第一网格", "网格员", "taoyuan.grid1", "150105004015001"),
                            new AssessedUnit("taoyuan-grid2", "桃园社区第二网格", "网格员", "taoyuan.grid2", "150105004015002")),
                    Map.of("taoyuan.community", List.of("taoyuan-grid1", "taoyuan-grid2")),
                    null,
                    null,
                    null));
        });
    }

    /** Points adding up to {@code total}, each item filled to its maximum from the first on. */
    private static Map<String, BigDecimal> spread(List<SchemeDefinition.Item> items, int total) {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        BigDecimal left = BigDecimal.valueOf(total);
        for (SchemeDefinition.Item item : items) {
            BigDecimal given = left.min(item.max());
            points.put(item.code(), given);
            left = left.subtract(given);
        }
        return points;
    }

    private static ScoreSheet sheet(Map<String, BigDecimal> points, String reason) {
        Map<String, ItemScore> items = new LinkedHashMap<>();
        points.forEach((code, p) -> items.put(code, new ItemScore(p, null, reason)));
        return new ScoreSheet(items);
    }

    private List<AssessedUnit> units(JsonNode node) {
        List<AssessedUnit> units = new ArrayList<>();
        node.forEach(unit -> units.add(json.treeToValue(unit, AssessedUnit.class)));
        return units;
    }

    private static JsonNode load() {
        try (InputStream in = ScoringDemo.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing " + RESOURCE);
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T as(String username, Supplier<T> work) {
        return CurrentActor.runAs(identity.actorOf(username).orElseThrow(), work);
    }
}
