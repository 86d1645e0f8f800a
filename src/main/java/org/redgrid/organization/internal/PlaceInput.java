package org.redgrid.organization.internal;

import org.redgrid.shared.Actor;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;

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
        if ((lat == null) != (lng == null)) {
            throw new InvalidValue(latField, "point.pair", "经纬度须同时提供", "latitude and longitude go together");
        }
        if (lat != null && (lat < -90 || lat > 90)) {
            throw new InvalidValue(latField, "range", "纬度须在 -90 到 90 之间", "latitude must be between -90 and 90");
        }
        if (lng != null && (lng < -180 || lng > 180)) {
            throw new InvalidValue(lngField, "range", "经度须在 -180 到 180 之间", "longitude must be between -180 and 180");
        }
    }
}
