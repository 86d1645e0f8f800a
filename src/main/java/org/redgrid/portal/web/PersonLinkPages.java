package org.redgrid.portal.web;

import java.util.Locale;
import java.util.stream.Collectors;
import org.redgrid.people.PersonLinkStatus;
import org.redgrid.people.PersonLinkView;
import org.redgrid.people.PersonLinks;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 居民身份关联: the resident's request and its outcome (a section of the home page and its own page),
 * and the community's list of requests to confirm with a person of the grid or decline.
 */
@Controller
class PersonLinkPages {

    private static final int PAGE_SIZE = 50;

    private final PersonLinks links;

    PersonLinkPages(PersonLinks links) {
        this.links = links;
    }

    @GetMapping("/me/person-link")
    String mine(Model model) {
        addMine(model);
        return "person-link";
    }

    /** The section the home page of a resident loads. */
    @GetMapping("/me/person-link/section")
    String section(Model model) {
        addMine(model);
        return "person-link :: section";
    }

    @PostMapping("/me/person-link")
    String ask(
            @RequestParam(required = false) String gridCode,
            @RequestParam(required = false) String name,
            Locale locale,
            RedirectAttributes redirect) {
        attempt(() -> links.request(gridCode, name), null, locale, redirect);
        return "redirect:/me/person-link";
    }

    @GetMapping("/person-links")
    String list(
            @RequestParam(required = false) PersonLinkStatus status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("status", status);
        var listed = links.list(status, new Paging(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("links", listed);
        model.addAttribute(
                "candidates",
                listed.items().stream()
                        .filter(PersonLinkView::decidable)
                        .collect(Collectors.toMap(PersonLinkView::id, link -> links.candidates(link.id()))));
        return "person-links";
    }

    @PostMapping("/person-links/{id}/confirm")
    String confirm(
            @PathVariable long id,
            @RequestParam(required = false) Long personId,
            Locale locale,
            RedirectAttributes redirect) {
        attempt(() -> links.confirm(id, personId), id, locale, redirect);
        return "redirect:/person-links";
    }

    @PostMapping("/person-links/{id}/decline")
    String decline(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            Locale locale,
            RedirectAttributes redirect) {
        attempt(() -> links.decline(id, reason), id, locale, redirect);
        return "redirect:/person-links";
    }

    /** Runs a step and flashes its outcome: the request decided, or why it was refused, in the page's language. */
    private static void attempt(Runnable step, Long decided, Locale locale, RedirectAttributes redirect) {
        boolean english = "en".equals(locale.getLanguage());
        try {
            step.run();
            if (decided != null) redirect.addFlashAttribute("done", decided);
        } catch (InvalidValue e) {
            redirect.addFlashAttribute("failed", english ? e.messageEn() : e.messageZh());
        } catch (Conflict e) {
            redirect.addFlashAttribute("failed", english ? e.getMessage() : e.messageZh());
        } catch (Forbidden e) {
            redirect.addFlashAttribute("failed", english ? e.getMessage() : e.messageZh());
        }
    }

    private void addMine(Model model) {
        try {
            model.addAttribute("link", links.mine());
        } catch (NotFound none) {
            model.addAttribute("link", null);
        }
    }
}
