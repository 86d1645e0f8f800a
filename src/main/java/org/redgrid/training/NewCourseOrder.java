package org.redgrid.training;

/** 点单: a member or branch asks for a topic, for the place (division or grid) it is ordered for. */
public record NewCourseOrder(String topic, String note, Long partyOrgId, String scopeCode) {}
