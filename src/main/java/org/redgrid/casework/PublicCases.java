package org.redgrid.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public view of cases (公开): cases of categories marked public, inside a jurisdiction, without
 * anything about who reported or handles them. The status note is what staff wrote when closing,
 * cancelling or reopening a case, which is written for the public.
 */
@Service
@Transactional(readOnly = true)
public class PublicCases {

    private static final String SELECT = """
            select c.id, c.number, c.category_code, k.name_zh as category_name, c.status, c.description, c.address,
                   c.lat, c.lng, c.grid_code, c.level, c.created_at, c.deadline_at,
                   (select max(e.at) from case_event e where e.case_id = c.id) as updated_at,
                   (select e.note from case_event e where e.case_id = c.id and e.note is not null
                       and e.action in ('CLOSE', 'CANCEL', 'REOPEN') order by e.id desc limit 1) as status_note
              from work_case c join case_category k on k.code = c.category_code
             where k.public_view and """ + ScopedSql.within("c.grid_code");

    private final JdbcClient jdbc;

    PublicCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PublicCase> find(PublicCaseQuery query) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder();
        if (!query.numbers().isEmpty()) {
            where.append(" and c.number in (:numbers)");
            params.put("numbers", query.numbers());
        } else {
            if (!query.categories().isEmpty()) {
                where.append(" and c.category_code in (:categories)");
                params.put("categories", query.categories());
            }
            if (query.from() != null) {
                where.append(" and c.created_at >= :from");
                params.put("from", Timestamp.from(query.from()));
            }
            if (query.to() != null) {
                where.append(" and c.created_at <= :to");
                params.put("to", Timestamp.from(query.to()));
            }
            if (query.closed() != null) {
                where.append(
                        query.closed()
                                ? " and c.status in ('CLOSED', 'RATED', 'CANCELLED')"
                                : " and c.status not in ('CLOSED', 'RATED', 'CANCELLED')");
            }
        }
        return ScopedSql.bind(
                        jdbc.sql(SELECT + where + " order by c.created_at desc, c.id desc limit :limit"), query.scope())
                .params(params)
                .param("limit", query.limit())
                .query(PublicCases::map)
                .list();
    }

    public Optional<PublicCase> byNumber(DataScope scope, String number) {
        return ScopedSql.bind(jdbc.sql(SELECT + " and c.number = :number"), scope)
                .param("number", number)
                .query(PublicCases::map)
                .optional();
    }

    private static PublicCase map(ResultSet rs, int row) throws SQLException {
        return new PublicCase(
                rs.getLong("id"),
                rs.getString("number"),
                rs.getString("category_code"),
                rs.getString("category_name"),
                CaseStatus.valueOf(rs.getString("status")),
                rs.getString("status_note"),
                rs.getString("description"),
                rs.getString("address"),
                (Double) rs.getObject("lat"),
                (Double) rs.getObject("lng"),
                rs.getString("grid_code"),
                rs.getInt("level"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                instant(rs, "deadline_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
