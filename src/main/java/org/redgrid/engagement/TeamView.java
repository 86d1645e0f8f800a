package org.redgrid.engagement;

import java.util.List;

/** A team as published to residents of its area: members by name with their phones masked. */
public record TeamView(
        long id,
        String name,
        TeamKind kind,
        String community,
        String duties,
        int monthlyMinimum,
        List<TeamMemberView> members) {

    /** One member of a team on the public roster. */
    public record TeamMemberView(long person, String name, String phoneMasked, boolean leader) {}
}
