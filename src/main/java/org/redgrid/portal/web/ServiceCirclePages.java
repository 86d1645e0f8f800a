package org.redgrid.portal.web;

import java.util.List;
import org.redgrid.organization.NearbyPlace;
import org.redgrid.organization.Organization;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 15分钟便民服务圈: the service places nearest a point (the resident's location or one typed in), with
 * walking distance and whether each is open now, as {@code GET /api/v1/service-places/nearest} answers.
 */
@Controller
class ServiceCirclePages {

    private static final int SHOWN = 8;

    private final Organization organization;

    ServiceCirclePages(Organization organization) {
        this.organization = organization;
    }

    @GetMapping("/service-circle")
    String page(
            @RequestParam(required = false) Double lat,
            @RequestParam(required = false) Double lng,
            @RequestParam(defaultValue = "false") boolean openOnly,
            Model model) {
        model.addAttribute("lat", lat);
        model.addAttribute("lng", lng);
        model.addAttribute("openOnly", openOnly);
        if (lat != null || lng != null) {
            List<NearbyPlace> places = organization.nearestServicePlaces(lat, lng, SHOWN).stream()
                    .filter(place -> !openOnly || place.openNow())
                    .toList();
            model.addAttribute("places", places);
        }
        return "service-circle";
    }
}
