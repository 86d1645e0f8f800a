package org.redgrid.organization.internal;

import java.util.List;
import java.util.Optional;
import org.redgrid.organization.NewPartyOrg;
import org.redgrid.organization.PartyOrgKind;
import org.redgrid.organization.PartyOrgView;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
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
                .query(PartyOrgs::map)
                .list();
    }

    public Optional<PartyOrgView> find(DataScope scope, long id) {
        return ScopedSql.bind(
                        jdbc.sql("select * from party_org where id = :id and " + ScopedSql.within("scope_code")), scope)
                .param("id", id)
                .query(PartyOrgs::map)
                .optional();
    }

    private static PartyOrgView map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new PartyOrgView(
                rs.getLong("id"),
                rs.getString("org_key"),
                (Long) rs.getObject("parent_id"),
                PartyOrgKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getString("scope_code"));
    }

    public Optional<Long> idOf(DataScope scope, String key) {
        return ScopedSql.bind(
                        jdbc.sql("select id from party_org where org_key = :key and " + ScopedSql.within("scope_code")),
                        scope)
                .param("key", key)
                .query(Long.class)
                .optional();
    }

    /**
     * Whether the organisation serves the scope or a place above it: a grid worker's members join the
     * community's committee as well as their grid's branch.
     */
    public boolean visible(DataScope scope, long id) {
        return ScopedSql.bind(
                                jdbc.sql("select count(*) from party_org where id = :id and ("
                                        + ScopedSql.within("scope_code") + " or scope_code = any(:ancestors))"),
                                scope)
                        .param("id", id)
                        .param("ancestors", Divisions.ancestors(scope))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Checks the command, with a parent the writer can see, and inserts the organisation. */
    public long insert(DataScope writer, NewPartyOrg command, String scopeCode) {
        if (command.kind() == null) throw new InvalidValue("kind", "required", "组织类型不能为空", "kind is required");
        Text.required("name", command.name(), 150);
        if (command.parentId() != null && !visible(writer, command.parentId())) {
            throw new NotFound("party organisation", command.parentId());
        }
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
