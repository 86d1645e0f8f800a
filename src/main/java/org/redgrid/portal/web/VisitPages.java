package org.redgrid.portal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.redgrid.organization.Organization;
import org.redgrid.people.LedgerEntryView;
import org.redgrid.people.LedgerKind;
import org.redgrid.people.Ledgers;
import org.redgrid.people.NewVisit;
import org.redgrid.people.VisitUndoWindow;
import org.redgrid.shared.Actor;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.Paging;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 走访: the key people of the seven ledgers whose visit is due, soonest first, each with a one-tap visit
 * record; the community sees the ledgers of all its grids, filtered by kind and grid, page by page. ID
 * numbers and phones come masked from the ledgers; plain values exist only behind the audited reveal.
 */
@Controller
class VisitPages {

    private static final ZoneId LOCAL = ZoneId.of("Asia/Shanghai");
    private static final int PAGE_SIZE = 20;

    private final Ledgers ledgers;
    private final Organization organization;
    private final MessageSource messages;
    private final Clock clock;

    VisitPages(Ledgers ledgers, Organization organization, MessageSource messages, Clock clock) {
        this.ledgers = ledgers;
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/visits")
    String visits(
            @RequestParam(required = false) LedgerKind kind,
            @RequestParam(required = false) String grid,
            @RequestParam(defaultValue = "true") boolean due,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Actor actor = CurrentActor.require();
        String scope = actor.scope().prefix();
        var entries = ledgers.entries(kind, grid, due ? Boolean.TRUE : null, new Paging(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("entries", entries);
        model.addAttribute("kinds", List.of(LedgerKind.values()));
        model.addAttribute("kind", kind);
        model.addAttribute("gridFilter", grid == null ? "" : grid);
        model.addAttribute("due", due);
        model.addAttribute("today", LocalDate.now(clock.withZone(LOCAL)));
        model.addAttribute("pages", (entries.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        if (scope.length() < 15) {
            model.addAttribute(
                    "grids", organization.grids(scope, null, new Paging(0, 200)).items());
        }
        model.addAttribute(
                "recent", ledgers.visits(null, null, new Paging(0, 5)).items());
        model.addAttribute("zone", LOCAL);
        return "visits";
    }

    /** One tap: records a routine visit to the person on this ledger entry and answers with the updated row. */
    @PostMapping("/visits/{entry}")
    String recordVisit(
            @PathVariable long entry,
            @RequestParam(required = false) String note,
            @org.springframework.web.bind.annotation.RequestHeader(name = "HX-Request", required = false) String htmx,
            Locale locale,
            Model model) {
        LedgerEntryView current = ledgers.entry(entry);
        String content = note == null || note.isBlank()
                ? messages.getMessage(
                        "visits.routine", new Object[] {current.kind().nameZh()}, locale)
                : note;
        var visit = ledgers.recordVisit(new NewVisit(current.personId(), current.id(), null, content, null));
        if (htmx == null) return "redirect:/visits";
        model.addAttribute("visit", visit);
        model.addAttribute("undoUntil", VisitUndoWindow.ONE_MINUTE.closesAt(visit.recordedAt()));
        return row(entry, model);
    }

    /** 撤销: takes the visit just recorded back (inside {@link VisitUndoWindow}) and shows the row as before. */
    @PostMapping("/visits/{entry}/undo/{recorded}")
    String undoVisit(
            @PathVariable long entry,
            @PathVariable long recorded, // not "visit": path variables reach the model, where "visit" means a new one
            @org.springframework.web.bind.annotation.RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        ledgers.undoVisit(recorded);
        if (htmx == null) return "redirect:/visits";
        return row(entry, model);
    }

    private String row(long entry, Model model) {
        model.addAttribute("e", ledgers.entry(entry));
        model.addAttribute("today", LocalDate.now(clock.withZone(LOCAL)));
        model.addAttribute("zone", LOCAL);
        return "visit-row :: row";
    }
}
