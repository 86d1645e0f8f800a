package org.redgrid.portal.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.redgrid.organization.Organization;
import org.redgrid.organization.OrganizationMap;
import org.redgrid.shared.CurrentActor;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Picking the place of a report on a map: the grid outlines of a community to place a pin on, and the
 * grid a pin (or "use my location") falls in, by name. Grid codes, names and outlines are public, as the
 * QR codes print them; nothing inside a grid is answered here.
 */
@Controller
class PlacePages {

    private final Organization organization;
    private final OrganizationMap map;

    PlacePages(Organization organization, OrganizationMap map) {
        this.organization = organization;
        this.map = map;
    }

    @GetMapping(value = "/report/place-map", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    String placeMap(@RequestParam String community) {
        CurrentActor.require();
        return CurrentActor.runAsSystem(() -> map.gridOutlines(community));
    }

    /** The grid of a point: {@code gridCode} and {@code gridName}, both null when no grid is near. */
    @GetMapping("/report/place")
    @ResponseBody
    Map<String, Object> place(@RequestParam double lat, @RequestParam double lng) {
        CurrentActor.require();
        Map<String, Object> answer = new LinkedHashMap<>();
        String code = organization.locateGrid(lat, lng).orElse(null);
        answer.put("gridCode", code);
        answer.put(
                "gridName",
                code == null
                        ? null
                        : CurrentActor.runAsSystem(() -> organization.grid(code))
                                .name());
        return answer;
    }
}
