package org.redgrid.identity;

import java.time.Instant;
import java.util.Set;
import org.redgrid.shared.Role;

/** A user as other modules and the API see it: never the password hash. */
public record UserView(
        long id,
        String username,
        String displayName,
        Set<Role> roles,
        String scope,
        String partnerUnit,
        boolean enabled,
        boolean locked,
        Instant lastLoginAt) {}
