package org.redgrid.casework;

/** One unit to summon: its 统一社会信用代码, its role, and how long it has to report in (ISO-8601, default PT2H). */
public record WhistleCall(String unit, WhistleRole role, String reportInWithin) {}
