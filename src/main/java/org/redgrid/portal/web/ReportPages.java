package org.redgrid.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.redgrid.casework.CaseType;
import org.redgrid.casework.CaseView;
import org.redgrid.casework.Casework;
import org.redgrid.casework.CategoryView;
import org.redgrid.casework.NewCase;
import org.redgrid.casework.PendingPhotos;
import org.redgrid.casework.Photo;
import org.redgrid.casework.Urgency;
import org.redgrid.casework.WorkList;
import org.redgrid.organization.GridView;
import org.redgrid.organization.Organization;
import org.redgrid.shared.Actor;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.FieldChecks;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.InvalidValues;
import org.redgrid.shared.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 反映问题 and 服务与心愿: a resident or grid worker reports a problem with a photo and a place; residents
 * order a service (点单) or post a micro-wish (微心愿), which party members and grid workers claim.
 */
@Controller
class ReportPages {

    private final Casework casework;
    private final Organization organization;
    private final PendingPhotos pendingPhotos;

    ReportPages(Casework casework, Organization organization, PendingPhotos pendingPhotos) {
        this.casework = casework;
        this.organization = organization;
        this.pendingPhotos = pendingPhotos;
    }

    /** What the report form sends; every field is checked by the engine. */
    record ReportForm(
            CaseType type,
            String category,
            Urgency urgency,
            String gridCode,
            Double lat,
            Double lng,
            String address,
            String title,
            String description,
            String key) {}

    @GetMapping("/report")
    String report(@RequestParam(required = false) String grid, Model model) {
        String place = grid == null ? "" : grid.trim();
        fill(model, place.matches("\\d{15}") ? place : "", place);
        model.addAttribute("errors", Map.of());
        model.addAttribute("kept", PendingPhotos.Kept.NONE);
        model.addAttribute(
                "form",
                new ReportForm(
                        CaseType.PROBLEM,
                        null,
                        Urgency.GENERAL,
                        place.matches("\\d{15}") ? place : null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        UUID.randomUUID().toString()));
        return "report";
    }

    @PostMapping("/report")
    String submit(
            @ModelAttribute("form") ReportForm form,
            @RequestParam(required = false) List<MultipartFile> photos,
            @RequestParam(required = false) String place,
            @RequestParam(required = false) String photoToken,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        // Every field is checked before the form comes back, and a photo already chosen stays chosen.
        FieldChecks checks = new FieldChecks();
        List<Photo> chosen = List.of();
        try {
            chosen = CasePages.photos(photos);
        } catch (InvalidValue e) {
            checks.fail(e);
        }
        boolean keptBefore = chosen.isEmpty() && checks.passed();
        if (keptBefore) chosen = pendingPhotos.find(photoToken);
        NewCase report = newCase(form);
        try {
            if (!checks.passed()) {
                checks.run(() -> casework.check(report));
                checks.done();
            }
            CaseView created = casework.create(
                            report, form.key() == null || form.key().isBlank() ? null : form.key())
                    .view();
            for (Photo photo : chosen) casework.attach(created.id(), photo);
            if (keptBefore) pendingPhotos.forget(photoToken);
            redirect.addFlashAttribute("reported", created.number());
            return "redirect:/cases/" + created.id();
        } catch (InvalidValue e) {
            response.setStatus(400);
            List<InvalidValue> all = e instanceof InvalidValues many ? many.problems() : List.of(e);
            Map<String, CasePages.FieldError> errors = new LinkedHashMap<>();
            for (InvalidValue one : all) {
                String field = one.field().equals("file") ? "photos" : one.field();
                errors.putIfAbsent(field, new CasePages.FieldError(field, one.messageZh(), one.messageEn()));
            }
            model.addAttribute("errors", errors);
            model.addAttribute(
                    "kept",
                    keptBefore && !chosen.isEmpty()
                            ? new PendingPhotos.Kept(
                                    photoToken,
                                    chosen.stream().map(Photo::filename).toList())
                            : pendingPhotos.keep(chosen));
            fill(model, form.gridCode() == null ? "" : form.gridCode(), place == null ? "" : place);
            return "report";
        }
    }

