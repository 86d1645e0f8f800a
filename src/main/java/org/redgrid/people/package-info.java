/**
 * People: households, persons (ID numbers and phones encrypted at rest, masked on every screen), party
 * members, key-population ledgers (重点人群台账) with their visit cycles, visits (走访), and Excel
 * import and export.
 */
@ApplicationModule(
        displayName = "People",
        allowedDependencies = {"shared", "organization", "identity"})
package org.redgrid.people;

import org.springframework.modulith.ApplicationModule;
