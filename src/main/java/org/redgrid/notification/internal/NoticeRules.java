package org.redgrid.notification.internal;

import java.util.Optional;
import org.redgrid.shared.Actor;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.Role;

/**
 * Who sends notices and binds group robots (staff who work the registry, inside their scope), and who
 * sees who has read a notice: its sender, staff over its scope, and the building heads it reached, who
 * relay it (楼栋长上传下达).
 */
public final class NoticeRules {

    private NoticeRules() {}

    public static boolean maySend(Actor actor, String scope) {
        return actor.managesRegistry() && actor.scope().contains(scope);
    }

    /**
     * The area whose every notice the actor sees: staff who send notices see those of their scope;
     * everyone else (residents, party members, representatives, departments) sees only the notices
     * that reached them, whatever their scope says (a resident not yet linked to a person holds the
     * whole region as scope, and must not read every grid's notices through it).
     */
    public static Optional<DataScope> areaSeenBy(Actor actor) {
        return actor.managesRegistry() ? Optional.of(actor.scope()) : Optional.empty();
    }

    public static boolean mayBindRobot(Actor actor, String scope) {
        return maySend(actor, scope);
    }

    public static boolean maySeeReads(Actor actor, String scope, String sender, boolean buildingHeadRecipient) {
        return actor.username().equals(sender) || maySend(actor, scope) || buildingHeadRecipient;
    }

    public static boolean mayRelay(Actor actor, boolean buildingHeadRecipient) {
        return actor.has(Role.BUILDING_HEAD) && buildingHeadRecipient;
    }
}
