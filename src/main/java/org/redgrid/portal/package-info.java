/**
 * Portal: the one screen (一个界面) — login, home and work lists per role, case pages, reporting, the
 * board, whistles, visits, dashboards, administration, QR codes and the registry. Pages only; every
 * rule lives in the modules it calls.
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
            "representation"
        })
package org.redgrid.portal;

import org.springframework.modulith.ApplicationModule;
