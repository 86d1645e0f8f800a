package org.redgrid.identity.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.redgrid.identity.UserView;
import org.redgrid.shared.Actor;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.Role;

/** A stored user with its lock-out state. */
public record UserAccount(
        long id,
        String username,
        String displayName,
        String passwordHash,
        Set<Role> roles,
        String scopeCode,
        String partnerUnit,
        boolean enabled,
        int failedAttempts,
        Instant lockedUntil,
        Instant lastLoginAt) {

    public static Set<Role> roles(String[] names) {
        return Arrays.stream(names)
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public Actor actor() {
        return new Actor(username, displayName, roles, DataScope.of(scopeCode), partnerUnit);
    }

    public UserView view(Instant now) {
        return new UserView(
                id, username, displayName, roles, scopeCode, partnerUnit, enabled, lockedAt(now), lastLoginAt);
    }
}
