package org.redgrid.representation;

import java.time.Instant;

/**
 * A fixed reception (定时定点接待) of one representative at a station and, once logged, how many came,
 * what they raised and what followed.
 */
public record Reception(
        long id,
        long stationId,
        String stationName,
        long representativeId,
        String representativeName,
        Instant startsAt,
        Instant endsAt,
        Integer visitors,
        String raised,
        String followed,
        Instant loggedAt) {}
