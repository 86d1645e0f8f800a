/**
 * Identity: users with roles and data scopes, form login and bearer tokens, lock-out after repeated
 * failures, and the append-only, hash-chained audit log every module writes to.
 */
@ApplicationModule(
        displayName = "Identity",
        allowedDependencies = {"shared", "organization"})
package org.redgrid.identity;

import org.springframework.modulith.ApplicationModule;
