package org.redgrid.archives;

import java.time.Instant;

/** One line of a file's access history: who did what, from which unit, to which material and page. */
public record AccessEntry(
        Instant at, String actor, String unit, String action, Long material, Integer page, String detail) {}
