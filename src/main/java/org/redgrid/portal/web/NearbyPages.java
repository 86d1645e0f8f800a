package org.redgrid.portal.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.redgrid.casework.NearbyCase;
import org.redgrid.casework.NearbyCases;
import org.redgrid.casework.NearbySearch;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 附近已有 N 件相似问题 on the report page: once the place is picked, the open public cases of the chosen
 * category near it, and 我也遇到 (+1) on one of them instead of filing it again. The page's session
 * asks the same {@link NearbyCases} as the API.
 */
@Controller
class NearbyPages {

    private final NearbyCases nearby;
    private final MessageSource messages;

    NearbyPages(NearbyCases nearby, MessageSource messages) {
        this.nearby = nearby;
        this.messages = messages;
    }

    /** A nearby case as the page lists it, its status in the reader's language. */
    record Listed(
            long id,
            String title,
            String categoryName,
            String statusName,
            int distanceMetres,
            int supporters,
            boolean supportedByMe) {}

    @GetMapping("/report/nearby")
    @ResponseBody
    List<Listed> nearby(
            @RequestParam(required = false) Double lat,
            @RequestParam(required = false) Double lng,
            @RequestParam(required = false) String category) {
        Locale locale = LocaleContextHolder.getLocale();
        return nearby.find(NearbySearch.of(lat, lng, category, null)).stream()
                .map(c -> listed(c, locale))
                .toList();
    }

    private Listed listed(NearbyCase c, Locale locale) {
        return new Listed(
                c.id(),
                c.title(),
                c.categoryName(),
                messages.getMessage("status." + c.status(), null, c.status().name(), locale),
                c.distanceMetres(),
                c.supporters(),
                c.supportedByMe());
    }

    @PostMapping("/report/nearby/{id}/support")
    @ResponseBody
    Map<String, Integer> support(@PathVariable long id) {
        return Map.of("supporters", nearby.support(id));
    }
}
