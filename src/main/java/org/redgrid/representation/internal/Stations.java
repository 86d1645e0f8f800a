package org.redgrid.representation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.redgrid.representation.NewRepresentative;
import org.redgrid.representation.PlanItem;
import org.redgrid.representation.Reception;
import org.redgrid.representation.RepresentativeKind;
import org.redgrid.representation.RepresentativeView;
import org.redgrid.representation.Station;
import org.redgrid.representation.StationKind;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Homes and stations, their representatives, annual plans and receptions, read and written in SQL. */
@Component
public class Stations {

    private static final String REPRESENTATIVE = """
            select r.*, s.name as station_name, s.scope_code as station_scope
              from representative r join rep_station s on s.id = r.station_id""";

    private static final String RECEPTION = """
            select x.*, s.name as station_name, r.name as representative_name
              from rep_reception x join rep_station s on s.id = x.station_id
              join representative r on r.id = x.representative_id""";

    /** A representative with the scope of their station, which decides who organises them. */
    public record Rep(RepresentativeView view, String stationScope) {}

    private final JdbcClient jdbc;

    Stations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Station insertStation(StationKind kind, String name, String scope, String address, String by, Instant now) {
        return jdbc.sql("""
                        insert into rep_station (kind, name, scope_code, address, created_by, created_at)
                        values (:kind, :name, :scope, :address, :by, :now) returning *""")
                .param("kind", kind.name())
                .param("name", name)
                .param("scope", scope)
                .param("address", address, Types.VARCHAR)
                .param("by", by)
                .param("now", Timestamp.from(now))
                .query(Stations::station)
                .single();
    }

    public Optional<Station> station(long id) {
        return jdbc.sql("select * from rep_station where id = :id")
                .param("id", id)
                .query(Stations::station)
                .optional();
    }

    public List<Station> stations(DataScope scope) {
        return ScopedSql.bind(
                        jdbc.sql("select * from rep_station where " + ScopedSql.within("scope_code")
                                + " order by kind, id"),
                        scope)
                .query(Stations::station)
                .list();
    }

    public long insertRepresentative(NewRepresentative rep, String name, String grid, Instant now) {
        return jdbc.sql("""
                        insert into representative (station_id, kind, name, username, grid_code, team, intro, created_at)
                        values (:station, :kind, :name, :username, :grid, :team, :intro, :now) returning id""")
                .param("station", rep.stationId())
                .param("kind", rep.kind().name())
                .param("name", name)
                .param("username", rep.username(), Types.VARCHAR)
                .param("grid", grid)
                .param("team", rep.team(), Types.VARCHAR)
                .param("intro", rep.intro(), Types.VARCHAR)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    public boolean usernameTaken(String username) {
        return jdbc.sql("select count(*) from representative where username = :u")
                        .param("u", username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public Optional<Rep> representative(long id) {
        return jdbc.sql(REPRESENTATIVE + " where r.id = :id")
                .param("id", id)
                .query(Stations::rep)
                .optional();
    }

    public Optional<Rep> representativeOf(String username) {
        return jdbc.sql(REPRESENTATIVE + " where r.username = :u")
                .param("u", username)
                .query(Stations::rep)
                .optional();
    }

    public List<RepresentativeView> representatives(DataScope scope) {
        return ScopedSql.bind(
                        jdbc.sql(REPRESENTATIVE + " where " + ScopedSql.within("s.scope_code") + " order by r.id"),
                        scope)
                .query(Stations::rep)
                .list()
                .stream()
                .map(Rep::view)
                .toList();
    }

    public PlanItem insertPlanItem(long station, int year, int month, String title) {
        return jdbc.sql("""
                        insert into rep_plan_item (station_id, year, month, title)
                        values (:station, :year, :month, :title) returning *""")
                .param("station", station)
                .param("year", year)
                .param("month", month)
                .param("title", title)
                .query(Stations::planItem)
                .single();
    }

    public List<PlanItem> plan(long station, int year) {
        return jdbc.sql("select * from rep_plan_item where station_id = :station and year = :year order by month, id")
                .param("station", station)
                .param("year", year)
                .query(Stations::planItem)
                .list();
    }

    public Reception insertReception(long station, long representative, Instant starts, Instant ends) {
        long id = jdbc.sql("""
                        insert into rep_reception (station_id, representative_id, starts_at, ends_at)
                        values (:station, :rep, :starts, :ends) returning id""")
                .param("station", station)
                .param("rep", representative)
                .param("starts", Timestamp.from(starts))
                .param("ends", Timestamp.from(ends))
                .query(Long.class)
                .single();
        return reception(id).orElseThrow();
    }

    public Optional<Reception> reception(long id) {
        return jdbc.sql(RECEPTION + " where x.id = :id")
                .param("id", id)
                .query(Stations::reception)
                .optional();
    }

    /** A station's receptions from {@code from} on, or (when {@code past}) those before it, most recent first. */
    public List<Reception> receptions(long station, Instant from, boolean past, int limit) {
        String where = past
                ? " where x.station_id = :s and x.starts_at < :from order by x.starts_at desc"
                : " where x.station_id = :s and x.ends_at >= :from order by x.starts_at";
        return jdbc.sql(RECEPTION + where + " limit :limit")
                .param("s", station)
                .param("from", Timestamp.from(from))
                .param("limit", limit)
                .query(Stations::reception)
                .list();
    }

    public void logReception(long id, Integer visitors, String raised, String followed, Instant now) {
        jdbc.sql("""
                        update rep_reception set visitors = :visitors, raised = :raised, followed = :followed,
                               logged_at = :now where id = :id""")
                .param("visitors", visitors, Types.INTEGER)
                .param("raised", raised, Types.VARCHAR)
                .param("followed", followed, Types.VARCHAR)
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    private static Station station(ResultSet rs, int row) throws SQLException {
        return new Station(
                rs.getLong("id"),
                StationKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getString("scope_code"),
                rs.getString("address"));
    }

    private static Rep rep(ResultSet rs, int row) throws SQLException {
        return new Rep(
                new RepresentativeView(
                        rs.getLong("id"),
                        rs.getLong("station_id"),
                        rs.getString("station_name"),
                        RepresentativeKind.valueOf(rs.getString("kind")),
                        rs.getString("name"),
                        rs.getString("username"),
                        rs.getString("grid_code"),
                        rs.getString("team"),
                        rs.getString("intro")),
                rs.getString("station_scope"));
    }

    private static PlanItem planItem(ResultSet rs, int row) throws SQLException {
        return new PlanItem(
                rs.getLong("id"),
                rs.getLong("station_id"),
                rs.getInt("year"),
                rs.getInt("month"),
                rs.getString("title"));
    }

    private static Reception reception(ResultSet rs, int row) throws SQLException {
        Timestamp logged = rs.getTimestamp("logged_at");
        return new Reception(
                rs.getLong("id"),
                rs.getLong("station_id"),
                rs.getString("station_name"),
                rs.getLong("representative_id"),
                rs.getString("representative_name"),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(),
                (Integer) rs.getObject("visitors"),
                rs.getString("raised"),
                rs.getString("followed"),
                logged == null ? null : logged.toInstant());
    }
}
