package org.redgrid.portal.web;

import java.time.ZoneId;
import java.util.List;
import org.redgrid.archives.ArchiveRequests;
import org.redgrid.archives.Archives;
import org.redgrid.archives.ServiceCatalogue;
import org.redgrid.archives.ServiceItem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 一站式服务: the catalogue of archive services whose items open a request form already filled in,
 * and the figures the head of an archive centre watches.
 */
@Controller
class ArchiveServicePages {

    static final ZoneId LOCAL = ZoneId.of("Asia/Shanghai");

    private final ServiceCatalogue catalogue;
    private final Archives archives;
    private final ArchiveRequests requests;

    ArchiveServicePages(ServiceCatalogue catalogue, Archives archives, ArchiveRequests requests) {
        this.catalogue = catalogue;
        this.archives = archives;
        this.requests = requests;
    }

    @GetMapping("/archives/catalogue")
    String catalogue(Model model) {
        model.addAttribute("classes", catalogue.classes());
        return "archive-catalogue";
    }

    /** The request form of a catalogue item: the classes it proposes ticked, its name as the purpose. */
    @GetMapping("/archives/request")
    String form(@RequestParam String item, @RequestParam(required = false) Long file, Model model) {
        ServiceItem service = catalogue.item(item);
        model.addAttribute("item", service);
        model.addAttribute("files", archives.files());
        model.addAttribute("selected", file);
        model.addAttribute("classes", List.of(org.redgrid.archives.MaterialClass.values()));
        return "archive-request";
    }

    @GetMapping("/archives/figures")
    String figures(Model model) {
        model.addAttribute("figures", requests.figures());
        return "archive-figures";
    }
}
