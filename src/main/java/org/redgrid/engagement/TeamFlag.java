package org.redgrid.engagement;

import java.time.YearMonth;

/** A team that held fewer activities in a month than its minimum, flagged to its community. */
public record TeamFlag(long team, String name, String community, YearMonth month, long held, int minimum) {}
