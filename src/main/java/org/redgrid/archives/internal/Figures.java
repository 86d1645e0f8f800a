package org.redgrid.archives.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redgrid.archives.ArchiveFigures;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The archive centre's figures over the files held inside a scope, counted in SQL. */
@Component
public class Figures {

    private static final String HELD =
            " join archive_file f on f.id = x.file_id where " + ScopedSql.within("f.holder_code");

    private final JdbcClient jdbc;

    Figures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ArchiveFigures of(DataScope scope, Instant now) {
        long online = count("select count(*) from archive_request x" + HELD, scope);
        long paper = count("select count(*) from archive_access x" + HELD + " and x.action = 'PAPER_READING'", scope);
        List<Duration> times = ScopedSql.bind(
                        jdbc.sql(
                                "select extract(epoch from x.decided_at - x.submitted_at)::bigint from archive_request x"
                                        + HELD + " and x.decided_at is not null"),
                        scope)
                .query((rs, n) -> Duration.ofSeconds(rs.getLong(1)))
                .list();
        HandlingTimes handling = new HandlingTimes(times);
        long pending = count("select count(*) from archive_request x" + HELD + " and x.status = 'PENDING'", scope);
        long overdue = ScopedSql.bind(
                        jdbc.sql("select count(*) from archive_request x" + HELD
                                + " and ((x.status = 'PENDING' and x.due_at < :now) or x.decided_at > x.due_at)"),
                        scope)
                .param("now", Rows.at(now))
                .query(Long.class)
                .single();
        return new ArchiveFigures(
                online,
                paper,
                online + paper == 0 ? null : (double) online / (online + paper),
                handling.averageMinutes(),
                handling.p90Minutes(),
                pending,
                overdue,
                grouped("x.unit_code", scope),
                grouped("x.purpose", scope));
    }

    private long count(String sql, DataScope scope) {
        return ScopedSql.bind(jdbc.sql(sql), scope).query(Long.class).single();
    }

    private Map<String, Long> grouped(String column, DataScope scope) {
        Map<String, Long> counts = new LinkedHashMap<>();
        ScopedSql.bind(
                        jdbc.sql("select " + column + ", count(*) from archive_request x" + HELD + " group by " + column
                                + " order by count(*) desc, " + column + " limit 20"),
                        scope)
                .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2)))
                .list();
        return counts;
    }
}
