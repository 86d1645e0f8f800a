package org.redgrid.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.redgrid.organization.NewPartnerUnit;
import org.redgrid.organization.PartnerUnitKind;
import org.redgrid.organization.PartnerUnitView;
import org.redgrid.organization.Places;
import org.redgrid.organization.Saved;
import org.redgrid.organization.Warning;
import org.redgrid.shared.Actor;
import org.redgrid.shared.CreditCode;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.PageResult;
import org.redgrid.shared.Paging;
import org.redgrid.shared.ScopedSql;
import org.redgrid.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Partner units (共建单位) in SQL. A scope sees the units serving it or any place above it: a county
 * gas company serves every grid of the county.
 */
@Component
public class PartnerUnits {

    private static final String VISIBLE = "(" + ScopedSql.within("scope_code") + " or scope_code = any(:ancestors))";
    private static final String SEARCH = VISIBLE + " and (:q = '' or name like :like or credit_code = :upper)";

    private final JdbcClient jdbc;
    private final Places places;

    PartnerUnits(JdbcClient jdbc, Places places) {
        this.jdbc = jdbc;
        this.places = places;
    }

    public Optional<PartnerUnitView> byCreditCode(DataScope scope, String creditCode) {
        return ScopedSql.bind(jdbc.sql("select * from partner_unit where credit_code = :code and " + VISIBLE), scope)
                .param("code", creditCode == null ? "" : creditCode.trim().toUpperCase())
                .param("ancestors", Divisions.ancestors(scope))
                .query(PartnerUnits::map)
                .optional();
    }

    public Optional<PartnerUnitView> byId(DataScope scope, long id) {
        return ScopedSql.bind(jdbc.sql("select * from partner_unit where id = :id and " + VISIBLE), scope)
                .param("id", id)
                .param("ancestors", Divisions.ancestors(scope))
                .query(PartnerUnits::map)
                .optional();
    }

    public PageResult<PartnerUnitView> search(DataScope scope, String query, Paging paging) {
        String q = query == null ? "" : query.trim();
        var items = ScopedSql.bind(
                        jdbc.sql("select * from partner_unit where " + SEARCH
                                + " order by name limit :limit offset :offset"),
                        scope)
                .param("ancestors", Divisions.ancestors(scope))
                .param("q", q)
                .param("like", "%" + q + "%")
                .param("upper", q.toUpperCase())
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(PartnerUnits::map)
                .list();
        long total = ScopedSql.bind(jdbc.sql("select count(*) from partner_unit where " + SEARCH), scope)
                .param("ancestors", Divisions.ancestors(scope))
                .param("q", q)
                .param("like", "%" + q + "%")
                .param("upper", q.toUpperCase())
                .query(Long.class)
                .single();
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }

    /**
     * Checks the command, inside the writer's scope, and inserts the unit. A credit code failing its
     * check character is kept with a warning: old paper records carry such codes.
     */
    public Saved<PartnerUnitView> create(Actor actor, NewPartnerUnit command) {
        Text.required("name", command.name(), 150);
        CreditCode creditCode = CreditCode.parse("creditCode", command.creditCode());
        if (command.kind() == null) throw new InvalidValue("kind", "required", "单位类型不能为空", "kind is required");
        String scopeCode = places.placeWithin("scopeCode", command.scopeCode(), actor.scope());
        List<Warning> warnings = new ArrayList<>();
        if (!creditCode.checkCharacterValid()) {
            warnings.add(new Warning(
                    "creditCode",
                    "gb32100.check-character",
                    "统一社会信用代码校验位应为 " + creditCode.expectedCheckCharacter() + "，请核实",
                    "the check character should be " + creditCode.expectedCheckCharacter()
                            + "; please verify the code"));
        }
        return new Saved<>(insert(command, creditCode, scopeCode), warnings);
    }

    private PartnerUnitView insert(NewPartnerUnit command, CreditCode creditCode, String scopeCode) {
        long id = jdbc.sql("""
                        insert into partner_unit (unit_key, name, credit_code, credit_code_checked, kind, scope_code)
                        values (:key, :name, :code, :checked, :kind, :scope) returning id""")
                .param("key", command.key())
                .param("name", command.name().trim())
                .param("code", creditCode.value())
                .param("checked", creditCode.checkCharacterValid())
                .param("kind", command.kind().name())
                .param("scope", scopeCode)
                .query(Long.class)
                .single();
        return jdbc.sql("select * from partner_unit where id = :id")
                .param("id", id)
                .query(PartnerUnits::map)
                .single();
    }

    private static PartnerUnitView map(ResultSet rs, int row) throws SQLException {
        return new PartnerUnitView(
                rs.getLong("id"),
                rs.getString("unit_key"),
                rs.getString("name"),
                rs.getString("credit_code"),
                rs.getBoolean("credit_code_checked"),
                PartnerUnitKind.valueOf(rs.getString("kind")),
                rs.getString("scope_code"));
    }
}
