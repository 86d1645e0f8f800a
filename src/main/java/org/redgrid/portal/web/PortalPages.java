package org.redgrid.portal.web;

import java.io.IOException;
import java.util.List;
import org.redgrid.identity.Identity;
import org.redgrid.organization.DivisionView;
import org.redgrid.organization.Organization;
import org.redgrid.people.HouseholdImport;
import org.redgrid.people.ImportMode;
import org.redgrid.people.ImportReport;
import org.redgrid.people.People;
import org.redgrid.people.PersonQuery;
import org.redgrid.shared.Actor;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

@Controller
class PortalPages {

    private final Identity identity;
    private final Organization organization;
    private final People people;
    private final HouseholdImport imports;

    PortalPages(Identity identity, Organization organization, People people, HouseholdImport imports) {
        this.identity = identity;
        this.organization = organization;
        this.people = people;
        this.imports = imports;
    }

    @GetMapping("/")
    String home(Model model) {
        Actor actor = CurrentActor.require();
        model.addAttribute("actor", actor);
        model.addAttribute("me", identity.me());
        model.addAttribute("path", organization.path(actor.scope().prefix()));
        if (actor.scope().prefix().length() == 15)
            model.addAttribute("grid", organization.grid(actor.scope().prefix()));
        if (actor.managesRegistry()) {
            model.addAttribute("summary", organization.summary());
            long[] counts = people.counts();
            model.addAttribute("households", counts[0]);
            model.addAttribute("persons", counts[1]);
        }
        return "home";
    }

    @GetMapping("/registry")
    String registry(@RequestParam(required = false) String code, Model model) {
        Actor actor = CurrentActor.require();
        String scope = actor.scope().prefix();
        if (code == null || code.isBlank()) code = scope.length() == 15 ? scope.substring(0, 12) : scope;
        if (code.length() == 15) return "redirect:/registry/grid/" + code;
        DivisionView division = organization.division(code);
        model.addAttribute("division", division);
        model.addAttribute("path", organization.path(division.code()));
        if (division.level() == 12) {
            model.addAttribute(
                    "grids",
                    organization
                            .grids(division.code(), null, new Paging(0, 200))
                            .items());
        } else {
            model.addAttribute("children", organization.children(division.code()));
        }
        return "registry";
    }

    @GetMapping("/registry/grid/{code}")
    String grid(@PathVariable String code, @RequestParam(defaultValue = "0") int page, Model model) {
        var grid = organization.grid(code);
        model.addAttribute("grid", grid);
        model.addAttribute("path", organization.path(grid.communityCode()));
        model.addAttribute(
                "buildings",
                organization.buildings(grid.code(), new Paging(0, 200)).items());
        model.addAttribute("households", people.households(grid.code(), null, new Paging(page, 50)));
        return "grid";
    }

    @GetMapping("/registry/household/{id}")
    String household(@PathVariable long id, Model model) {
        var household = people.household(id);
        model.addAttribute("household", household);
        model.addAttribute("grid", organization.grid(household.gridCode()));
        model.addAttribute(
                "persons",
                people.persons(new PersonQuery(null, id, null, null, null, null), new Paging(0, 100))
                        .items());
        return "household";
    }

    @GetMapping("/import")
    String importPage(Model model) {
        model.addAttribute("modes", List.of(ImportMode.values()));
        return "import";
    }

    @GetMapping("/import/template")
    void template(jakarta.servlet.http.HttpServletResponse response) throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"household-import-template.xlsx\"");
        imports.writeTemplate(response.getOutputStream());
    }

    @PostMapping("/import")
    String importFile(@RequestParam("file") MultipartFile file, @RequestParam ImportMode mode, Model model)
            throws IOException {
        model.addAttribute("modes", List.of(ImportMode.values()));
        try {
            ImportReport report = imports.importFile(file.getBytes(), mode);
            model.addAttribute("report", report);
        } catch (InvalidValue e) {
            model.addAttribute("fileError", e);
        }
        return "import";
    }
}
