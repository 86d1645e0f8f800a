package org.redgrid.archives.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.redgrid.archives.RequestStatus;
import org.redgrid.archives.RequestView;
import org.redgrid.shared.Actor;
import org.redgrid.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code archive_request} table: requests, the keeper's answers and the grants they give. */
@Component
public class RequestRecords {

    /** A request with the holder of its file, for deciding who may answer it. */
    public record Row(
            long id,
            long file,
            String cadreName,
            String holder,
            String reader,
            String unit,
            List<Part> parts,
            String purpose,
            String serviceItem,
            RequestStatus status,
            Instant submittedAt,
            String decidedBy,
            Instant decidedAt,
            String reason,
            Instant validUntil,
            boolean download) {}

    private static final String SELECT = "select r.*, f.cadre_name, f.holder_code from archive_request r"
            + " join archive_file f on f.id = r.file_id";

    private final JdbcClient jdbc;

    RequestRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(
            long file, Actor reader, List<Part> parts, String purpose, String item, Instant now, Instant due) {
        return jdbc.sql("""
                        insert into archive_request (file_id, reader, unit_code, parts, purpose, service_item, status, submitted_at, due_at)
                        values (:file, :reader, :unit, :parts, :purpose, :item, 'PENDING', :now, :due) returning id""")
                .param("file", file)
                .param("reader", reader.username())
                .param("unit", ArchiveRoles.unitOf(reader))
                .param("parts", Part.store(parts))
                .param("purpose", purpose)
                .param("item", item)
                .param("now", Rows.at(now))
                .param("due", Rows.at(due))
                .query(Long.class)
                .single();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql(SELECT + " where r.id = :id")
                .param("id", id)
                .query(RequestRecords::row)
                .optional();
    }

    /** The actor's own requests and, for a keeper, those on the files their unit holds; open ones first. */
    public List<Row> of(Actor actor, int limit) {
        boolean keeper = actor.has(Role.ARCHIVE_KEEPER);
        return jdbc.sql(SELECT + " where r.reader = :me" + (keeper ? " or f.holder_code = :unit" : "")
                        + " order by (r.status = 'PENDING') desc, r.submitted_at desc limit :limit")
                .param("me", actor.username())
                .param("unit", ArchiveRoles.unitOf(actor))
                .param("limit", limit)
                .query(RequestRecords::row)
                .list();
    }

    public boolean approve(long id, AccessGrant grant, String by) {
        return jdbc.sql("update archive_request set status = 'APPROVED', decided_by = :by, decided_at = :at,"
                                + " valid_until = :until, download = :download where id = :id and status = 'PENDING'")
                        .param("by", by)
                        .param("at", Rows.at(grant.from()))
                        .param("until", Rows.at(grant.until()))
                        .param("download", grant.download())
                        .param("id", id)
                        .update()
                > 0;
    }

    public boolean decline(long id, String reason, String by, Instant now) {
        return jdbc.sql("update archive_request set status = 'DECLINED', decided_by = :by, decided_at = :at,"
                                + " reason = :reason where id = :id and status = 'PENDING'")
                        .param("by", by)
                        .param("at", Rows.at(now))
                        .param("reason", reason)
                        .param("id", id)
                        .update()
                > 0;
    }

    public static RequestView view(Row r, Actor actor, Instant now) {
        RequestDeadline deadline = RequestDeadline.ONE_HOUR;
        boolean live = r.status() == RequestStatus.APPROVED && r.validUntil() != null && now.isBefore(r.validUntil());
        return new RequestView(
                r.id(),
                r.file(),
                r.cadreName(),
                r.reader(),
                r.unit(),
                r.parts().stream().map(Part::toString).toList(),
                r.purpose(),
                r.serviceItem(),
                r.status(),
                r.submittedAt(),
                deadline.dueAt(r.submittedAt()),
                deadline.isOverdue(r.submittedAt(), r.decidedAt(), now),
                r.decidedBy(),
                r.decidedAt(),
                r.reason(),
                r.validUntil(),
                r.download(),
                live,
                r.status() == RequestStatus.PENDING && ArchiveRoles.keeps(actor, r.holder()));
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getLong("id"),
                rs.getLong("file_id"),
                rs.getString("cadre_name"),
                rs.getString("holder_code"),
                rs.getString("reader"),
                rs.getString("unit_code"),
                Part.load(rs.getString("parts")),
                rs.getString("purpose"),
                rs.getString("service_item"),
                RequestStatus.valueOf(rs.getString("status")),
                Rows.instant(rs, "submitted_at"),
                rs.getString("decided_by"),
                Rows.instant(rs, "decided_at"),
                rs.getString("reason"),
                Rows.instant(rs, "valid_until"),
                rs.getBoolean("download"));
    }
}
