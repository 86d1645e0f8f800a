package org.redgrid.engagement;

import java.util.List;

/** A service team of a community with its leader and members (person ids of linked members). */
public record NewTeam(
        String name,
        TeamKind kind,
        String community,
        String duties,
        Long leader,
        List<Long> members,
        Integer monthlyMinimum) {}
