package org.redgrid.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.redgrid.shared.CurrentActor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Photos chosen on a report form that was refused for another field: kept under a token for the
 * person who chose them, so that the form comes back with the photo still there and nobody picks it
 * again on a phone. Only the same user gets them back; they are taken once and forgotten after a day.
 */
@Service
public class PendingPhotos {

    private static final Duration KEPT_FOR = Duration.ofDays(1);

    /** Photos kept for the form and the token that brings them back; no photos, no token. */
    public record Kept(String token, List<String> filenames) {
        public static final Kept NONE = new Kept(null, List.of());
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    PendingPhotos(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Keeps the (already checked) photos for the current user. */
    @Transactional
    public Kept keep(List<Photo> photos) {
        if (photos.isEmpty()) return Kept.NONE;
        String username = CurrentActor.require().username();
        var now = clock.instant();
        jdbc.sql("delete from case_pending_photo where kept_at < :before")
                .param("before", Timestamp.from(now.minus(KEPT_FOR)))
                .update();
        String token = UUID.randomUUID().toString();
        for (Photo photo : photos) {
            jdbc.sql("insert into case_pending_photo (token, username, filename, content, kept_at)"
                            + " values (:token, :username, :filename, :content, :now)")
                    .param("token", token)
                    .param("username", username)
                    .param("filename", photo.filename())
                    .param("content", photo.bytes())
                    .param("now", Timestamp.from(now))
                    .update();
        }
        return new Kept(token, photos.stream().map(Photo::filename).toList());
    }

    /** The photos kept under the token for the current user, checked again as any photo; none for anyone else. */
    @Transactional(readOnly = true)
    public List<Photo> find(String token) {
        if (token == null || token.isBlank() || token.length() > 36) return List.of();
        return jdbc.sql("select filename, content from case_pending_photo"
                        + " where token = :token and username = :username and kept_at >= :since order by id")
                .param("token", token)
                .param("username", CurrentActor.require().username())
                .param("since", Timestamp.from(clock.instant().minus(KEPT_FOR)))
                .query((rs, row) -> Photo.of(rs.getString("filename"), rs.getBytes("content")))
                .list();
    }

    /** Forgets the photos once the report that carries them is taken in. */
    @Transactional
    public void forget(String token) {
        if (token == null || token.isBlank()) return;
        jdbc.sql("delete from case_pending_photo where token = :token and username = :username")
                .param("token", token)
                .param("username", CurrentActor.require().username())
                .update();
    }
}
