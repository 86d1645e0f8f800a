package org.redgrid.scoring;

import java.time.Instant;
import java.time.LocalDate;

/** 约谈: the follow-up talk held with a unit flagged in the bottom share, as recorded. */
public record Talk(
        long id, long round, String unit, LocalDate heldOn, String note, String recordedBy, Instant recordedAt) {}
