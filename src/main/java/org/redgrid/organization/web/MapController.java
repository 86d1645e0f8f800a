package org.redgrid.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.redgrid.organization.OrganizationMap;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/map")
@Tag(name = "Map", description = "一张图：区划与网格的边界及指标 / the map of divisions and grids with an indicator")
class MapController {

    private final OrganizationMap map;

    MapController(OrganizationMap map) {
        this.map = map;
    }

    /**
     * Spring MVC picks the media type from the Accept header among the two produced: plain JSON first,
     * GeoJSON's own type (RFC 7946) for a client that prefers it. The body is UTF-8 bytes, which no
     * converter re-encodes whatever type was picked.
     */
    @GetMapping(
            value = "/divisions/{code}",
            produces = {MediaType.APPLICATION_JSON_VALUE, "application/geo+json"})
    @Operation(
            summary = "A GeoJSON FeatureCollection of the division's children (a community's grids)",
            description = "Each feature has properties code, name and value (the indicator: cases, satisfactionRate,"
                    + " onTimeClosureRate or overdue; cases when none is given). Leagues and counties by their"
                    + " simplified outlines, streets and communities by the hull of their grids, grids by their"
                    + " boundary or centre; null geometry when none is known. 404 outside the caller's scope.")
    byte[] division(@PathVariable String code, @RequestParam(required = false) String indicator) {
        return map.divisionMap(code, indicator).getBytes(StandardCharsets.UTF_8);
    }
}
