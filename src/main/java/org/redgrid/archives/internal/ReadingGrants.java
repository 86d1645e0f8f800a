package org.redgrid.archives.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.redgrid.archives.DelegationView;
import org.redgrid.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The grants a reader holds on a file: delegations to their unit and their own approved requests. */
@Component
public class ReadingGrants {

    private final JdbcClient jdbc;

    ReadingGrants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AccessGrant> of(Actor actor, long file) {
        List<AccessGrant> grants = new ArrayList<>(jdbc.sql("select id, parts, valid_from, valid_until, download"
                        + " from archive_delegation where file_id = :file and unit_code = :unit and revoked_at is null")
                .param("file", file)
                .param("unit", ArchiveRoles.unitOf(actor))
                .query((rs, n) -> new AccessGrant(
                        AccessGrant.Source.DELEGATION,
                        rs.getLong("id"),
                        Part.load(rs.getString("parts")),
                        Rows.instant(rs, "valid_from"),
                        Rows.instant(rs, "valid_until"),
                        rs.getBoolean("download")))
                .list());
        grants.addAll(jdbc.sql("select id, parts, decided_at, valid_until, download from archive_request"
                        + " where file_id = :file and reader = :me and status = 'APPROVED'")
                .param("file", file)
                .param("me", actor.username())
                .query((rs, n) -> new AccessGrant(
                        AccessGrant.Source.REQUEST,
                        rs.getLong("id"),
                        Part.load(rs.getString("parts")),
                        Rows.instant(rs, "decided_at"),
                        Rows.instant(rs, "valid_until"),
                        rs.getBoolean("download")))
                .list());
        return grants;
    }

    public long delegate(long file, String unit, AccessGrant grant, String by) {
        return jdbc.sql("""
                        insert into archive_delegation (file_id, unit_code, parts, valid_from, valid_until, download, granted_by)
                        values (:file, :unit, :parts, :from, :until, :download, :by) returning id""")
                .param("file", file)
                .param("unit", unit)
                .param("parts", Part.store(grant.parts()))
                .param("from", Rows.at(grant.from()))
                .param("until", Rows.at(grant.until()))
                .param("download", grant.download())
                .param("by", by)
                .query(Long.class)
                .single();
    }

    /** A new holder decides afresh who reads the file: the old holder's delegations end with the transfer. */
    public void revokeAll(long file, Instant now) {
        jdbc.sql("update archive_delegation set revoked_at = :now where file_id = :file and revoked_at is null")
                .param("now", Rows.at(now))
                .param("file", file)
                .update();
    }

    public List<DelegationView> delegations(long file) {
        return jdbc.sql("select id, file_id, unit_code, parts, valid_from, valid_until, download"
                        + " from archive_delegation where file_id = :file and revoked_at is null order by id")
                .param("file", file)
                .query((rs, n) -> new DelegationView(
                        rs.getLong("id"),
                        rs.getLong("file_id"),
                        rs.getString("unit_code"),
                        Part.load(rs.getString("parts")).stream()
                                .map(Part::toString)
                                .toList(),
                        Rows.instant(rs, "valid_from"),
                        Rows.instant(rs, "valid_until"),
                        rs.getBoolean("download")))
                .list();
    }
}
