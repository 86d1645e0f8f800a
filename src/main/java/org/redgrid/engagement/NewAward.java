package org.redgrid.engagement;

/** A learning session, manual award or deduction entered by staff, who approve it by entering it. */
public record NewAward(Long member, PointRule rule, String source, Integer points, String note) {}
