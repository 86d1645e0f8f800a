package org.redgrid.identity.internal;

import java.util.Set;
import org.redgrid.shared.Actor;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.Role;

/**
 * 授权规则: what an administrator may give another user. Only administrators grant; nobody grants a
 * role ranked above their own (county &lt; city &lt; region administrator, every other role below them)
 * nor a data scope, or a partner unit's area, outside their own scope; and nobody manages a user who
 * holds a role they could not grant; and an administrator's scope is a place of its own level (a
 * region administrator bound to a county would still change region-wide settings). Creating a user,
 * changing a user's access and the administration page all ask this one rule.
 */
public record GrantRule(Set<Role> granterRoles, DataScope granterScope) {

    public GrantRule {
        granterRoles = Set.copyOf(granterRoles);
    }

    public static GrantRule of(Actor actor) {
        return new GrantRule(actor.roles(), actor.scope());
    }

    /** The rank that bounds what a role may grant: 0 for every role that administers nothing. */
    static int rank(Role role) {
        return switch (role) {
            case COUNTY_ADMIN -> 1;
            case CITY_ADMIN -> 2;
            case REGION_ADMIN -> 3;
            default -> 0;
        };
    }

    /** The length of the one scope an administrator role is bound to; 0 for roles bound to any place. */
    static int scopeLength(Role role) {
        return switch (role) {
            case COUNTY_ADMIN -> 6;
            case CITY_ADMIN -> 4;
            case REGION_ADMIN -> 2;
            default -> 0;
        };
    }

    private int rank() {
        return granterRoles.stream().mapToInt(GrantRule::rank).max().orElse(0);
    }

    public boolean mayGrant(Role role) {
        return rank() > 0 && rank(role) <= rank();
    }

    /** Whether the user holding {@code roles} is one the granter may change, disable or unlock. */
    public boolean mayManage(Set<Role> roles) {
        return rank() > 0 && roles.stream().allMatch(this::mayGrant);
    }

    /** Whether a data scope, or the area a partner unit serves, lies inside the granter's own scope. */
    public boolean mayBindTo(String code) {
        return rank() > 0 && granterScope.contains(code);
    }

    /** Refuses (403) roles above the granter's rank and a scope outside the granter's own. */
    public void check(Set<Role> roles, DataScope scope) {
        if (!roles.stream().allMatch(this::mayGrant)) {
            throw new Forbidden("不能授予高于本人的角色", "you cannot grant a role above your own");
        }
        if (!mayBindTo(scope.prefix())) {
            throw new Forbidden("不能授予超出本级管辖范围的数据范围", "you cannot grant a scope outside your own");
        }
        for (Role role : roles) {
            int length = scopeLength(role);
            if (length > 0 && scope.prefix().length() != length) {
                throw new InvalidValue(
                        "scope",
                        "scope.role-level",
                        role.nameZh() + "的数据范围须为 " + length + " 位区划代码",
                        role + " must be bound to a division code of " + length + " digits");
            }
        }
    }
}
