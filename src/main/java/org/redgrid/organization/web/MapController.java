package org.redgrid.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Comparator;
import java.util.List;
import org.redgrid.organization.OrganizationMap;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
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

    /** GeoJSON's own media type (RFC 7946), answered to a client that asks for it; plain JSON otherwise. */
    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    @GetMapping(
            value = "/divisions/{code}",
            produces = {MediaType.APPLICATION_JSON_VALUE, "application/geo+json"})
    @Operation(
            summary = "A GeoJSON FeatureCollection of the division's children (a community's grids)",
            description = "Each feature has properties code, name and value (the indicator: cases, satisfactionRate,"
                    + " onTimeClosureRate or overdue; cases when none is given). Leagues and counties by their"
                    + " simplified outlines, streets and communities by the hull of their grids, grids by their"
                    + " boundary or centre; null geometry when none is known. 404 outside the caller's scope.")
    ResponseEntity<String> division(
            @PathVariable String code,
            @RequestParam(required = false) String indicator,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return ResponseEntity.ok().contentType(answered(accept)).body(map.divisionMap(code, indicator));
    }

    /** application/geo+json when the client prefers it to plain JSON, else application/json. */
    static MediaType answered(String accept) {
        if (accept == null || accept.isBlank()) return MediaType.APPLICATION_JSON;
        List<MediaType> asked;
        try {
            asked = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException unreadable) {
            return MediaType.APPLICATION_JSON;
        }
        List<MediaType> byQuality = asked.stream()
                .sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed())
                .toList();
        for (MediaType type : byQuality) {
            if (type.getQualityValue() == 0) continue;
            if (GEO_JSON.isCompatibleWith(type) && !type.isWildcardType() && !type.isWildcardSubtype()) return GEO_JSON;
            if (MediaType.APPLICATION_JSON.isCompatibleWith(type)) return MediaType.APPLICATION_JSON;
        }
        return MediaType.APPLICATION_JSON;
    }
}
