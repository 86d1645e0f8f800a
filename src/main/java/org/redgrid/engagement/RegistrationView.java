package org.redgrid.engagement;

import java.time.Instant;
import java.util.List;

/** A 双报到 registration; {@code decidable} when the viewer's community may approve it now. */
public record RegistrationView(
        long id,
        String kind,
        Long partyMember,
        String name,
        String unit,
        String community,
        String grid,
        String serviceCentre,
        String residentsGroup,
        RegistrationStatus status,
        List<PostView> posts,
        String requestedBy,
        Instant requestedAt,
        String decidedBy,
        Instant decidedAt,
        boolean decidable) {}
