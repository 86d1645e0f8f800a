package org.redgrid.engagement;

/** One group in a ranking: its points and service hours over the period and how many members earned them. */
public record RankingRow(int rank, String key, String name, long members, long points, double hours) {}
