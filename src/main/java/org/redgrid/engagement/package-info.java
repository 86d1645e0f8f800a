/**
 * Engagement: party members and volunteers — who is who (a login linked to its person), 双报到 of
 * members and units, 三进两认岗 posts, 党员包户, teams and activities, the points ledger (积分制), stars and
 * the 双报告 service record for employers. Service done through the case engine counts from its events.
 */
@ApplicationModule(
        displayName = "Engagement",
        allowedDependencies = {"shared", "organization", "people", "identity", "casework", "scoring", "training"})
package org.redgrid.engagement;

import org.springframework.modulith.ApplicationModule;
