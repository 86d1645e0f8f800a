package org.redgrid.scoring;

import java.math.BigDecimal;

/**
 * The points given to one item at one stage, with the evidence behind them (files, links to cases,
 * activities, meetings) and, at the final stage, the reason the assessor settled on them.
 */
public record ItemScore(BigDecimal points, String evidence, String reason) {}
