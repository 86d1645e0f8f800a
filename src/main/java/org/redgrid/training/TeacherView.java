package org.redgrid.training;

import java.util.List;

/** A teacher of the pool (师资库), shared across the county whose code the pool carries. */
public record TeacherView(
        long id,
        String name,
        TeacherLevel level,
        String title,
        List<String> topics,
        boolean available,
        String scopeCode) {}
