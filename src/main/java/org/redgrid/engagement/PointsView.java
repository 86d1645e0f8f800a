package org.redgrid.engagement;

import java.util.List;

/** A member's points: the total under the county's reset policy, the stars it earns, and every entry. */
public record PointsView(long member, int total, int stars, List<PointEntryView> entries) {}
