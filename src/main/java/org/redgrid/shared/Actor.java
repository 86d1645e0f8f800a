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

    /** The name the platform acts under by itself (start-up loads, sweeps, follow-up events). */
    public static final String SYSTEM = "system";

    /** The prefix of the names an Open311 API key files under (followed by the key's id). */
    public static final String OPEN311_KEY_PREFIX = "open311-key-";

    /** The actor used for work the platform does by itself (start-up loads, sweeps). */
    public static Actor system() {
        return new Actor(SYSTEM, "系统", Set.of(Role.REGION_ADMIN), DataScope.of("15"), null);
    }

    /**
     * Whether a name belongs to the platform itself or to one of its channels, so that no person's
     * account may take it: a user called {@code system} would sign the sweep's events, one called
     * {@code open311-key-3} would read key 3's reports as their own.
     */
    public static boolean isReservedName(String username) {
        return username.equals(SYSTEM) || username.startsWith(OPEN311_KEY_PREFIX);
    }
}
