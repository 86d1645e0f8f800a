package org.redgrid.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.redgrid.organization.BuildingView;
import org.redgrid.organization.Organization;
import org.redgrid.people.HouseholdView;
import org.redgrid.people.NewHousehold;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.PageResult;
import org.redgrid.shared.Paging;
import org.redgrid.shared.ScopedSql;
import org.redgrid.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Households (户) in SQL, each at an address in a grid, read inside a scope by that grid. */
@Component
public class Households {

    private static final String SELECT = """
            select h.*, b.name as building_name, (select count(*) from person p where p.household_id = h.id) as members
              from household h left join building b on b.id = h.building_id
             where\s""";

    private final JdbcClient jdbc;
    private final Organization organization;

    Households(JdbcClient jdbc, Organization organization) {
        this.jdbc = jdbc;
        this.organization = organization;
    }

    public PageResult<HouseholdView> page(DataScope scope, String gridCode, Long buildingId, Paging paging) {
        Map<String, Object> params = new HashMap<>();
        params.put("scopeLower", scope.lower());
        params.put("scopeUpper", scope.upper());
        StringBuilder where = new StringBuilder(ScopedSql.within("h.grid_code"));
        if (gridCode != null && !gridCode.isBlank()) {
            where.append(" and h.grid_code like :grid");
            params.put("grid", PersonFilter.digits("grid", gridCode) + "%");
        }
        if (buildingId != null) {
            where.append(" and h.building_id = :building");
            params.put("building", buildingId);
        }
        var items = jdbc.sql(SELECT + where + " order by h.grid_code, b.name, h.unit_name, h.room, h.id"
                        + " limit :limit offset :offset")
                .params(params)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(Households::map)
                .list();
        long total = jdbc.sql("select count(*) from household h where " + where)
                .params(params)
                .query(Long.class)
                .single();
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }

    public Optional<HouseholdView> find(DataScope scope, long id) {
        return ScopedSql.bind(jdbc.sql(SELECT + "h.id = :id and " + ScopedSql.within("h.grid_code")), scope)
                .param("id", id)
                .query(Households::map)
                .optional();
    }

    /** The household at an address, so that an import adds persons to it instead of a duplicate. */
    public Optional<Long> at(String gridCode, Long buildingId, String unit, String room) {
        return jdbc.sql(
                        "select id from household where grid_code = :grid and building_id is not distinct from :building"
                                + " and unit_name is not distinct from :unit and room = :room order by id limit 1")
                .param("grid", gridCode)
                .param("building", buildingId, Types.BIGINT)
                .param("unit", unit, Types.VARCHAR)
                .param("room", room)
                .query(Long.class)
                .optional();
    }

    /** Checks the address against the grids and buildings the actor sees, and inserts the household. */
    public long insert(NewHousehold command, Instant now) {
        if (command.gridCode() == null || !organization.gridVisible(command.gridCode())) {
            throw new NotFound("grid", command.gridCode());
        }
        String unit = Text.blankToNull(command.unit());
        if (command.buildingId() != null) checkBuilding(command, unit);
        String room = Text.required("room", command.room(), 20);
        return jdbc.sql("""
                        insert into household (grid_code, building_id, unit_name, room, address, created_at)
                        values (:grid, :building, :unit, :room, :address, :now) returning id""")
                .param("grid", command.gridCode())
                .param("building", command.buildingId(), Types.BIGINT)
                .param("unit", unit, Types.VARCHAR)
                .param("room", room)
                .param("address", Text.blankToNull(command.address()), Types.VARCHAR)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    private void checkBuilding(NewHousehold command, String unit) {
        BuildingView building = organization.building(command.buildingId());
        if (!building.gridCode().equals(command.gridCode())) {
            throw new InvalidValue("buildingId", "building.grid", "楼栋不属于该网格", "the building is not in this grid");
        }
        if (unit != null && !building.unitNames().contains(unit)) {
            throw new InvalidValue(
                    "unit",
                    "unit.exists",
                    "楼栋 " + building.name() + " 没有 " + unit,
                    building.name() + " has no " + unit);
        }
    }

    private static HouseholdView map(ResultSet rs, int row) throws SQLException {
        return new HouseholdView(
                rs.getLong("id"),
                rs.getString("grid_code"),
                (Long) rs.getObject("building_id"),
                rs.getString("building_name"),
                rs.getString("unit_name"),
                rs.getString("room"),
                rs.getString("address"),
                rs.getInt("members"));
    }
}
