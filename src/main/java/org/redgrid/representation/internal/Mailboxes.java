package org.redgrid.representation.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.redgrid.representation.Opinion;
import org.redgrid.representation.ReviewMailbox;
import org.redgrid.representation.ReviewSubject;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Review mailboxes (意见箱) on departments and projects, and the opinions left in them. */
@Component
public class Mailboxes {

    private static final String SELECT = """
            select b.*, (select count(*) from review_opinion o where o.mailbox_id = b.id) as opinions
              from review_mailbox b""";

    private final JdbcClient jdbc;

    Mailboxes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(
            ReviewSubject subject,
            String name,
            String scope,
            LocalDate opens,
            LocalDate closes,
            String by,
            Instant now) {
        return jdbc.sql("""
                        insert into review_mailbox (subject, name, scope_code, opens_on, closes_on, created_by,
                                                    created_at)
                        values (:subject, :name, :scope, :opens, :closes, :by, :now) returning id""")
                .param("subject", subject.name())
                .param("name", name)
                .param("scope", scope)
                .param("opens", Date.valueOf(opens))
                .param("closes", Date.valueOf(closes))
                .param("by", by)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    public Optional<ReviewMailbox> find(long id, LocalDate today) {
        return jdbc.sql(SELECT + " where b.id = :id")
                .param("id", id)
                .query((rs, n) -> map(rs, today))
                .optional();
    }

    /** Mailboxes whose area lies inside the scope or above it (a street's mailbox is open to its residents). */
    public List<ReviewMailbox> visible(DataScope scope, LocalDate today) {
        return ScopedSql.bind(
                        jdbc.sql(SELECT + " where " + ScopedSql.within("b.scope_code")
                                + " or :prefix like b.scope_code || '%' order by b.opens_on desc, b.id desc"),
                        scope)
                .param("prefix", scope.prefix())
                .query((rs, n) -> map(rs, today))
                .list();
    }

    public long insertOpinion(long mailbox, String author, String text, Instant now) {
        return jdbc.sql("""
                        insert into review_opinion (mailbox_id, author, text, created_at)
                        values (:mailbox, :author, :text, :now) returning id""")
                .param("mailbox", mailbox)
                .param("author", author)
                .param("text", text)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    public List<Opinion> opinions(long mailbox) {
        return jdbc.sql("select * from review_opinion where mailbox_id = :mailbox order by id desc")
                .param("mailbox", mailbox)
                .query((rs, n) -> new Opinion(
                        rs.getLong("id"),
                        rs.getString("author"),
                        rs.getString("text"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    private static ReviewMailbox map(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate opens = rs.getDate("opens_on").toLocalDate();
        LocalDate closes = rs.getDate("closes_on").toLocalDate();
        return new ReviewMailbox(
                rs.getLong("id"),
                ReviewSubject.valueOf(rs.getString("subject")),
                rs.getString("name"),
                rs.getString("scope_code"),
                opens,
                closes,
                new ReviewPeriod(opens, closes).isOpenOn(today),
                rs.getLong("opinions"));
    }
}
