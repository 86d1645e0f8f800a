package org.redgrid.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redgrid.casework.AttachmentView;
import org.redgrid.casework.CaseAction;
import org.redgrid.casework.CaseEventView;
import org.redgrid.casework.CaseView;
import org.redgrid.casework.Casework;
import org.redgrid.casework.NextAction;
import org.redgrid.casework.Photo;
import org.redgrid.casework.PhotoStage;
import org.redgrid.casework.Satisfaction;
import org.redgrid.casework.TransitionRequest;
import org.redgrid.casework.WhistleCall;
import org.redgrid.casework.WhistleRole;
import org.redgrid.casework.WhistleTarget;
import org.redgrid.identity.Identity;
import org.redgrid.organization.Organization;
import org.redgrid.shared.Actor;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.Paging;
import org.redgrid.shared.Role;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 诉求详情: the timeline, the deadline light, photos, linked duplicates, and a form for each action
 * this user may take now. A form posts, the engine decides, and the page shows the outcome: the case
 * again on success, or the rule broken next to the field it concerns.
 */
@Controller
class CasePages {

    private final Casework casework;
    private final Identity identity;
    private final Organization organization;

    CasePages(Casework casework, Identity identity, Organization organization) {
        this.casework = casework;
        this.identity = identity;
        this.organization = organization;
    }

    @GetMapping("/cases/{id}")
    String detail(@PathVariable long id, Model model) {
        fill(model, casework.get(id));
        return "case";
    }

