package org.redgrid.portal.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redgrid.casework.CaseView;
import org.redgrid.casework.Casework;
import org.redgrid.casework.WhistleTarget;
import org.redgrid.casework.WorkList;
import org.redgrid.shared.Actor;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.PageResult;
import org.redgrid.shared.Paging;
import org.redgrid.shared.Role;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** 待办: the work lists of each role, with a search box and pages, kept live by server-sent events. */
@Controller
class WorkPages {

    static final int PAGE_SIZE = 20;

    private final Casework casework;
    private final LiveInbox live;

    WorkPages(Casework casework, LiveInbox live) {
        this.casework = casework;
        this.live = live;
    }

    /** The lists a role works from, its main one first. */
    static List<WorkList> listsOf(Actor actor) {
        Set<WorkList> lists = new LinkedHashSet<>();
        if (actor.has(Role.GRID_WORKER) || actor.has(Role.GRID_LEADER)) {
            lists.addAll(List.of(WorkList.ASSIGNED, WorkList.INBOX, WorkList.BOARD, WorkList.OVERDUE));
        }
        if (actor.has(Role.COMMUNITY_STAFF)) {
            lists.addAll(List.of(WorkList.INBOX, WorkList.ESCALATED, WorkList.OVERDUE, WorkList.BOARD));
        }
        if (actor.has(Role.STREET_STAFF) || actor.administers()) {
            lists.addAll(List.of(WorkList.ESCALATED, WorkList.OVERDUE, WorkList.WHISTLED));
        }
        if (actor.has(Role.DEPARTMENT)) lists.addAll(List.of(WorkList.WHISTLED, WorkList.ASSIGNED));
        if (actor.has(Role.PARTY_MEMBER) || actor.has(Role.BUILDING_HEAD)) lists.add(WorkList.BOARD);
        lists.add(WorkList.REPORTED_BY_ME);
        return new ArrayList<>(lists);
    }

    @GetMapping("/tasks")
    String work(
            @RequestParam(required = false) WorkList list,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Actor actor = CurrentActor.require();
        List<WorkList> lists = listsOf(actor);
        WorkList chosen = list != null && lists.contains(list) ? list : lists.get(0);
        model.addAttribute("lists", lists);
        fill(model, chosen, q, page);
        return "work";
    }

    /** The list alone, for the live reload of an open page. */
    @GetMapping("/tasks/list")
    String list(
            @RequestParam WorkList list,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        fill(model, list, q, page);
        return "work :: list";
    }

    /** The home page's summary of the user's work: how many cases wait in each of their lists. */
    @GetMapping("/tasks/summary")
    String summary(Model model) {
        Map<WorkList, Long> counts = new java.util.LinkedHashMap<>();
        for (WorkList list : listsOf(CurrentActor.require())) {
            counts.put(list, casework.work(list, null, new Paging(0, 1)).total());
        }
        model.addAttribute("counts", counts);
        return "home :: summary";
    }

    @GetMapping(path = "/tasks/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events() {
        return live.open(CurrentActor.require());
    }

    @GetMapping("/whistles")
    String whistles(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("lists", List.of(WorkList.WHISTLED));
        fill(model, WorkList.WHISTLED, q, page);
        return "work";
    }

    @GetMapping("/mine")
    String mine(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("lists", List.of(WorkList.REPORTED_BY_ME));
        fill(model, WorkList.REPORTED_BY_ME, q, page);
        return "work";
    }

    private void fill(Model model, WorkList list, String q, int page) {
        model.addAttribute("list", list);
        model.addAttribute("q", q == null ? "" : q);
        PageResult<CaseView> cases;
        try {
            cases = casework.work(list, q, new Paging(Math.max(page, 0), PAGE_SIZE));
        } catch (InvalidValue e) {
            model.addAttribute("searchError", e);
            cases = casework.work(list, null, new Paging(0, PAGE_SIZE));
        }
        model.addAttribute("cases", cases);
        Map<Long, List<WhistleTarget>> targets = new HashMap<>();
        if (list == WorkList.WHISTLED) {
            for (CaseView view : cases.items()) targets.put(view.id(), casework.whistleTargets(view.id()));
        }
        model.addAttribute("targets", targets);
    }
}
