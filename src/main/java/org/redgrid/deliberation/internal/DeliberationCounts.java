package org.redgrid.deliberation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.redgrid.deliberation.DeliberationFigures;
import org.redgrid.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The measured facts of deliberation per area and period: meetings held (started within the period),
 * their motions voted and passed, the resolution tasks and those done, and the ratings. Counted in SQL
 * inside the actor's scope.
 */
@Component
public class DeliberationCounts {

    private static final ZoneId LOCAL = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;

    DeliberationCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures of each area whose code is {@code length} digits long, inside {@code division}. */
    public List<DeliberationFigures> byArea(
            DataScope scope, String division, int length, LocalDate from, LocalDate to, Instant now) {
        DataScope area = DataScope.of(division);
        Instant start = from.atStartOfDay(LOCAL).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(LOCAL).toInstant();
        return CommunityScope.bind(jdbc.sql("""
                                select left(m.community_code, :length) as area, count(*) as meetings,
                                       coalesce(sum(x.closed), 0) as closed, coalesce(sum(x.passed), 0) as passed,
                                       coalesce(sum(x.tasks), 0) as tasks, coalesce(sum(x.done), 0) as done,
                                       sum(x.stars) as stars, coalesce(sum(x.ratings), 0) as ratings
                                from delib_meeting m
                                cross join lateral (
                                    select count(*) filter (where v.outcome is not null) as closed,
                                           count(*) filter (where v.outcome = 'PASSED') as passed,
                                           (select count(*) from delib_task t join delib_motion w on w.id = t.motion_id
                                            where w.meeting_id = m.id) as tasks,
                                           (select count(*) from delib_task t join delib_motion w on w.id = t.motion_id
                                            where w.meeting_id = m.id and t.case_status in ('CLOSED', 'RATED')) as done,
                                           (select sum(e.stars) from delib_evaluation e
                                            join delib_motion w on w.id = e.motion_id where w.meeting_id = m.id) as stars,
                                           (select count(*) from delib_evaluation e
                                            join delib_motion w on w.id = e.motion_id where w.meeting_id = m.id) as ratings
                                    from delib_motion v where v.meeting_id = m.id) x
                                where m.community_code >= :areaLower and m.community_code < :areaUpper
                                  and m.starts_at >= :start and m.starts_at < :end and m.starts_at <= :now
                                  and """ + CommunityScope.within("m.community_code") + """

                                group by 1 order by 1"""), scope)
                .param("length", length)
                .param("areaLower", area.lower())
                .param("areaUpper", area.upper())
                .param("start", Timestamp.from(start))
                .param("end", Timestamp.from(end))
                .param("now", Timestamp.from(now))
                .query((rs, n) -> {
                    int ratings = rs.getInt("ratings");
                    long stars = rs.getLong("stars");
                    return new DeliberationFigures(
                            rs.getString("area"),
                            from,
                            to,
                            rs.getInt("meetings"),
                            rs.getInt("closed"),
                            rs.getInt("passed"),
                            rs.getInt("tasks"),
                            rs.getInt("done"),
                            ratings == 0 ? null : Math.round(10.0 * stars / ratings) / 10.0,
                            ratings);
                })
                .list();
    }
}
