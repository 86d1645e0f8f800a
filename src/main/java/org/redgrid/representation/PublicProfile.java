package org.redgrid.representation;

import java.time.Instant;
import java.util.List;

/**
 * What a resident sees after scanning a representative's code: who they are, where and when they
 * receive people, the station's plan for the year and the answers the representative made public.
 */
public record PublicProfile(
        long id,
        String name,
        RepresentativeKind kind,
        String team,
        String intro,
        Station station,
        List<Reception> nextReceptions,
        List<PlanItem> plan,
        List<PublicAnswer> answers) {

    /** A message and its answer, both made public by the representative. */
    public record PublicAnswer(String question, String answer, Instant answeredAt) {}
}
