package org.redgrid.casework;

import java.time.Clock;
import java.util.List;
import org.redgrid.casework.internal.Distance;
import org.redgrid.shared.Actor;
import org.redgrid.shared.AuditRecord;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 附近已有 N 件相似问题 (as FixMyStreet shows before a report is filed): the open cases of public
 * categories near a point, by the public board's rule (a category marked public; never a sensitive
 * one such as a neighbour dispute or subsistence aid), without anyone's name or phone, and 我也遇到
 * (+1) on one of them instead of a duplicate report. Public like the board: the radius, not a scope,
 * bounds what is listed.
 */
@Service
@Transactional(readOnly = true)
public class NearbyCases {

    /** Open, of a public category, with a point, not merged into another case. */
    private static final String PUBLIC_OPEN = """
              from work_case c join case_category k on k.code = c.category_code
             where k.public_view and c.closed_at is null and c.status not in ('CLOSED', 'RATED', 'CANCELLED')
               and c.master_id is null and c.type in ('PROBLEM', 'SUGGESTION')
            """;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NearbyCases(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Nearest first, at most {@link NearbySearch#LIMIT}. */
    public List<NearbyCase> find(NearbySearch search) {
        Actor actor = CurrentActor.require();
        String category = search.category() == null ? "" : " and c.category_code = :category";
        return jdbc.sql("select * from (select c.id, c.number, c.title, c.category_code, k.name_zh, c.status,"
                        + " c.created_at, " + Distance.METRES + " as metres,"
                        + " (select count(*) from case_support s where s.case_id = c.id) as supporters,"
                        + " exists (select 1 from case_support s where s.case_id = c.id and s.username = :me) as mine"
                        + PUBLIC_OPEN + " and c.lat is not null and " + Distance.NEAR + category
                        + ") near where metres <= :radius order by metres, id limit :limit")
                .param("lat", search.lat())
                .param("lng", search.lng())
                // A degree of latitude is about 111 km; twice the radius leaves room at the box's corners.
                .param("box", search.radiusMetres() / 111_000.0 * 2)
                .param("radius", (double) search.radiusMetres())
                .param("category", search.category() == null ? "" : search.category())
                .param("me", actor.username())
                .param("limit", NearbySearch.LIMIT)
                .query((rs, row) -> new NearbyCase(
                        rs.getLong("id"),
                        rs.getString("number"),
                        rs.getString("title"),
                        rs.getString("category_code"),
                        rs.getString("name_zh"),
                        CaseStatus.valueOf(rs.getString("status")),
                        (int) Math.round(rs.getDouble("metres")),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getInt("supporters"),
                        rs.getBoolean("mine")))
                .list();
    }

    /**
     * 我也遇到: the user says they meet the same problem; once per person and case, audited. Only an open
     * case of a public category can be supported (404 otherwise, as if it were not there).
     */
    @Transactional
    public int support(long id) {
        Actor actor = CurrentActor.require();
        var target = jdbc.sql("select c.number, c.grid_code" + PUBLIC_OPEN + " and c.id = :id")
                .param("id", id)
                .query((rs, row) -> new String[] {rs.getString("number"), rs.getString("grid_code")})
                .optional()
                .orElseThrow(() -> new NotFound("case", id));
        int added = jdbc.sql("insert into case_support (case_id, username, at) values (:id, :me, :at)"
                        + " on conflict do nothing")
                .param("id", id)
                .param("me", actor.username())
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .update();
        if (added > 0) events.publishEvent(new AuditRecord("CASE_SUPPORTED", "case", target[0], target[1], null));
        return jdbc.sql("select count(*) from case_support where case_id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
    }
}
