/**
 * Portal: the one screen (一个界面) — login, a home page per role showing its scope, the registry
 * browser and the import page. Pages only; every rule lives in the modules it calls.
 */
@ApplicationModule(
        displayName = "Portal",
        allowedDependencies = {"shared", "identity", "organization", "people", "casework", "notification"})
package org.redgrid.portal;

import org.springframework.modulith.ApplicationModule;
