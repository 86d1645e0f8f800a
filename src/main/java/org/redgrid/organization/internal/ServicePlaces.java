package org.redgrid.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.redgrid.organization.NearbyPlace;
import org.redgrid.organization.NewServicePlace;
import org.redgrid.organization.OpeningHours;
import org.redgrid.organization.Places;
import org.redgrid.organization.ServicePlaceKind;
import org.redgrid.organization.ServicePlaceView;
import org.redgrid.organization.WalkingDistance;
import org.redgrid.shared.Actor;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.ScopedSql;
import org.redgrid.shared.Text;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Service places (党群服务中心, 网格驿站 …) in SQL, read inside a scope by the place each serves. */
@Component
public class ServicePlaces {

    /** How many of the nearest places by a flat estimate are measured exactly before the final order. */
    private static final int CANDIDATE_FACTOR = 4;

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

    public Optional<ServicePlaceView> find(DataScope scope, long id) {
        return ScopedSql.bind(
                        jdbc.sql("select * from service_place where id = :id and " + ScopedSql.within("scope_code")),
                        scope)
                .param("id", id)
                .query(ServicePlaces::map)
                .optional();
    }

    /**
     * The places nearest a point, nearest first by walking distance. Service places are public
     * facilities, so every place with a position is a candidate whoever asks.
     */
    public List<NearbyPlace> nearest(double lat, double lng, int limit, LocalDateTime localNow) {
        return jdbc
                .sql("""
                        select * from service_place where lat is not null and lng is not null
                         order by power(lat - :lat, 2) + power((lng - :lng) * cos(radians(:lat)), 2), id
                         limit :candidates""")
                .param("lat", lat)
                .param("lng", lng)
                .param("candidates", limit * CANDIDATE_FACTOR)
                .query(ServicePlaces::map)
                .list()
                .stream()
                .map(place -> nearby(place, WalkingDistance.between(lat, lng, place.lat(), place.lng()), localNow))
                .sorted(Comparator.comparingLong(NearbyPlace::distanceMetres).thenComparingLong(NearbyPlace::id))
                .limit(limit)
                .toList();
    }

    /** Checks the command, inside the writer's scope, and inserts the place. */
    public ServicePlaceView create(Actor actor, NewServicePlace command) {
        String scopeCode = check(actor, command);
        long id = jdbc.sql("""
                        insert into service_place (kind, name, address, scope_code, lat, lng, opening_hours, services, contact)
                        values (:kind, :name, :address, :scope, :lat, :lng, :hours, :services, :contact) returning id""")
                .paramSource(params(command, scopeCode))
                .query(Long.class)
                .single();
        return find(actor.scope(), id).orElseThrow();
    }

    /** Checks the command and replaces the place's fields; the place was found inside the scope. */
    public ServicePlaceView update(Actor actor, long id, NewServicePlace command) {
        String scopeCode = check(actor, command);
        jdbc.sql("""
                        update service_place set kind = :kind, name = :name, address = :address, scope_code = :scope,
                               lat = :lat, lng = :lng, opening_hours = :hours, services = :services, contact = :contact
                         where id = :id""").paramSource(params(command, scopeCode).addValue("id", id)).update();
        return find(actor.scope(), id).orElseThrow();
    }

    private String check(Actor actor, NewServicePlace command) {
        if (command.kind() == null) throw new InvalidValue("kind", "required", "场所类型不能为空", "kind is required");
        Text.required("name", command.name(), 150);
        Text.optional("address", command.address(), 200);
        Text.optional("services", command.services(), 500);
        Text.optional("contact", command.contact(), 50);
        if (command.openingHours() != null && !command.openingHours().isBlank()) {
            Text.optional("openingHours", command.openingHours(), 200);
            OpeningHours.parse("openingHours", command.openingHours());
        }
        String scopeCode = places.placeWithin("scopeCode", command.scopeCode(), actor.scope());
        PlaceInput.checkPoint("lat", "lng", command.lat(), command.lng());
        return scopeCode;
    }

    private static MapSqlParameterSource params(NewServicePlace command, String scopeCode) {
        return new MapSqlParameterSource()
                .addValue("kind", command.kind().name())
                .addValue("name", command.name().trim())
                .addValue("address", blankToNull(command.address()), Types.VARCHAR)
                .addValue("scope", scopeCode)
                .addValue("lat", command.lat(), Types.DOUBLE)
                .addValue("lng", command.lng(), Types.DOUBLE)
                .addValue("hours", blankToNull(command.openingHours()), Types.VARCHAR)
                .addValue("services", blankToNull(command.services()), Types.VARCHAR)
                .addValue("contact", blankToNull(command.contact()), Types.VARCHAR);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static NearbyPlace nearby(ServicePlaceView place, WalkingDistance distance, LocalDateTime localNow) {
        boolean open = place.openingHours() != null
                && OpeningHours.parse("openingHours", place.openingHours()).openAt(localNow);
        return new NearbyPlace(
                place.id(),
                place.name(),
                place.kind(),
                place.kind().nameZh(),
                distance.metres(),
                distance.minutes(),
                open,
                place.openingHours(),
                place.address(),
                place.services(),
                place.contact(),
                place.lat(),
                place.lng());
    }

    private static ServicePlaceView map(ResultSet rs, int row) throws SQLException {
        return new ServicePlaceView(
                rs.getLong("id"),
                ServicePlaceKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getString("address"),
                rs.getString("scope_code"),
                (Double) rs.getObject("lat"),
                (Double) rs.getObject("lng"),
                rs.getString("opening_hours"),
                rs.getString("services"),
                rs.getString("contact"));
    }
}
