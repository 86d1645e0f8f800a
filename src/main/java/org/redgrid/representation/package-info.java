/**
 * Representation (代表履职): homes and stations of people's-congress and party representatives (代表之家,
 * 联络站) with their annual plan and reception times, each representative's code (码上找代表) and inbox of
 * residents' messages answered within a limit and forwarded as cases, reception logs, and review
 * mailboxes on departments and projects.
 */
@ApplicationModule(
        displayName = "Representation",
        allowedDependencies = {"shared", "identity", "casework", "notification"})
package org.redgrid.representation;

import org.springframework.modulith.ApplicationModule;
