/**
 * Open311: the GeoReport v2 adapter over casework, so that existing 311 apps, kiosks and hotline
 * systems file and follow cases next to our own API; API keys of those clients, bound to an area.
 */
@ApplicationModule(
        displayName = "Open311",
        allowedDependencies = {"shared", "casework", "organization"})
package org.redgrid.open311;

import org.springframework.modulith.ApplicationModule;
