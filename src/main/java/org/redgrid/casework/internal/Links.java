package org.redgrid.casework.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.redgrid.casework.CaseEventKind;
import org.redgrid.casework.CaseStatus;
import org.redgrid.casework.CaseView;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.InvalidValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Duplicate reports linked to a master case (合并办理), answered when the master closes. */
@Component
public class Links {

    private final JdbcClient jdbc;
    private final CaseEvents caseEvents;

    Links(JdbcClient jdbc, CaseEvents caseEvents) {
        this.jdbc = jdbc;
        this.caseEvents = caseEvents;
    }

    public void link(CaseView duplicate, CaseView master, String actor, Instant now) {
        if (duplicate.id() == master.id() || !duplicate.category().equals(master.category())) {
            throw new InvalidValue(
                    "master",
                    "duplicate.same-category",
                    "主案须为同类别的另一诉求",
                    "the master must be another case of the same category");
        }
        if (!duplicate.status().isOpen() || !master.status().isOpen()) {
            throw new Conflict("duplicate.closed", "已办结的诉求不能合并", "closed cases cannot be linked");
        }
        int updated = jdbc.sql(
                        "update work_case set master_id = :master, version = version + 1"
                                + " where id = :id and master_id is null and closed_at is null"
                                + " and not exists (select 1 from work_case m where m.id = :master and m.master_id is not null)")
                .param("master", master.id())
                .param("id", duplicate.id())
                .update();
        if (updated == 0) {
            throw new Conflict("duplicate.linked", "该诉求或主案已关联其他主案", "the case or the master is already linked");
        }
        caseEvents.append(
                duplicate.id(),
                duplicate.gridCode(),
                CaseEventKind.LINK,
                duplicate.status(),
                duplicate.status(),
                actor,
                now,
                "与 " + master.number() + " 合并办理",
                Map.of("master", master.number()));
    }

    /** Closing a master answers every open duplicate linked to it. */
    public void closeLinked(long masterId, String masterNumber, Instant now) {
        var linked = jdbc.sql("update work_case set status = 'CLOSED', closed_at = :now, version = version + 1"
                        + " where master_id = :master and closed_at is null and status <> 'CANCELLED'"
                        + " returning id, grid_code")
                .param("now", Timestamp.from(now))
                .param("master", masterId)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list();
        for (var row : linked) {
            caseEvents.append(
                    row.getKey(),
                    row.getValue(),
                    CaseEventKind.CLOSE,
                    null,
                    CaseStatus.CLOSED,
                    "system",
                    now,
                    "随主案 " + masterNumber + " 办结",
                    Map.of("master", masterNumber));
        }
    }
}
