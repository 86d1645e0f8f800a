package org.redgrid.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import org.redgrid.organization.GridView;
import org.redgrid.organization.Organization;
import org.redgrid.shared.InvalidValue;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The grid's polygon editor: community staff draw the grid's boundary point by point on the map of the
 * community's grids, or paste a GeoJSON Polygon exported elsewhere; the facade checks and audits it.
 */
@Controller
class GridBoundaryPages {

    private final Organization organization;

    GridBoundaryPages(Organization organization) {
        this.organization = organization;
    }

    @GetMapping("/grids/{code}/boundary")
    String editor(@PathVariable String code, Model model) {
        GridView grid = organization.grid(code);
        model.addAttribute("grid", grid);
        model.addAttribute("polygon", grid.polygon() == null ? "" : grid.polygon());
        return "grid-boundary";
    }

    @PostMapping("/grids/{code}/boundary")
    String save(
            @PathVariable String code,
            @RequestParam(required = false) String polygon,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            GridView grid = organization.changeGridBoundary(code, polygon == null ? "" : polygon);
            redirect.addFlashAttribute("saved", grid.name());
            return "redirect:/map?division=" + grid.code();
        } catch (InvalidValue e) {
            response.setStatus(400);
            model.addAttribute("grid", organization.grid(code));
            model.addAttribute("polygon", polygon);
            model.addAttribute("error", new CasePages.FieldError(e.field(), e.messageZh(), e.messageEn()));
            return "grid-boundary";
        }
    }
}
