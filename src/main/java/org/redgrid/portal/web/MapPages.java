package org.redgrid.portal.web;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redgrid.casework.CaseQuery;
import org.redgrid.casework.CaseStatus;
import org.redgrid.casework.CaseView;
import org.redgrid.casework.Casework;
import org.redgrid.organization.GridView;
import org.redgrid.organization.HouseholdNorm;
import org.redgrid.organization.MapIndicator;
import org.redgrid.organization.Organization;
import org.redgrid.organization.OrganizationMap;
import org.redgrid.people.People;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.MapTiles;
import org.redgrid.shared.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 一张图: the map of an area from the region down to a grid, coloured by one indicator, each area a link
 * one level down; at community and grid level the open cases as points coloured by their deadline light,
 * and on a grid the registry's truth about its households. The map draws the same GeoJSON the API
 * answers ({@link OrganizationMap}), read as the signed-in user, and the table below it lists the same
 * areas and values for keyboards, screen readers and small screens.
 */
@Controller
class MapPages {

    private static final ZoneId LOCAL = ZoneId.of("Asia/Shanghai");
    private static final int MOST_POINTS = 300;

    private final OrganizationMap map;
    private final Organization organization;
    private final Casework casework;
    private final People people;
    private final JsonMapper json;
    private final MapTiles tiles;

    MapPages(
            OrganizationMap map,
            Organization organization,
            Casework casework,
            People people,
            JsonMapper json,
            MapTiles tiles) {
        this.map = map;
        this.organization = organization;
        this.casework = casework;
        this.people = people;
        this.json = json;
        this.tiles = tiles;
    }

    /** One area of the map as the table lists it. */
    record Area(String code, String name, Double value, boolean drawn) {}

    /** An open case as a point on the map. */
    record CasePoint(long id, String number, String title, double lat, double lng, String light) {}

    @GetMapping("/map")
    String page(
            @RequestParam(required = false) String division,
            @RequestParam(required = false) String indicator,
            Model model) {
        String code = division == null || division.isBlank()
                ? CurrentActor.require().scope().prefix()
                : division.trim();
        MapIndicator chosen = MapIndicator.of(indicator);
        String geoJson = map.divisionMap(code, chosen.parameter());
        JsonNode collection = json.readTree(geoJson);
        List<Area> areas = new ArrayList<>();
        for (JsonNode feature : collection.path("features")) {
            JsonNode properties = feature.path("properties");
            JsonNode value = properties.path("value");
            areas.add(new Area(
                    properties.path("code").asString(),
                    properties.path("name").asString(),
                    value.isNumber() ? value.asDouble() : null,
                    !feature.path("geometry").isNull()));
        }
        model.addAttribute("code", code);
        model.addAttribute("name", collection.path("name").asString());
        model.addAttribute("indicator", chosen.parameter());
        model.addAttribute("indicators", List.of(MapIndicator.values()));
        model.addAttribute(
                "rate", chosen == MapIndicator.SATISFACTION_RATE || chosen == MapIndicator.ON_TIME_CLOSURE_RATE);
        model.addAttribute("areas", areas);
        model.addAttribute("path", organization.path(code));
        model.addAttribute("zone", LOCAL);
        model.addAttribute("mapData", PageJson.embed(geoJson));
        model.addAttribute("tiles", tiles);
        List<CaseView> open = code.length() >= 12 ? openCases(code) : List.of();
        model.addAttribute("openCases", open);
        model.addAttribute("points", PageJson.embed(json, points(open)));
        if (code.length() == 15) {
            GridView grid = organization.grid(code);
            long registered = people.households(code, null, new Paging(0, 1)).total();
            model.addAttribute("grid", grid);
            model.addAttribute("norm", new HouseholdNorm(grid.households(), registered, grid.kind()));
        }
        return "map";
    }

    private List<CaseView> openCases(String code) {
        return casework.list(new CaseQuery(null, null, null, code, null), new Paging(0, MOST_POINTS)).items().stream()
                .filter(c -> c.closedAt() == null && c.status() != CaseStatus.CANCELLED)
                .toList();
    }

    private static List<Map<String, Object>> points(List<CaseView> cases) {
        List<Map<String, Object>> points = new ArrayList<>();
        for (CaseView c : cases) {
            if (c.lat() == null || c.lng() == null) continue;
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("id", c.id());
            point.put("number", c.number());
            point.put("title", c.title());
            point.put("value", List.of(c.lng(), c.lat()));
            point.put(
                    "light",
                    c.deadlineState() == null ? "NONE" : c.deadlineState().name());
            points.add(point);
        }
        return points;
    }
}
