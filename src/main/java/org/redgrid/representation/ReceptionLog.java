package org.redgrid.representation;

/** What a reception brought: who came (how many), what was raised and what followed. */
public record ReceptionLog(Integer visitors, String raised, String followed) {}
