/**
 * Scoring (考评): one engine for every assessment — versioned schemes of items, bonuses, deductions,
 * weighted components and level thresholds; rounds walked through self, peer and final assessment;
 * measured facts read from the modules that hold them; ranked, flagged and published results.
 */
@ApplicationModule(
        displayName = "Scoring",
        allowedDependencies = {"shared", "identity", "casework", "notification"})
package org.redgrid.scoring;

import org.springframework.modulith.ApplicationModule;
