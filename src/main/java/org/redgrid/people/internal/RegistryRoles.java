package org.redgrid.people.internal;

import org.redgrid.shared.Actor;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.Forbidden;

/** Who works the people registry: the roles that manage the registry, inside their scope. */
public final class RegistryRoles {

    private RegistryRoles() {}

    public static Actor reader() {
        Actor actor = CurrentActor.require();
        if (!actor.managesRegistry()) {
            throw new Forbidden("当前角色不能查看人口信息", "your role may not read the people registry");
        }
        return actor;
    }

    public static Actor writer() {
        return reader();
    }
}
