/**
 * Portal: the one screen (一个界面) — login, home and work lists per role, case pages, reporting, the
 * board, whistles, visits, dashboards, administration, QR codes, the registry and personnel archives.
 * Pages only; every rule lives in the modules it calls.
 */
@ApplicationModule(
        displayName = "Portal",
        allowedDependencies = {
            "shared",
            "identity",
            "organization",
            "people",
            "casework",
            "notification",
            "scoring",
            "engagement",
            "training",
            "archives",
            "deliberation",
            "representation"
        })
package org.redgrid.portal;

import org.springframework.modulith.ApplicationModule;
