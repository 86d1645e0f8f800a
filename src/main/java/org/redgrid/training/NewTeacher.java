package org.redgrid.training;

import java.util.List;

/** Adds a teacher to the pool of a county (or a wider area) with the topics they teach. */
public record NewTeacher(
        String name, TeacherLevel level, String title, List<String> topics, Boolean available, String scopeCode) {}
