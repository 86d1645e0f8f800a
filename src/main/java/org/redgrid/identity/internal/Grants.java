package org.redgrid.identity.internal;

import java.util.Set;
import org.redgrid.organization.Places;
import org.redgrid.shared.Actor;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.Role;
import org.springframework.stereotype.Component;

/** Asks the {@link GrantRule} and the places that exist before a user is created or changed. */
@Component
public class Grants {

    private final UserAccounts users;
    private final Places places;

    Grants(UserAccounts users, Places places) {
        this.users = users;
        this.places = places;
    }

    /** A user inside the administrator's scope (else 404) whom the administrator may manage (else 403). */
    public UserAccount managed(Actor actor, String username) {
        UserAccount user = users.byUsername(username == null ? "" : username)
                .filter(found -> actor.scope().contains(found.scopeCode()))
                .orElseThrow(() -> new NotFound("user", username));
        if (!GrantRule.of(actor).mayManage(user.roles())) {
            throw new Forbidden("不能管理角色高于本人的用户", "you cannot manage a user whose role is above your own");
        }
        return user;
    }

    /**
     * The scope the actor grants with {@code roles}, after the rule (403) and the places that exist
     * (400): the scope must be a real division or grid and the partner unit, when one is named, a real
     * unit serving a real place inside the actor's scope.
     */
    public DataScope granted(Actor actor, Set<Role> roles, String rawScope, String partnerUnit) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidValue("roles", "required", "至少需要一个角色", "at least one role is required");
        }
        GrantRule rule = GrantRule.of(actor);
        DataScope scope = places.bindable("scope", rawScope, actor.scope());
        rule.check(roles, scope);
        if (partnerUnit != null
                && places.partnerUnitArea(partnerUnit)
                        .filter(rule::mayBindTo)
                        .filter(places::exists)
                        .isEmpty()) {
            throw new InvalidValue(
                    "partnerUnit",
                    "partner-unit.serves",
                    "共建单位不存在或不在本级管辖范围内服务",
                    "partner unit does not exist or does not serve inside your scope");
        }
        return scope;
    }
}
