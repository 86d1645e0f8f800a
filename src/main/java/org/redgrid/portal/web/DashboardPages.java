package org.redgrid.portal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.redgrid.casework.CaseIndicators;
import org.redgrid.casework.CaseQuery;
import org.redgrid.casework.Casework;
import org.redgrid.casework.IndicatorReport;
import org.redgrid.organization.DivisionView;
import org.redgrid.organization.Organization;
import org.redgrid.shared.Actor;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.Paging;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * 数据看板: the closed-loop indicators of one area and of each area one level down, its monthly volumes,
 * categories, overdue cases and a treemap of the tree below it. Every number comes from
 * {@link CaseIndicators} or the case list as the signed-in user, so the page never shows more than the
 * API would; the charts read the same numbers from a JSON block that the tables show.
 */
@Controller
class DashboardPages {

    private static final ZoneId LOCAL = ZoneId.of("Asia/Shanghai");
    private static final int TREEMAP_BRANCHES = 24;

    private final CaseIndicators indicators;
    private final Casework casework;
    private final Organization organization;
    private final JsonMapper json;
    private final Clock clock;
    private final MessageSource messages;

    DashboardPages(
            CaseIndicators indicators,
            Casework casework,
            Organization organization,
            JsonMapper json,
            Clock clock,
            MessageSource messages) {
        this.messages = messages;
        this.indicators = indicators;
        this.casework = casework;
        this.organization = organization;
        this.json = json;
        this.clock = clock;
    }

    /** A row of the breakdown: the figures of one child area with its name and whether it can be opened. */
    public record AreaRow(String name, boolean drillable, IndicatorReport.Figures figures) {

        /** The six rates in the order the tables and charts show them. */
        static final List<String> RATES = List.of(
                "responseRate", "resolutionRate", "satisfactionRate", "closureRate", "onTimeClosureRate", "reworkRate");

        public Double rate(String name) {
            return switch (name) {
                case "responseRate" -> figures.responseRate();
                case "resolutionRate" -> figures.resolutionRate();
                case "satisfactionRate" -> figures.satisfactionRate();
                case "closureRate" -> figures.closureRate();
                case "onTimeClosureRate" -> figures.onTimeClosureRate();
                case "reworkRate" -> figures.reworkRate();
                default -> throw new IllegalArgumentException(name);
            };
        }
    }

    @GetMapping("/dashboard")
    String dashboard(
            @RequestParam(required = false) String division,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Locale locale,
            Model model) {
        Actor actor = CurrentActor.require();
        LocalDate today = LocalDate.now(clock.withZone(LOCAL));
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.withDayOfMonth(1).minusMonths(11) : from;
        String area = division == null || division.isBlank() ? actor.scope().prefix() : division.trim();

        IndicatorReport report = indicators.report(area, start, end, CaseIndicators.Breakdown.AREA);
        IndicatorReport monthly = indicators.report(area, start, end, CaseIndicators.Breakdown.MONTH);
        IndicatorReport thisMonth = indicators.report(area, end.withDayOfMonth(1), end);
        Map<String, String> names = childNames(report.division());
        List<AreaRow> rows = report.children().stream()
                .map(child -> new AreaRow(
                        names.getOrDefault(child.code(), child.code()),
                        child.code().length() < 15,
                        child))
                .toList();

        model.addAttribute("report", report);
        model.addAttribute("rates", AreaRow.RATES);
        model.addAttribute("zone", LOCAL);
        model.addAttribute("totalRow", new AreaRow(areaName(report.division()), false, report.total()));
        model.addAttribute("labels", labels(locale));
        model.addAttribute("rows", rows);
        model.addAttribute("monthly", monthly.children());
        model.addAttribute("hot", thisMonth.topCategories());
        model.addAttribute("thisMonth", end.withDayOfMonth(1));
        model.addAttribute("path", path(report.division()));
        model.addAttribute("areaName", areaName(report.division()));
        model.addAttribute(
                "overdue", casework.list(new CaseQuery(null, null, null, report.division(), true), new Paging(0, 10)));
        model.addAttribute("chartData", chartData(report, rows, monthly, thisMonth));
        return "dashboard";
    }

    private String labels(Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String key : List.of("cases", "closed", "area", "month", "category")) {
            labels.put(key, messages.getMessage("dash." + key, null, locale));
        }
        AreaRow.RATES.forEach(rate -> labels.put(rate, messages.getMessage("dash." + rate, null, locale)));
        return PageJson.embed(json, labels);
    }

    private String chartData(
            IndicatorReport report, List<AreaRow> rows, IndicatorReport monthly, IndicatorReport thisMonth) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("division", report.division());
        data.put("from", report.from().toString());
        data.put("to", report.to().toString());
        data.put("total", report.total());
        data.put(
                "areas",
                rows.stream()
                        .map(row -> Map.of(
                                "code",
                                row.figures().code(),
                                "name",
                                row.name(),
                                "drillable",
                                row.drillable(),
                                "figures",
                                row.figures()))
                        .toList());
        data.put(
                "months",
                monthly.children().stream()
                        .map(month -> Map.of("month", month.code(), "cases", month.cases(), "closed", month.closed()))
                        .toList());
        data.put("categories", report.topCategories());
        data.put("hot", thisMonth.topCategories());
        data.put("tree", tree(report, rows));
        return PageJson.embed(json, data);
    }

    /** Two levels of the tree below the area, each node sized by its cases; empty branches are left out. */
    private List<Map<String, Object>> tree(IndicatorReport report, List<AreaRow> rows) {
        List<Map<String, Object>> nodes = new ArrayList<>();
        int expanded = 0;
        for (AreaRow row : rows) {
            if (row.figures().cases() == 0) continue;
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("name", row.name());
            node.put("code", row.figures().code());
            node.put("value", row.figures().cases());
            if (row.drillable() && expanded++ < TREEMAP_BRANCHES) {
                IndicatorReport below = indicators.report(row.figures().code(), report.from(), report.to());
                Map<String, String> names = childNames(below.division());
                node.put(
                        "children",
                        below.children().stream()
                                .filter(child -> child.cases() > 0)
                                .map(child -> Map.<String, Object>of(
                                        "name", names.getOrDefault(child.code(), child.code()),
                                        "code", child.code(),
                                        "value", child.cases()))
                                .toList());
            }
            nodes.add(node);
        }
        return nodes;
    }

    private Map<String, String> childNames(String area) {
        Map<String, String> names = new LinkedHashMap<>();
        if (area.length() == 12) {
            organization
                    .grids(area, null, new Paging(0, Paging.MAX_SIZE))
                    .items()
                    .forEach(grid -> names.put(grid.code(), grid.name()));
        } else if (area.length() < 12) {
            organization.children(area).forEach(child -> names.put(child.code(), child.name()));
        }
        return names;
    }

    private List<DivisionView> path(String area) {
        return organization.path(area).stream()
                .filter(step -> CurrentActor.require().scope().sees(step.code()))
                .toList();
    }

    private String areaName(String area) {
        return area.length() == 15
                ? organization.grid(area).name()
                : organization.division(area).name();
    }
}
