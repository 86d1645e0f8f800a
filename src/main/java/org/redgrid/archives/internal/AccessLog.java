package org.redgrid.archives.internal;

import java.time.Instant;
import java.util.List;
import org.redgrid.archives.AccessEntry;
import org.redgrid.shared.Actor;
import org.redgrid.shared.AuditRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A file's access history and the platform's audit chain, written together in the caller's
 * transaction: every view, download, request, decision, delegation and transfer lands in both.
 */
@Component
public class AccessLog {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    AccessLog(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public void record(
            long file,
            String holder,
            Actor actor,
            String action,
            Long material,
            Integer page,
            String detail,
            Instant now) {
        jdbc.sql("""
                        insert into archive_access (file_id, at, actor, unit_code, action, material_id, page, detail)
                        values (:file, :at, :actor, :unit, :action, :material, :page, :detail)""")
                .param("file", file)
                .param("at", Rows.at(now))
                .param("actor", actor.username())
                .param("unit", ArchiveRoles.unitOf(actor))
                .param("action", action)
                .param("material", material)
                .param("page", page)
                .param("detail", detail)
                .update();
        String target = material == null
                ? "file " + file
                : "file " + file + " material " + material + (page == null ? "" : " page " + page);
        events.publishEvent(new AuditRecord(
                "ARCHIVE_" + action,
                "archive_file",
                Long.toString(file),
                holder,
                detail == null ? target : target + ": " + detail));
    }

    public List<AccessEntry> of(long file) {
        return jdbc.sql("select at, actor, unit_code, action, material_id, page, detail from archive_access"
                        + " where file_id = :file order by at desc, id desc limit 500")
                .param("file", file)
                .query((rs, n) -> new AccessEntry(
                        Rows.instant(rs, "at"),
                        rs.getString("actor"),
                        rs.getString("unit_code"),
                        rs.getString("action"),
                        (Long) rs.getObject("material_id"),
                        (Integer) rs.getObject("page"),
                        rs.getString("detail")))
                .list();
    }
}