    @PostMapping("/cases/{id}/act")
    String act(
            @PathVariable long id,
            @RequestParam CaseAction action,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) String assignee,
            @RequestParam(required = false) Boolean resolved,
            @RequestParam(required = false) Satisfaction satisfaction,
            @RequestParam(required = false) String lead,
            @RequestParam(required = false) List<String> assist,
            @RequestParam(required = false) String within,
            @RequestParam(required = false) String extension,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) List<MultipartFile> photos,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        try {
            List<Photo> checked = photos(photos);
            casework.transition(
                    id,
                    new TransitionRequest(
                            action,
                            note,
                            assignee,
                            resolved,
                            satisfaction,
                            summoned(action, lead, assist, within),
                            extension,
                            unit),
                    checked);
            redirect.addFlashAttribute("done", action);
            return "redirect:/cases/" + id;
        } catch (InvalidValue e) {
            response.setStatus(400);
            model.addAttribute("failed", action);
            model.addAttribute("error", new FieldError(e.field(), e.messageZh(), e.messageEn()));
        } catch (Conflict e) {
            response.setStatus(409);
            model.addAttribute("failed", action);
            model.addAttribute("error", new FieldError("", e.messageZh(), e.getMessage()));
        } catch (Forbidden e) {
            response.setStatus(403);
            model.addAttribute("failed", action);
            model.addAttribute("error", new FieldError("", e.messageZh(), e.getMessage()));
        }
        fill(model, casework.get(id));
        return "case";
    }

    @PostMapping("/cases/{id}/photos")
    String attach(
            @PathVariable long id,
            @RequestParam(required = false) List<MultipartFile> photos,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        try {
            List<Photo> checked = photos(photos);
            if (checked.isEmpty()) throw new InvalidValue("photos", "required", "请选择照片", "choose a photo");
            for (Photo photo : checked) casework.attach(id, photo);
            redirect.addFlashAttribute("attached", checked.size());
            return "redirect:/cases/" + id;
        } catch (InvalidValue e) {
            response.setStatus(400);
            model.addAttribute("photoError", new FieldError("photos", e.messageZh(), e.messageEn()));
        }
        fill(model, casework.get(id));
        return "case";
    }

    @PostMapping("/cases/{id}/link")
    String link(@PathVariable long id, @RequestParam long master, RedirectAttributes redirect) {
        casework.link(id, master);
        return "redirect:/cases/" + id;
    }

    @GetMapping("/cases/{id}/photos/{attachment}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long attachment) {
        Photo photo = casework.photo(attachment);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                .body(photo.bytes());
    }

    /** Photos the user chose, each checked before anything is written; empty file inputs are skipped. */
    /** The units a whistle summons (a lead and its assistants), or the one unit that replaces a released one. */
    private static List<WhistleCall> summoned(CaseAction action, String lead, List<String> assist, String within) {
        if (action == CaseAction.REPLACE_UNIT) {
            return lead == null || lead.isBlank() ? List.of() : List.of(new WhistleCall(lead, null, within));
        }
        if (action != CaseAction.WHISTLE) return null;
        List<WhistleCall> units = new ArrayList<>();
        if (lead != null && !lead.isBlank()) units.add(new WhistleCall(lead, WhistleRole.LEAD, within));
        if (assist != null) {
            for (String assisting : assist) {
                if (!assisting.equals(lead)) units.add(new WhistleCall(assisting, WhistleRole.ASSIST, within));
            }
        }
        return units;
    }

    static List<Photo> photos(List<MultipartFile> files) throws IOException {
        List<Photo> photos = new ArrayList<>();
        if (files == null) return photos;
        for (MultipartFile file : files) {
            if (file == null || file.isEmpty()) continue;
            try {
                photos.add(Photo.of(file.getOriginalFilename(), file.getBytes()));
            } catch (InvalidValue e) {
                throw new InvalidValue("photos", e.rule(), e.messageZh(), e.messageEn());
            }
        }
        return photos;
    }

    private void fill(Model model, CaseView view) {
        Actor actor = CurrentActor.require();
        List<WhistleTarget> targets = casework.whistleTargets(view.id());
        // The engine's own answer: the same guards that refuse an action decide which forms to show.
        Set<CaseAction> offered = view.actions();
        model.addAttribute("c", view);
        List<CaseEventView> events = casework.events(view.id());
        model.addAttribute("events", events);
        List<AttachmentView> photos = casework.attachments(view.id());
        Instant handlingSince = PhotoStage.handlingSince(events);
        Map<Long, PhotoStage> stages = new LinkedHashMap<>();
        for (AttachmentView photo : photos)
            stages.put(photo.id(), PhotoStage.of(photo, view.reporter(), handlingSince));
        model.addAttribute("attachments", photos);
        model.addAttribute("stages", stages);
        model.addAttribute("withdrawn", events.stream().anyMatch(e -> e.action().equals(CaseAction.WITHDRAW.name())));
        model.addAttribute("targets", targets);
        model.addAttribute("offered", offered);
        model.addAttribute("plan", NextAction.of(offered));
        boolean mayLink = casework.mayLink(view);
        model.addAttribute("duplicates", mayLink ? casework.duplicates(view.id()) : List.of());
        model.addAttribute("mayLink", mayLink);
        if (offered.contains(CaseAction.DISPATCH) || offered.contains(CaseAction.HAND_OVER)) {
            model.addAttribute("workers", workersNear(view.gridCode()));
        }
        if (offered.contains(CaseAction.WHISTLE) || offered.contains(CaseAction.REPLACE_UNIT)) {
            model.addAttribute(
                    "units", organization.partnerUnits(null, new Paging(0, 100)).items());
        }
    }

    /** Grid workers of the case's community, those of its own grid first. */
    private Map<String, String> workersNear(String gridCode) {
        Map<String, String> workers = new LinkedHashMap<>();
        for (String user : identity.usernamesAt(gridCode, Role.GRID_WORKER, Role.GRID_LEADER)) {
            workers.put(user, gridCode);
        }
        for (var grid : organization
                .grids(gridCode.substring(0, 12), null, new Paging(0, 100))
                .items()) {
            for (String user : identity.usernamesAt(grid.code(), Role.GRID_WORKER, Role.GRID_LEADER)) {
                workers.putIfAbsent(user, grid.code());
            }
        }
        return workers;
    }

    /** A broken rule to show next to its field, in the user's language. */
    record FieldError(String field, String messageZh, String messageEn) {}
}
