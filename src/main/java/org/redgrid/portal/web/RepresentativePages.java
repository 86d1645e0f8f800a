package org.redgrid.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.redgrid.casework.CaseType;
import org.redgrid.casework.Casework;
import org.redgrid.casework.CategoryView;
import org.redgrid.representation.Forwarding;
import org.redgrid.representation.NewMessage;
import org.redgrid.representation.Reply;
import org.redgrid.representation.Representation;
import org.redgrid.representation.RepresentativeMessages;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.Paging;
import org.redgrid.shared.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * 码上找代表: the public page a representative's code opens (profile, receptions, public answers and a
 * message form, with a phone code without an account), the page a writer follows a message on, and the
 * desk: a resident's own messages, a representative's inbox and code, the street office's stations.
 */
@Controller
class RepresentativePages {

    private final Representation representation;
    private final RepresentativeMessages messages;
    private final Casework casework;
    private final String publicUrl;

    RepresentativePages(
            Representation representation,
            RepresentativeMessages messages,
            Casework casework,
            @Value("${redgrid.public-url:}") String publicUrl) {
        this.representation = representation;
        this.messages = messages;
        this.casework = casework;
        this.publicUrl = publicUrl == null ? "" : publicUrl.strip().replaceAll("/+$", "");
    }

    @GetMapping("/rep/{id}")
    String profile(@PathVariable long id, Model model) {
        model.addAttribute("profile", representation.profile(id));
        model.addAttribute("signedIn", CurrentActor.find().isPresent());
        return "rep";
    }

    @PostMapping("/rep/{id}/phone-code")
    String phoneCode(
            @PathVariable long id,
            @RequestParam(required = false) String phone,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            messages.sendPhoneCode(id, phone);
            redirect.addFlashAttribute("codeSent", true);
        } catch (InvalidValue e) {
            redirect.addFlashAttribute("failed", english(locale) ? e.messageEn() : e.messageZh());
        } catch (Conflict e) {
            redirect.addFlashAttribute("failed", english(locale) ? e.getMessage() : e.messageZh());
        }
        redirect.addFlashAttribute("phone", phone);
        return "redirect:/rep/" + id;
    }

    @PostMapping("/rep/{id}/messages")
    String write(
            @PathVariable long id,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) String phone,
            @RequestParam(required = false) String code,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            var receipt = messages.write(id, new NewMessage(text, phone, code));
            return "redirect:/rep/receipts/" + receipt.receipt();
        } catch (InvalidValue e) {
            redirect.addFlashAttribute("failed", english(locale) ? e.messageEn() : e.messageZh());
            redirect.addFlashAttribute("text", text);
            redirect.addFlashAttribute("phone", phone);
            return "redirect:/rep/" + id;
        }
    }

    @GetMapping("/rep/receipts/{receipt}")
    String receipt(@PathVariable String receipt, Model model) {
        model.addAttribute("message", messages.byReceipt(receipt));
        model.addAttribute("receipt", receipt);
        return "rep-message";
    }

    @GetMapping(value = "/rep/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@PathVariable long id, HttpServletRequest request) {
        representation.profile(id);
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noCache())
                .body(QrPages.png(link(request, id)));
    }

    @GetMapping("/representation")
    String desk(@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        var actor = CurrentActor.require();
        boolean office = actor.has(Role.STREET_STAFF) || actor.administers();
        model.addAttribute("office", office);
        model.addAttribute("messages", messages.list(new Paging(Math.max(page, 0), 50)));
        model.addAttribute("stations", office ? representation.stations() : java.util.List.of());
        var reps = representation.representatives().stream()
                .filter(r -> office || actor.username().equals(r.username()))
                .filter(r -> office || actor.has(Role.REPRESENTATIVE))
                .map(r -> new Coded(r, link(request, r.id())))
                .toList();
        model.addAttribute("representatives", reps);
        return "representation";
    }

    /** A representative with the link their code holds. */
    record Coded(org.redgrid.representation.RepresentativeView rep, String link) {}

    @GetMapping("/representation/messages/{id}")
    String message(@PathVariable long id, Model model) {
        var message = messages.get(id);
        model.addAttribute("message", message);
        if (message.mayForward()) {
            model.addAttribute(
                    "categories",
                    casework.categories().stream()
                            .filter(CategoryView::active)
                            .filter(c -> c.parentCode() != null)
                            .toList());
        }
        return "rep-message";
    }

    @PostMapping("/representation/messages/{id}/reply")
    String reply(
            @PathVariable long id,
            @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "false") boolean shown,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            messages.reply(id, new Reply(text, shown));
            redirect.addFlashAttribute("done", "reply");
        } catch (InvalidValue e) {
            redirect.addFlashAttribute("failed", english(locale) ? e.messageEn() : e.messageZh());
        }
        return "redirect:/representation/messages/" + id;
    }

    @PostMapping("/representation/messages/{id}/case")
    String forward(
            @PathVariable long id,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String title,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            messages.forward(id, new Forwarding(CaseType.PROBLEM, category, title));
            redirect.addFlashAttribute("done", "case");
        } catch (InvalidValue e) {
            redirect.addFlashAttribute("failed", english(locale) ? e.messageEn() : e.messageZh());
        } catch (Conflict e) {
            redirect.addFlashAttribute("failed", english(locale) ? e.getMessage() : e.messageZh());
        }
        return "redirect:/representation/messages/" + id;
    }

    private String link(HttpServletRequest request, long id) {
        String base = publicUrl.isEmpty()
                ? ServletUriComponentsBuilder.fromContextPath(request).build().toUriString()
                : publicUrl;
        return base + "/rep/" + id;
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
