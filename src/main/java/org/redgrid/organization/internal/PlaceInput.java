package org.redgrid.organization.internal;

import org.redgrid.shared.Actor;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.GeoPoint;

/** Checks shared by every registry write: who may write, a point. */
public final class PlaceInput {

    private PlaceInput() {}

    public static Actor requireRegistryWriter() {
        Actor actor = CurrentActor.orSystem();
        if (!actor.managesRegistry()) {
            throw new Forbidden("当前角色不能维护基础信息", "your role may not change the registry");
        }
        return actor;
    }

    public static void checkPoint(String latField, String lngField, Double lat, Double lng) {
        GeoPoint.check(latField, lngField, lat, lng);
    }
}
