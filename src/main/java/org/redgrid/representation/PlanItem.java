package org.redgrid.representation;

/** One line of a station's annual activity plan (年度活动计划). */
public record PlanItem(long id, long stationId, int year, int month, String title) {}
