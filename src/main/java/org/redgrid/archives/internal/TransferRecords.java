package org.redgrid.archives.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.redgrid.archives.TransferView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code archive_transfer} table: a file's chain of custody, one row per transfer. */
@Component
public class TransferRecords {

    private final JdbcClient jdbc;

    TransferRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public CustodyChain chain(long file, String holder) {
        return new CustodyChain(holder, pending(file).map(t -> new CustodyChain.Pending(t.id(), t.to())));
    }

    public Optional<TransferView> pending(long file) {
        return jdbc.sql("select * from archive_transfer where file_id = :file and received_at is null")
                .param("file", file)
                .query(TransferRecords::row)
                .optional();
    }

    public Optional<TransferView> find(long id) {
        return jdbc.sql("select * from archive_transfer where id = :id")
                .param("id", id)
                .query(TransferRecords::row)
                .optional();
    }

    public List<TransferView> of(long file) {
        return jdbc.sql("select * from archive_transfer where file_id = :file order by sent_at, id")
                .param("file", file)
                .query(TransferRecords::row)
                .list();
    }

    /** TransferRecords on their way to the unit, for its keeper to confirm. */
    public List<TransferView> incoming(String unit) {
        return jdbc.sql("select * from archive_transfer where to_code = :unit and received_at is null order by sent_at")
                .param("unit", unit)
                .query(TransferRecords::row)
                .list();
    }

    public TransferView send(long file, String from, String to, String note, String by, Instant now) {
        long id = jdbc.sql("""
                        insert into archive_transfer (file_id, from_code, to_code, receipt, note, sent_by, sent_at)
                        values (:file, :from, :to, 'pending-' || gen_random_uuid(), :note, :by, :now) returning id""")
                .param("file", file)
                .param("from", from)
                .param("to", to)
                .param("note", note)
                .param("by", by)
                .param("now", Rows.at(now))
                .query(Long.class)
                .single();
        jdbc.sql("update archive_transfer set receipt = :receipt where id = :id")
                .param("receipt", String.format("ZD%s-%06d", from, id))
                .param("id", id)
                .update();
        return find(id).orElseThrow();
    }

    public void receive(long id, String by, Instant now) {
        jdbc.sql(
                        "update archive_transfer set received_by = :by, received_at = :now where id = :id and received_at is null")
                .param("by", by)
                .param("now", Rows.at(now))
                .param("id", id)
                .update();
    }

    private static TransferView row(ResultSet rs, int n) throws SQLException {
        return new TransferView(
                rs.getLong("id"),
                rs.getLong("file_id"),
                rs.getString("from_code"),
                rs.getString("to_code"),
                rs.getString("receipt"),
                rs.getString("note"),
                rs.getString("sent_by"),
                Rows.instant(rs, "sent_at"),
                rs.getString("received_by"),
                Rows.instant(rs, "received_at"));
    }
}
