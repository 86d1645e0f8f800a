package org.redgrid.casework.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redgrid.casework.AttachmentView;
import org.redgrid.casework.CaseEventKind;
import org.redgrid.casework.CaseStatus;
import org.redgrid.casework.Photo;
import org.redgrid.shared.Conflict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code case_attachment} table: photos of a case, stored with their SHA-256. */
@Component
public class Attachments {

    private final JdbcClient jdbc;
    private final CaseEvents caseEvents;

    Attachments(JdbcClient jdbc, CaseEvents caseEvents) {
        this.jdbc = jdbc;
        this.caseEvents = caseEvents;
    }

    /** Stores a photo with an ATTACH event; a rated or declined case takes no more photos. */
    public long attach(Case c, String actor, Photo photo, Instant now) {
        if (c.status == CaseStatus.RATED || c.status == CaseStatus.CANCELLED) {
            throw new Conflict(
                    "attachment.final", "已评价或不予立案的诉求不能再添加照片", "a rated or declined case takes no more photos");
        }
        long id = jdbc.sql("""
                        insert into case_attachment (case_id, grid_code, filename, content_type, size, sha256, content, uploaded_by, uploaded_at)
                        values (:case, :grid, :name, :type, :size, :sha, :content, :me, :now) returning id""")
                .param("case", c.facts.id())
                .param("grid", c.facts.gridCode())
                .param("name", photo.filename())
                .param("type", photo.contentType())
                .param("size", photo.bytes().length)
                .param("sha", sha256(photo.bytes()))
                .param("content", photo.bytes())
                .param("me", actor)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
        caseEvents.append(
                c.facts.id(),
                c.facts.gridCode(),
                CaseEventKind.ATTACH,
                c.status,
                c.status,
                actor,
                now,
                null,
                Map.of("attachment", id, "filename", photo.filename()));
        return id;
    }

    public List<AttachmentView> of(long caseId) {
        return jdbc.sql("select id, case_id, filename, content_type, size, sha256, uploaded_by, uploaded_at"
                        + " from case_attachment where case_id = :case order by id")
                .param("case", caseId)
                .query((rs, n) -> new AttachmentView(
                        rs.getLong("id"),
                        rs.getLong("case_id"),
                        rs.getString("filename"),
                        rs.getString("content_type"),
                        rs.getInt("size"),
                        HexFormat.of().formatHex(rs.getBytes("sha256")),
                        rs.getString("uploaded_by"),
                        Cases.instant(rs, "uploaded_at")))
                .list();
    }

    /** The case a photo belongs to, for checking that the actor may see it. */
    public Optional<Long> caseOf(long attachmentId) {
        return jdbc.sql("select case_id from case_attachment where id = :id")
                .param("id", attachmentId)
                .query(Long.class)
                .optional();
    }

    public Photo photo(long attachmentId) {
        return jdbc.sql("select filename, content_type, content from case_attachment where id = :id")
                .param("id", attachmentId)
                .query((rs, n) -> new Photo(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .single();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
