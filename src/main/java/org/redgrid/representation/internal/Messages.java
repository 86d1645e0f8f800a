package org.redgrid.representation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.redgrid.representation.PublicProfile;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.PageResult;
import org.redgrid.shared.Paging;
import org.redgrid.shared.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Residents' messages to representatives, their answers and the cases they became, in SQL. */
@Component
public class Messages {

    private static final String SELECT = """
            select m.*, r.name as representative_name, r.username as representative_username,
                   s.scope_code as station_scope
              from rep_message m join representative r on r.id = m.representative_id
              join rep_station s on s.id = r.station_id""";

    /** A stored message with what decides who may read and act on it. */
    public record Row(
            long id,
            long representativeId,
            String representativeName,
            String representativeUsername,
            String stationScope,
            String author,
            String phoneMasked,
            String text,
            Instant receivedAt,
            Instant replyDueAt,
            String reply,
            boolean replyPublic,
            Instant repliedAt,
            Long caseId,
            String caseNumber,
            String caseStatus) {}

    private final JdbcClient jdbc;

    Messages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(
            long representative,
            String author,
            byte[] phone,
            String phoneMasked,
            String receipt,
            String text,
            Instant now,
            Instant due) {
        return jdbc.sql("""
                        insert into rep_message (representative_id, author, phone, phone_masked, receipt, text,
                                                 received_at, reply_due_at)
                        values (:rep, :author, :phone, :masked, :receipt, :text, :now, :due) returning id""")
                .param("rep", representative)
                .param("author", author, Types.VARCHAR)
                .param("phone", phone, Types.BINARY)
                .param("masked", phoneMasked, Types.VARCHAR)
                .param("receipt", receipt)
                .param("text", text)
                .param("now", Timestamp.from(now))
                .param("due", Timestamp.from(due))
                .query(Long.class)
                .single();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql(SELECT + " where m.id = :id")
                .param("id", id)
                .query(Messages::row)
                .optional();
    }

    public Optional<Row> byReceipt(String receipt) {
        return jdbc.sql(SELECT + " where m.receipt = :receipt")
                .param("receipt", receipt)
                .query(Messages::row)
                .optional();
    }

    /**
     * The messages a reader may see: written by them, addressed to them as representative, or (for the
     * office) to representatives of stations inside their scope.
     */
    public PageResult<Row> visibleTo(String username, DataScope officeScope, Paging paging) {
        String where = " where (m.author = :me or r.username = :me"
                + (officeScope == null ? ")" : " or " + ScopedSql.within("s.scope_code") + ")");
        var items = bind(jdbc.sql(SELECT + where + " order by m.id desc limit :limit offset :offset"), officeScope)
                .param("me", username)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(Messages::row)
                .list();
        long total = bind(
                        jdbc.sql(
                                "select count(*) from rep_message m join representative r on r.id = m.representative_id"
                                        + " join rep_station s on s.id = r.station_id" + where),
                        officeScope)
                .param("me", username)
                .query(Long.class)
                .single();
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, DataScope scope) {
        return scope == null ? statement : ScopedSql.bind(statement, scope);
    }

    public void reply(long id, String reply, boolean shown, Instant now) {
        jdbc.sql("update rep_message set reply = :reply, reply_public = :shown, replied_at = :now where id = :id")
                .param("reply", reply)
                .param("shown", shown)
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    /** Links the case; false when the message already had one (a concurrent forward came first). */
    public boolean linkCase(long id, long caseId, String number, String status) {
        return jdbc.sql("""
                        update rep_message set case_id = :case, case_number = :number, case_status = :status
                         where id = :id and case_id is null""")
                        .param("case", caseId)
                        .param("number", number)
                        .param("status", status)
                        .param("id", id)
                        .update()
                == 1;
    }

    public void caseProgress(long caseId, String status) {
        jdbc.sql("update rep_message set case_status = :status where case_id = :case")
                .param("status", status)
                .param("case", caseId)
                .update();
    }

    /** The answers a representative made public, newest first. */
    public List<PublicProfile.PublicAnswer> publicAnswers(long representative, int limit) {
        return jdbc.sql("""
                        select text, reply, replied_at from rep_message
                         where representative_id = :rep and reply_public and reply is not null
                         order by replied_at desc limit :limit""")
                .param("rep", representative)
                .param("limit", limit)
                .query((rs, n) -> new PublicProfile.PublicAnswer(
                        rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp replied = rs.getTimestamp("replied_at");
        return new Row(
                rs.getLong("id"),
                rs.getLong("representative_id"),
                rs.getString("representative_name"),
                rs.getString("representative_username"),
                rs.getString("station_scope"),
                rs.getString("author"),
                rs.getString("phone_masked"),
                rs.getString("text"),
                rs.getTimestamp("received_at").toInstant(),
                rs.getTimestamp("reply_due_at").toInstant(),
                rs.getString("reply"),
                rs.getBoolean("reply_public"),
                replied == null ? null : replied.toInstant(),
                (Long) rs.getObject("case_id"),
                rs.getString("case_number"),
                rs.getString("case_status"));
    }
}