    /** The report as the engine takes it: a point given without a grid lets the engine find the grid. */
    private static NewCase newCase(ReportForm form) {
        boolean located = form.lat() != null && form.lng() != null;
        // 代办 (incl. 信访代办) is asked from the same form; its category tells what to bring.
        CaseType type = form.type() == CaseType.SUGGESTION || form.type() == CaseType.PROXY_SERVICE
                ? form.type()
                : CaseType.PROBLEM;
        boolean noGrid = form.gridCode() == null || form.gridCode().isBlank();
        return new NewCase(
                type,
                form.category(),
                form.urgency(),
                null,
                located && noGrid ? null : form.gridCode(),
                located ? form.lat() : null,
                located ? form.lng() : null,
                form.address(),
                form.title(),
                form.description());
    }

    @GetMapping("/board")
    String board(@RequestParam(defaultValue = "0") int page, Model model) {
        fillBoard(model, page);
        model.addAttribute("key", UUID.randomUUID().toString());
        return "board";
    }

    @PostMapping("/board")
    String post(
            @RequestParam(required = false) CaseType type,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String key,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        CaseType kind = type == CaseType.MICRO_WISH ? CaseType.MICRO_WISH : CaseType.SERVICE_ORDER;
        try {
            String grid = actor.scope().prefix().length() == 15 ? actor.scope().prefix() : null;
            CaseView created = casework.create(
                            new NewCase(
                                    kind,
                                    kind == CaseType.MICRO_WISH ? "SERVICE.MICRO_WISH" : category,
                                    Urgency.GENERAL,
                                    null,
                                    grid,
                                    null,
                                    null,
                                    null,
                                    title,
                                    description),
                            key == null || key.isBlank() ? null : key)
                    .view();
            redirect.addFlashAttribute("reported", created.number());
            return "redirect:/cases/" + created.id();
        } catch (InvalidValue e) {
            response.setStatus(400);
            model.addAttribute("failed", kind);
            model.addAttribute("error", new CasePages.FieldError(e.field(), e.messageZh(), e.messageEn()));
            model.addAttribute(
                    "typed", Map.of("category", nz(category), "title", nz(title), "description", nz(description)));
            model.addAttribute("key", key);
            fillBoard(model, 0);
            return "board";
        }
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private void fillBoard(Model model, int page) {
        model.addAttribute("cases", casework.work(WorkList.BOARD, null, new Paging(Math.max(page, 0), 20)));
        model.addAttribute(
                "services",
                casework.categories().stream()
                        .filter(c -> c.active() && "SERVICE".equals(c.parentCode()))
                        .filter(c -> !"SERVICE.MICRO_WISH".equals(c.code()))
                        .toList());
    }

    /**
     * The grids to choose from: those the user may see, and the grids of a place named by a QR code.
     * Grid codes and names are public (they are printed on the codes); nothing inside a grid is shown.
     */
    private void fill(Model model, String chosen, String place) {
        Map<String, String> grids = new LinkedHashMap<>();
        if (place.matches("\\d{12}|\\d{15}")) {
            String within = place.length() == 15 ? place.substring(0, 12) : place;
            CurrentActor.runAsSystem(() -> organization.grids(within, null, new Paging(0, 100)))
                    .items()
                    .forEach(g -> grids.put(g.code(), label(g)));
        }
        organization.grids(null, null, new Paging(0, 100)).items().forEach(g -> grids.putIfAbsent(g.code(), label(g)));
        model.addAttribute("grids", grids);
        model.addAttribute("chosen", chosen);
        model.addAttribute("place", place);
        model.addAttribute("categories", problemCategories(casework.categories()));
        model.addAttribute("urgencies", List.of(Urgency.values()));
    }

    private static String label(GridView grid) {
        return grid.name() + " (" + grid.code() + ")";
    }

    /** What a resident may report: problems, and the services done on their behalf (those with a checklist). */
    static List<CategoryView> problemCategories(List<CategoryView> all) {
        return all.stream()
                .filter(c -> c.active() && c.parentCode() != null)
                .filter(c -> c.parentCode().equals("EVENT")
                        || c.parentCode().equals("PART")
                        || (c.parentCode().equals("SERVICE") && !c.checklist().isEmpty()))
                .toList();
    }
}
