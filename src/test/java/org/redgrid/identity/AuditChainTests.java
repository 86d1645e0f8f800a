package org.redgrid.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class AuditChainTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAuditLogRejectsUpdatesAndDeletes() {
        assertThatThrownBy(() -> jdbc.sql("update audit_log set actor = 'someone' where seq = 1")
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_log where seq = 1").update())
                .hasMessageContaining("append-only");
    }

    @Test
    void verificationDetectsAnEditedEntryAndPassesAgainOnceRestored() {
        var admin = Api.as(port, "region.admin");
        var intact = admin.get("/api/v1/audit/verify").json();
        assertThat(intact.path("intact").asBoolean()).isTrue();
        assertThat(intact.path("checked").asLong()).isPositive();

        long victim = 3;
        String original = jdbc.sql("select actor from audit_log where seq = :seq")
                .param("seq", victim)
                .query(String.class)
                .single();
        tamper("update audit_log set actor = 'mallory' where seq = " + victim);
        try {
            var broken = admin.get("/api/v1/audit/verify").json();
            assertThat(broken.path("intact").asBoolean()).isFalse();
            assertThat(broken.path("brokenAt").asLong()).isEqualTo(victim);
        } finally {
            tamper("update audit_log set actor = '" + original + "' where seq = " + victim);
        }
        assertThat(admin.get("/api/v1/audit/verify").json().path("intact").asBoolean())
                .isTrue();
    }

    @Test
    void verificationDetectsARemovedEntry() {
        var admin = Api.as(port, "region.admin");
        long last = jdbc.sql("select max(seq) from audit_log").query(Long.class).single();
        var row = jdbc.sql("select * from audit_log where seq = 2").query().singleRow();
        tamper("delete from audit_log where seq = 2");
        try {
            var broken = admin.get("/api/v1/audit/verify").json();
            assertThat(broken.path("intact").asBoolean()).isFalse();
            assertThat(broken.path("brokenAt").asLong()).isEqualTo(2);
        } finally {
            jdbc.sql(
                            "insert into audit_log (id, seq, at, actor, action, target_type, target_id, scope_code, detail, prev_hash, hash)"
                                    + " values (:id, :seq, :at, :actor, :action, :targetType, :targetId, :scope, :detail, :prev, :hash)")
                    .param("id", row.get("id"))
                    .param("seq", row.get("seq"))
                    .param("at", row.get("at"))
                    .param("actor", row.get("actor"))
                    .param("action", row.get("action"))
                    .param("targetType", row.get("target_type"))
                    .param("targetId", row.get("target_id"))
                    .param("scope", row.get("scope_code"))
                    .param("detail", row.get("detail"))
                    .param("prev", row.get("prev_hash"))
                    .param("hash", row.get("hash"))
                    .update();
        }
        assertThat(last).isGreaterThan(2);
        assertThat(admin.get("/api/v1/audit/verify").json().path("intact").asBoolean())
                .isTrue();
    }

    @Test
    void anAuditedWriteIsChainedAfterItsCommitAndVerificationWaitsForIt() {
        var admin = Api.as(port, "region.admin");
        jdbc.sql("insert into audit_log (at, actor, action) values (now(), 'system', 'CHAIN_PROBE')")
                .update();

        var report = admin.get("/api/v1/audit/verify").json();

        assertThat(report.path("intact").asBoolean()).isTrue();
        assertThat(report.path("pending").asLong()).isZero();
        assertThat(jdbc.sql("select seq from audit_log where action = 'CHAIN_PROBE' order by id desc limit 1")
                        .query(Long.class)
                        .single())
                .isPositive()
                .isLessThanOrEqualTo(report.path("checked").asLong());
    }

    @Test
    void theOnlyChangeAnUnchainedEntryAcceptsIsItsChainPosition() {
        long id = jdbc.sql(
                        "insert into audit_log (at, actor, action) values (now(), 'system', 'EDIT_PROBE') returning id")
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> jdbc.sql("update audit_log set actor = 'someone' where id = :id")
                        .param("id", id)
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_log where id = :id")
                        .param("id", id)
                        .update())
                .hasMessageContaining("append-only");
        assertThat(Api.as(port, "region.admin")
                        .get("/api/v1/audit/verify")
                        .json()
                        .path("intact")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void onlyTheRegionAdministratorVerifiesTheChain() {
        assertThat(Api.as(port, "saihan.admin").get("/api/v1/audit/verify").status())
                .isEqualTo(403);
    }

    /** Someone with database access bypasses the trigger: exactly what the hash chain must expose. */
    private void tamper(String sql) {
        jdbc.sql("alter table audit_log disable trigger audit_log_no_update").update();
        try {
            jdbc.sql(sql).update();
        } finally {
            jdbc.sql("alter table audit_log enable trigger audit_log_no_update").update();
        }
    }
}
