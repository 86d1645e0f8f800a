package org.redgrid.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.redgrid.organization.GridBoundary;
import org.redgrid.organization.GridKind;
import org.redgrid.organization.GridView;
import org.redgrid.organization.NewGrid;
import org.redgrid.shared.Actor;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.GridCode;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.PageResult;
import org.redgrid.shared.Paging;
import org.redgrid.shared.ScopedSql;
import org.redgrid.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Grids (网格) in SQL: scoped reads, candidates near a point, the grid of an address, and inserts. */
@Component
public class Grids {

    private static final String LIST_FILTER =
            ScopedSql.within("code") + " and code like :within and (:q = '' or name like :like)";

    private final JdbcClient jdbc;

    Grids(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageResult<GridView> list(DataScope scope, String within, String query, Paging paging) {
        String prefix = within == null || within.isBlank() ? "" : within.trim();
        String q = query == null ? "" : query.trim();
        var items = ScopedSql.bind(
                        jdbc.sql("select * from grid where " + LIST_FILTER
                                + " order by code limit :limit offset :offset"),
                        scope)
                .param("within", prefix + "%")
                .param("q", q)
                .param("like", "%" + q + "%")
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(Grids::map)
                .list();
        long total = ScopedSql.bind(jdbc.sql("select count(*) from grid where " + LIST_FILTER), scope)
                .param("within", prefix + "%")
                .param("q", q)
                .param("like", "%" + q + "%")
                .query(Long.class)
                .single();
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }

    public Optional<GridView> find(DataScope scope, String code) {
        return ScopedSql.bind(jdbc.sql("select * from grid where code = :code and " + ScopedSql.within("code")), scope)
                .param("code", code)
                .query(Grids::map)
                .optional();
    }

    public boolean exists(String code) {
        return jdbc.sql("select count(*) from grid where code = :code")
                        .param("code", code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Grids whose centre lies in an index-friendly box around the point. */
    public List<GridLocator.Candidate> near(double lat, double lng) {
        return jdbc.sql("""
                        select code, centre_lat, centre_lng, polygon from grid
                         where centre_lat between :lat - 0.2 and :lat + 0.2
                           and centre_lng between :lng - 0.3 and :lng + 0.3""")
                .param("lat", lat)
                .param("lng", lng)
                .query((rs, n) -> new GridLocator.Candidate(
                        rs.getString("code"),
                        rs.getDouble("centre_lat"),
                        rs.getDouble("centre_lng"),
                        rs.getString("polygon")))
                .list();
    }

    /** Up to two grids of the buildings whose address contains the text or is contained in it. */
    public List<String> ofAddress(String address, DataScope scope) {
        return ScopedSql.bind(
                        jdbc.sql("select distinct grid_code from building where " + ScopedSql.within("grid_code")
                                + " and address is not null"
                                + " and (strpos(address, :text) > 0 or strpos(:text, address) > 0) limit 2"),
                        scope)
                .param("text", address.trim())
                .query(String.class)
                .list();
    }

    /**
     * Checks the command and inserts the grid: only a writer at community level or above creates grids,
     * inside their scope, under a known community.
     */
    public GridCode create(Actor actor, NewGrid command, Instant now) {
        GridCode code = GridCode.parse("code", command.code());
        if (!actor.scope().contains(code.value()) || actor.scope().prefix().length() > 12) {
            throw new NotFound("community", code.community().value());
        }
        if (!isCommunity(code.community().value())) {
            throw new InvalidValue(
                    "code",
                    "grid-code.community",
                    "网格编码的前 12 位不是已知的村/社区",
                    "the first 12 digits are not a known community");
        }
        if (exists(code.value())) {
            throw new InvalidValue("code", "grid-code.unique", "该网格编码已存在", "a grid with this code exists");
        }
        insert(code, command, now);
        return code;
    }

    public void changeBoundary(String code, String polygon) {
        jdbc.sql("update grid set polygon = :polygon where code = :code")
                .param("polygon", polygon)
                .param("code", code)
                .update();
    }

    private boolean isCommunity(String code) {
        return jdbc.sql("select count(*) from division where code = :code and level = 12")
                        .param("code", code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private void insert(GridCode code, NewGrid command, Instant now) {
        Text.required("name", command.name(), 100);
        GridKind kind = command.kind() == null ? GridKind.ORDINARY : command.kind();
        int households = command.households() == null ? 0 : command.households();
        if (households < 0) throw new InvalidValue("households", "min", "户数不能为负数", "households must not be negative");
        PlaceInput.checkPoint("centreLat", "centreLng", command.centreLat(), command.centreLng());
        String polygon = command.polygon() == null || command.polygon().isBlank()
                ? null
                : GridBoundary.parse("polygon", command.polygon()).toGeoJson();
        jdbc.sql("""
                        insert into grid (code, community_code, name, kind, households, centre_lat, centre_lng, polygon, created_at)
                        values (:code, :community, :name, :kind, :households, :lat, :lng, :polygon, :now)""")
                .param("code", code.value())
                .param("community", code.community().value())
                .param("name", command.name().trim())
                .param("kind", kind.name())
                .param("households", households)
                .param("lat", command.centreLat())
                .param("lng", command.centreLng())
                .param("polygon", polygon, Types.VARCHAR)
                .param("now", Timestamp.from(now))
                .update();
    }

    private static GridView map(ResultSet rs, int row) throws SQLException {
        return new GridView(
                rs.getString("code"),
                rs.getString("community_code"),
                rs.getString("name"),
                GridKind.valueOf(rs.getString("kind")),
                rs.getInt("households"),
                (Double) rs.getObject("centre_lat"),
                (Double) rs.getObject("centre_lng"),
                rs.getString("polygon"));
    }
}
