package org.redgrid.shared;

import java.util.Set;

/**
 * The person acting in a request: who they are, what roles they hold and which subtree of the
 * hierarchy they may see. Every query that returns regional data takes the actor's {@link #scope()}.
 */
public record Actor(String username, String displayName, Set<Role> roles, DataScope scope, String partnerUnit)
        implements java.io.Serializable {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean managesRegistry() {
        return roles.stream().anyMatch(Role::managesRegistry);
    }

    public boolean administers() {
        return roles.stream().anyMatch(Role::administers);
    }

    /** The actor used for work the platform does by itself (start-up loads, sweeps). */
    public static Actor system() {
        return new Actor("system", "系统", Set.of(Role.REGION_ADMIN), DataScope.of("15"), null);
    }
}
