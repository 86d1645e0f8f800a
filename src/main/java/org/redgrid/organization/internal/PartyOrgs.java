package org.redgrid.organization.internal;

import java.util.List;
import java.util.Optional;
import org.redgrid.organization.NewPartyOrg;
import org.redgrid.organization.PartyOrgKind;
import org.redgrid.organization.PartyOrgView;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.ScopedSql;
import org.redgrid.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The party organisation tree (党组织) in SQL, read inside a scope by the place each serves. */
@Component
public class PartyOrgs {

    private final JdbcClient jdbc;

    PartyOrgs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PartyOrgView> list(DataScope scope, String within) {
        return ScopedSql.bind(
                        jdbc.sql("select * from party_org where " + ScopedSql.within("scope_code")
                                + " and scope_code like :within order by scope_code, id"),
                        scope)
                .param("within", (within == null ? "" : within.trim()) + "%")
                .query((rs, n) -> new PartyOrgView(
                        rs.getLong("id"),
                        rs.getString("org_key"),
                        (Long) rs.getObject("parent_id"),
                        PartyOrgKind.valueOf(rs.getString("kind")),
                        rs.getString("name"),
                        rs.getString("scope_code")))
                .list();
    }

    public Optional<Long> idOf(DataScope scope, String key) {
        return ScopedSql.bind(
                        jdbc.sql("select id from party_org where org_key = :key and " + ScopedSql.within("scope_code")),
                        scope)
                .param("key", key)
                .query(Long.class)
                .optional();
    }

    /** Checks the command and inserts the organisation; the caller has checked the scope code. */
    public long insert(NewPartyOrg command, String scopeCode) {
        if (command.kind() == null) throw new InvalidValue("kind", "required", "组织类型不能为空", "kind is required");
        Text.required("name", command.name(), 150);
        return jdbc.sql("""
                        insert into party_org (org_key, parent_id, kind, name, scope_code)
                        values (:key, :parent, :kind, :name, :scope) returning id""")
                .param("key", command.key())
                .param("parent", command.parentId())
                .param("kind", command.kind().name())
                .param("name", command.name().trim())
                .param("scope", scopeCode)
                .query(Long.class)
                .single();
    }
}
