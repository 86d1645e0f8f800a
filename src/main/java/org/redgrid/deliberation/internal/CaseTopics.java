package org.redgrid.deliberation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redgrid.casework.CaseQuery;
import org.redgrid.casework.CaseType;
import org.redgrid.casework.CaseView;
import org.redgrid.casework.Casework;
import org.redgrid.deliberation.Participation;
import org.redgrid.deliberation.Topics;
import org.redgrid.shared.Actor;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.Paging;
import org.springframework.stereotype.Component;

/**
 * Staff raise a topic from open cases of the community they see: the platform points out where one
 * category keeps coming from one grid (at least {@link #REPEATED} open reports), and a topic raised
 * from cases lists their numbers.
 */
@Component
public class CaseTopics {

    /** Open reports of one category from one grid that make a recurring problem worth a meeting. */
    public static final int REPEATED = 2;

    private static final int LOOK_AT = 500;

    private final Casework casework;

    CaseTopics(Casework casework) {
        this.casework = casework;
    }

    /** Recurring problems of the community: open reports (not 议定事项) grouped by grid and category, most first. */
    public List<Topics.Suggestion> suggestions(Actor actor, String community) {
        if (!Participation.mayOrganise(actor, community)) {
            throw new Forbidden("只有社区或街道工作人员可以从诉求中提出议题", "only community or street staff raise a topic from cases");
        }
        Map<String, List<CaseView>> byGridAndCategory = new LinkedHashMap<>();
        for (CaseView view : casework.list(new CaseQuery(null, null, null, community, null), new Paging(0, LOOK_AT))
                .items()) {
            if (!view.status().isOpen() || view.type() == CaseType.RESOLUTION_TASK) continue;
            byGridAndCategory
                    .computeIfAbsent(view.gridCode() + " " + view.category(), key -> new ArrayList<>())
                    .add(view);
        }
        return byGridAndCategory.values().stream()
                .filter(views -> views.size() >= REPEATED)
                .sorted(Comparator.comparingInt((List<CaseView> views) -> views.size())
                        .reversed())
                .map(views -> new Topics.Suggestion(
                        views.get(0).gridCode(),
                        views.get(0).category(),
                        views.get(0).categoryName(),
                        views.stream().map(CaseView::id).toList()))
                .toList();
    }

    /** The numbers of the cases a topic is raised from, each one the actor sees in the community. */
    public String numbers(Actor actor, String community, List<Long> caseIds) {
        if (!Participation.mayOrganise(actor, community)) {
            throw new Forbidden("只有社区或街道工作人员可以从诉求中提出议题", "only community or street staff raise a topic from cases");
        }
        if (caseIds.isEmpty() || caseIds.size() > 20) {
            throw new InvalidValue("caseIds", "size", "须列出 1–20 件诉求", "list 1 to 20 cases");
        }
        List<String> numbers = new ArrayList<>();
        for (Long id : caseIds) {
            CaseView view;
            try {
                view = casework.get(id == null ? -1 : id);
            } catch (NotFound hidden) {
                throw new InvalidValue("caseIds", "case.unknown", "找不到诉求 " + id, "no such case " + id);
            }
            if (!view.gridCode().startsWith(community)) {
                throw new InvalidValue("caseIds", "case.community", "诉求不属于该社区", "the case lies outside the community");
            }
            numbers.add(view.number());
        }
        return String.join(",", numbers);
    }
}
