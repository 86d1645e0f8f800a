package org.redgrid.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.redgrid.organization.NewServicePlace;
import org.redgrid.organization.Places;
import org.redgrid.organization.ServicePlaceKind;
import org.redgrid.organization.ServicePlaceView;
import org.redgrid.shared.Actor;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.ScopedSql;
import org.redgrid.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Service places (党群服务中心, 网格驿站 …) in SQL, read inside a scope by the place each serves. */
@Component
public class ServicePlaces {

    private final JdbcClient jdbc;
    private final Places places;

    ServicePlaces(JdbcClient jdbc, Places places) {
        this.jdbc = jdbc;
        this.places = places;
    }

    public List<ServicePlaceView> list(DataScope scope, String within) {
        return ScopedSql.bind(
                        jdbc.sql("select * from service_place where " + ScopedSql.within("scope_code")
                                + " and scope_code like :within order by scope_code, kind, name"),
                        scope)
                .param("within", (within == null ? "" : within.trim()) + "%")
                .query(ServicePlaces::map)
                .list();
    }

    /** Checks the command, inside the writer's scope, and inserts the place. */
    public ServicePlaceView create(Actor actor, NewServicePlace command) {
        if (command.kind() == null) throw new InvalidValue("kind", "required", "场所类型不能为空", "kind is required");
        Text.required("name", command.name(), 150);
        String scopeCode = places.placeWithin("scopeCode", command.scopeCode(), actor.scope());
        PlaceInput.checkPoint("lat", "lng", command.lat(), command.lng());
        long id = jdbc.sql("""
                        insert into service_place (kind, name, address, scope_code, lat, lng)
                        values (:kind, :name, :address, :scope, :lat, :lng) returning id""")
                .param("kind", command.kind().name())
                .param("name", command.name().trim())
                .param("address", command.address())
                .param("scope", scopeCode)
                .param("lat", command.lat())
                .param("lng", command.lng())
                .query(Long.class)
                .single();
        return jdbc.sql("select * from service_place where id = :id")
                .param("id", id)
                .query(ServicePlaces::map)
                .single();
    }

    private static ServicePlaceView map(ResultSet rs, int row) throws SQLException {
        return new ServicePlaceView(
                rs.getLong("id"),
                ServicePlaceKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getString("address"),
                rs.getString("scope_code"),
                (Double) rs.getObject("lat"),
                (Double) rs.getObject("lng"));
    }
}
