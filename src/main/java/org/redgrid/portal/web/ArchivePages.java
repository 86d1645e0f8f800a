package org.redgrid.portal.web;

import java.util.List;
import java.util.Locale;
import org.redgrid.archives.Approval;
import org.redgrid.archives.ArchiveRequests;
import org.redgrid.archives.ArchiveTransfers;
import org.redgrid.archives.Archives;
import org.redgrid.archives.Decline;
import org.redgrid.archives.FileView;
import org.redgrid.archives.NewRequest;
import org.redgrid.archives.NewTransfer;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;
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

/**
 * 干部人事档案: the files a user may see, a file's catalogue with the request form for its parts, the
 * page viewer (server-rendered, watermarked pictures only), the keeper's answers and transfers.
 */
@Controller
class ArchivePages {

    private final Archives archives;
    private final ArchiveRequests requests;
    private final ArchiveTransfers transfers;

    ArchivePages(Archives archives, ArchiveRequests requests, ArchiveTransfers transfers) {
        this.archives = archives;
        this.requests = requests;
        this.transfers = transfers;
    }

    @GetMapping("/archives")
    String home(Model model) {
        model.addAttribute("files", archives.files());
        model.addAttribute("requests", requests.requests());
        model.addAttribute("incoming", transfers.incoming());
        model.addAttribute("zone", ArchiveServicePages.LOCAL);
        return "archives";
    }

    @GetMapping("/archives/files/{id}")
    String file(@PathVariable long id, Model model) {
        FileView file = archives.file(id);
        model.addAttribute("file", file);
        model.addAttribute("custody", transfers.custody(id));
        if (file.oversees()) {
            model.addAttribute("history", archives.accessLog(id));
            model.addAttribute("delegations", requests.delegations(id));
        }
        model.addAttribute("zone", ArchiveServicePages.LOCAL);
        return "archive-file";
    }

    /** The viewer: the page is an image the server renders and marks; nothing else of it reaches the browser. */
    @GetMapping("/archives/files/{id}/materials/{m}/pages/{n}")
    String viewer(@PathVariable long id, @PathVariable long m, @PathVariable int n, Model model) {
        FileView file = archives.file(id);
        var material = file.materials().stream()
                .filter(x -> x.id() == m && file.mayRead(m))
                .findFirst()
                .orElseThrow(() -> new Forbidden("没有有效的查阅授权", "no live grant to read this part of the file"));
        model.addAttribute("file", file);
        model.addAttribute("material", material);
        model.addAttribute("n", Math.max(1, Math.min(n, material.pages())));
        return "archive-page";
    }

    @GetMapping("/archives/files/{id}/materials/{m}/pages/{n}/image")
    ResponseEntity<byte[]> image(@PathVariable long id, @PathVariable long m, @PathVariable int n) {
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noStore())
                .body(archives.page(id, m, n));
    }

    @PostMapping("/archives/requests")
    String request(
            @RequestParam long file,
            @RequestParam(required = false) List<String> parts,
            @RequestParam(required = false) String purpose,
            @RequestParam(required = false) String serviceItem,
            Locale locale,
            RedirectAttributes redirect) {
        String item = serviceItem == null || serviceItem.isBlank() ? null : serviceItem;
        return act(locale, redirect, "/archives/files/" + file, () -> {
            long id =
                    requests.request(new NewRequest(file, parts, purpose, item)).id();
            redirect.addFlashAttribute("requested", id);
        });
    }

    @PostMapping("/archives/requests/{id}/approve")
    String approve(
            @PathVariable long id,
            @RequestParam(required = false) Integer days,
            @RequestParam(defaultValue = "false") boolean download,
            Locale locale,
            RedirectAttributes redirect) {
        return act(locale, redirect, "/archives", () -> {
            requests.approve(id, new Approval(days, download));
            redirect.addFlashAttribute("approved", id);
        });
    }

    @PostMapping("/archives/requests/{id}/decline")
    String decline(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            Locale locale,
            RedirectAttributes redirect) {
        return act(locale, redirect, "/archives", () -> {
            requests.decline(id, new Decline(reason));
            redirect.addFlashAttribute("declined", id);
        });
    }

    @PostMapping("/archives/files/{id}/transfers")
    String transfer(
            @PathVariable long id,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String note,
            Locale locale,
            RedirectAttributes redirect) {
        return act(locale, redirect, "/archives/files/" + id, () -> {
            var sent = transfers.transfer(id, new NewTransfer(to, note));
            redirect.addFlashAttribute("sent", sent.receipt());
        });
    }

    @PostMapping("/archives/transfers/{id}/receive")
    String receive(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        return act(locale, redirect, "/archives", () -> {
            var received = transfers.receive(id);
            redirect.addFlashAttribute("received", received.receipt());
        });
    }

    @PostMapping("/archives/files/{id}/materials/{m}/check")
    String check(@PathVariable long id, @PathVariable long m, Locale locale, RedirectAttributes redirect) {
        return act(locale, redirect, "/archives/files/" + id, () -> archives.check(id, m));
    }

    /** Runs a form's action; a refusal with a reason comes back as a message on the page it came from. */
    static String act(Locale locale, RedirectAttributes redirect, String back, Runnable action) {
        boolean en = "en".equals(locale.getLanguage());
        try {
            action.run();
        } catch (InvalidValue e) {
            redirect.addFlashAttribute("failed", en ? e.messageEn() : e.messageZh());
        } catch (Conflict e) {
            redirect.addFlashAttribute("failed", en ? e.getMessage() : e.messageZh());
        } catch (Forbidden e) {
            redirect.addFlashAttribute("failed", en ? e.getMessage() : e.messageZh());
        }
        return "redirect:" + back;
    }
}
