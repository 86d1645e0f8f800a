/**
 * Casework: the one case engine for everything residents raise — intake, filing, dispatch, handling,
 * report back, verification, closing and the resident's rating — every step an immutable event.
 */
@ApplicationModule(
        displayName = "Casework",
        allowedDependencies = {"shared", "organization", "identity"})
package org.redgrid.casework;

import org.springframework.modulith.ApplicationModule;
