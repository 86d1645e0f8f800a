package org.redgrid.casework;

/**
 * 议定事项: the task a passed resolution gives a community. {@code resolution} is the resolution's
 * reference in the deliberation module (one task per resolution); {@code gridCode} the grid of the
 * community where the task is carried out; {@code level} the rung that handles it, the community when
 * absent. The task is filed at once, at that level, for its staff to dispatch.
 */
public record ResolutionTask(
        String resolution, String gridCode, String category, String title, String description, DivisionLevel level) {}
