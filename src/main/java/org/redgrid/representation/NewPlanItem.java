package org.redgrid.representation;

/** A line to add to a station's annual plan. */
public record NewPlanItem(Integer year, Integer month, String title) {}
