package org.redgrid.engagement;

/** 谁是谁: links a login to its person; an in-service member names the employer by credit code. */
public record NewLink(String username, Long person, String employer) {}
