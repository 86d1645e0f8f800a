/**
 * Training (党员教育): party schools and teaching points, the county-wide teacher pool (师资库), course
 * orders (点单 / 接单), courses in person or online, enrolment and attendance, published as
 * {@link org.redgrid.training.CourseAttended} for modules that award points or score schools.
 */
@ApplicationModule(
        displayName = "Training",
        allowedDependencies = {"shared", "organization", "people"})
package org.redgrid.training;

import org.springframework.modulith.ApplicationModule;
