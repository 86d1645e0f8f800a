package org.redgrid.portal.web;

import java.util.List;
import java.util.Locale;
import org.redgrid.notification.NewNotice;
import org.redgrid.notification.NoticeChannel;
import org.redgrid.notification.Notices;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.Paging;
import org.redgrid.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 上传下达: notices sent and received, the form staff send them with, and who has read each one. */
@Controller
class NoticePages {

    private final Notices notices;

    NoticePages(Notices notices) {
        this.notices = notices;
    }

    @GetMapping("/notices")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        var actor = CurrentActor.require();
        model.addAttribute("notices", notices.list(new Paging(Math.max(page, 0), 50)));
        model.addAttribute("maySend", actor.managesRegistry());
        model.addAttribute("scope", actor.scope().prefix());
        return "notices";
    }

    @PostMapping("/notices")
    String send(
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String body,
            @RequestParam(required = false) List<NoticeChannel> channels,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            var sent = notices.send(new NewNotice(scope, null, title, body, channels));
            return "redirect:/notices/" + sent.id();
        } catch (InvalidValue e) {
            redirect.addFlashAttribute("failed", english(locale) ? e.messageEn() : e.messageZh());
        } catch (Forbidden e) {
            redirect.addFlashAttribute("failed", english(locale) ? e.getMessage() : e.messageZh());
        }
        return "redirect:/notices";
    }

    @GetMapping("/notices/{id}")
    String notice(@PathVariable long id, Model model) {
        var actor = CurrentActor.require();
        model.addAttribute("notice", notices.get(id));
        try {
            model.addAttribute("reads", notices.reads(id));
        } catch (Forbidden e) {
            model.addAttribute("reads", null);
        }
        model.addAttribute("buildingHead", actor.has(Role.BUILDING_HEAD));
        return "notice";
    }

    @PostMapping("/notices/{id}/relay")
    String relay(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        try {
            notices.relay(id);
            redirect.addFlashAttribute("done", true);
        } catch (Forbidden e) {
            redirect.addFlashAttribute("failed", english(locale) ? e.getMessage() : e.messageZh());
        }
        return "redirect:/notices/" + id;
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
