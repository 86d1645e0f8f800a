package org.redgrid.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.redgrid.organization.DivisionView;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.DivisionLevel;
import org.redgrid.shared.PageResult;
import org.redgrid.shared.Paging;
import org.redgrid.shared.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The division tree as a scope sees it: everything below the scope, plus the divisions above it so
 * that a worker can see where their grid sits.
 */
@Component
public class Divisions {

    private static final String SEARCH =
            "(:q = '' or d.name like :like or d.code like :prefix) and (:level = 0 or d.level = :level)";

    private final JdbcClient jdbc;

    Divisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<DivisionView> find(DataScope scope, String code) {
        return visible(scope, "d.code = :code")
                .param("code", code)
                .query(Divisions::map)
                .optional();
    }

    public List<DivisionView> children(DataScope scope, String code) {
        return visible(scope, "d.parent_code = :code")
                .param("code", code)
                .query(Divisions::map)
                .list();
    }

    public PageResult<DivisionView> search(DataScope scope, String query, Integer level, Paging paging) {
        String q = query == null ? "" : query.trim();
        int wanted = level == null ? 0 : level;
        var items = visible(scope, SEARCH + " order by d.code limit :limit offset :offset")
                .param("q", q)
                .param("like", "%" + q + "%")
                .param("prefix", q + "%")
                .param("level", wanted)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(Divisions::map)
                .list();
        long total = ScopedSql.bind(
                        jdbc.sql("select count(*) from division d where (" + ScopedSql.within("d.code")
                                + " or d.code = any(:ancestors)) and " + SEARCH),
                        scope)
                .param("ancestors", ancestors(scope))
                .param("q", q)
                .param("like", "%" + q + "%")
                .param("prefix", q + "%")
                .param("level", wanted)
                .query(Long.class)
                .single();
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }

    /** How many rows of a table lie inside the scope by the given code column. */
    public long count(String table, String column, DataScope scope) {
        return ScopedSql.bind(jdbc.sql("select count(*) from " + table + " where " + ScopedSql.within(column)), scope)
                .query(Long.class)
                .single();
    }

    /** The division codes above a scope: a grid worker may see the names of the places that contain their grid. */
    public static String[] ancestors(DataScope scope) {
        String prefix = scope.prefix();
        return IntStream.of(2, 4, 6, 9, 12)
                .filter(digits -> digits < prefix.length())
                .mapToObj(digits -> prefix.substring(0, digits))
                .toArray(String[]::new);
    }

    private JdbcClient.StatementSpec visible(DataScope scope, String condition) {
        return ScopedSql.bind(
                        jdbc.sql("select d.code, d.name, d.level, d.parent_code from division d where ("
                                + ScopedSql.within("d.code") + " or d.code = any(:ancestors)) and " + condition),
                        scope)
                .param("ancestors", ancestors(scope));
    }

    private static DivisionView map(ResultSet rs, int row) throws SQLException {
        int level = rs.getInt("level");
        return new DivisionView(
                rs.getString("code"),
                rs.getString("name"),
                level,
                DivisionLevel.ofDigits(level).nameZh(),
                rs.getString("parent_code"));
    }
}
