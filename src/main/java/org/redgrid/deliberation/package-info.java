/**
 * Deliberation (协商议事): topics residents raise, meetings that discuss and vote on them, passed
 * resolutions turned into tracked 议定事项 in the case engine, and the residents' rating afterwards
 * (定主题 → 现场议 → 分级办 → 事后评).
 */
@ApplicationModule(
        displayName = "Deliberation",
        allowedDependencies = {"shared", "identity", "organization", "people", "casework", "notification", "scoring"})
package org.redgrid.deliberation;

import org.springframework.modulith.ApplicationModule;
