package org.redgrid.training.internal;

import org.redgrid.shared.Actor;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.Role;

/**
 * Who may do what in training: streets, counties and above run schools (registry, teacher pool,
 * courses, taking orders); every registry role enrols its members and records their attendance; party
 * members and registry roles order topics.
 */
public final class TrainingRoles {

    private TrainingRoles() {}

    public static boolean runsSchools(Actor actor) {
        return actor.has(Role.STREET_STAFF)
                || actor.has(Role.COUNTY_ADMIN)
                || actor.has(Role.CITY_ADMIN)
                || actor.has(Role.REGION_ADMIN);
    }

    public static Actor schoolStaff() {
        Actor actor = CurrentActor.require();
        if (!runsSchools(actor)) {
            throw new Forbidden("当前角色不能管理党校与课程", "your role may not run schools and courses");
        }
        return actor;
    }

    public static Actor memberWorker() {
        Actor actor = CurrentActor.require();
        if (!actor.managesRegistry()) {
            throw new Forbidden("当前角色不能为党员报名或签到", "your role may not enrol members or record attendance");
        }
        return actor;
    }

    public static Actor orderer() {
        Actor actor = CurrentActor.require();
        if (!actor.managesRegistry() && !actor.has(Role.PARTY_MEMBER)) {
            throw new Forbidden("当前角色不能提交培训需求", "your role may not order a course");
        }
        return actor;
    }
}
