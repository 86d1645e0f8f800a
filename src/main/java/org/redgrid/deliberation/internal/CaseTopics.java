package org.redgrid.deliberation.internal;

import java.util.ArrayList;
import java.util.List;
import org.redgrid.casework.CaseView;
import org.redgrid.casework.Casework;
import org.redgrid.deliberation.Participation;
import org.redgrid.shared.Actor;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.springframework.stereotype.Component;

/** Staff raise a topic from open cases of the community they see (e.g. one category keeps coming). */
@Component
public class CaseTopics {

    private final Casework casework;

    CaseTopics(Casework casework) {
        this.casework = casework;
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
