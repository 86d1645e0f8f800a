package org.redgrid.portal.web;

import java.util.Locale;
import org.redgrid.people.MoveInRequests;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 迁入申请: the requests filed into the user's scope and those the user's community decides. */
@Controller
class MoveInPages {

    private static final int PAGE_SIZE = 50;

    private final MoveInRequests moveIns;

    MoveInPages(MoveInRequests moveIns) {
        this.moveIns = moveIns;
    }

    @GetMapping("/registry/move-ins")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("moveIns", moveIns.list(null, new Paging(Math.max(page, 0), PAGE_SIZE)));
        return "move-ins";
    }

    @PostMapping("/registry/move-ins/{id}/accept")
    String accept(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        try {
            moveIns.accept(id);
            redirect.addFlashAttribute("done", id);
        } catch (Conflict e) {
            redirect.addFlashAttribute("failed", english(locale) ? e.getMessage() : e.messageZh());
        }
        return "redirect:/registry/move-ins";
    }

    @PostMapping("/registry/move-ins/{id}/decline")
    String decline(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            moveIns.decline(id, reason);
            redirect.addFlashAttribute("done", id);
        } catch (InvalidValue e) {
            redirect.addFlashAttribute("failed", english(locale) ? e.messageEn() : e.messageZh());
        } catch (Conflict e) {
            redirect.addFlashAttribute("failed", english(locale) ? e.getMessage() : e.messageZh());
        }
        return "redirect:/registry/move-ins";
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
