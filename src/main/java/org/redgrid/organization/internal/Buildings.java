package org.redgrid.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.redgrid.organization.BuildingView;
import org.redgrid.organization.NewBuilding;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.PageResult;
import org.redgrid.shared.Paging;
import org.redgrid.shared.ScopedSql;
import org.redgrid.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Buildings (楼栋) and their numbered units in SQL, read inside a scope by their grid. */
@Component
public class Buildings {

    private final JdbcClient jdbc;

    Buildings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageResult<BuildingView> list(DataScope scope, String gridCode, Paging paging) {
        String within = gridCode == null ? "" : gridCode.trim();
        String filter = ScopedSql.within("grid_code") + " and grid_code like :within";
        List<BuildingView> items = ScopedSql.bind(
                        jdbc.sql("select * from building where " + filter
                                + " order by grid_code, length(name), name limit :limit offset :offset"),
                        scope)
                .param("within", within + "%")
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(Buildings::map)
                .list();
        long total = ScopedSql.bind(jdbc.sql("select count(*) from building where " + filter), scope)
                .param("within", within + "%")
                .query(Long.class)
                .single();
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }

    public Optional<BuildingView> find(DataScope scope, long id) {
        return ScopedSql.bind(
                        jdbc.sql("select * from building where id = :id and " + ScopedSql.within("grid_code")), scope)
                .param("id", id)
                .query(Buildings::map)
                .optional();
    }

    public Optional<BuildingView> named(DataScope scope, String gridCode, String name) {
        return ScopedSql.bind(
                        jdbc.sql("select * from building where grid_code = :grid and name = :name and "
                                + ScopedSql.within("grid_code")),
                        scope)
                .param("grid", gridCode)
                .param("name", name)
                .query(Buildings::map)
                .optional();
    }

    /** Checks the command and inserts the building with units 1单元 … n单元; returns its id. */
    public long insert(DataScope scope, String gridCode, NewBuilding command) {
        Text.required("name", command.name(), 100);
        int units = command.units() == null ? 1 : command.units();
        if (units < 1 || units > 99) {
            throw new InvalidValue("units", "range", "单元数须在 1 到 99 之间", "units must be between 1 and 99");
        }
        if (named(scope, gridCode, command.name().trim()).isPresent()) {
            throw new InvalidValue("name", "unique", "该网格内已有同名楼栋", "a building with this name exists in the grid");
        }
        long id = jdbc.sql(
                        "insert into building (grid_code, name, address, units) values (:grid, :name, :address, :units) returning id")
                .param("grid", gridCode)
                .param("name", command.name().trim())
                .param("address", command.address())
                .param("units", units)
                .query(Long.class)
                .single();
        for (int unit = 1; unit <= units; unit++) {
            jdbc.sql("insert into building_unit (building_id, grid_code, name) values (:building, :grid, :name)")
                    .param("building", id)
                    .param("grid", gridCode)
                    .param("name", unit + "单元")
                    .update();
        }
        return id;
    }

    private static BuildingView map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        int units = rs.getInt("units");
        List<String> unitNames =
                IntStream.rangeClosed(1, units).mapToObj(n -> n + "单元").toList();
        return new BuildingView(
                id, rs.getString("grid_code"), rs.getString("name"), rs.getString("address"), units, unitNames);
    }
}
