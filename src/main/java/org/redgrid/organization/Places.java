package org.redgrid.organization;

import java.util.Optional;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.ScopeCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a place exists at all, for modules that must check a code before binding something to it
 * (a user's data scope, an Open311 key's area, a partner unit). Codes are public; what lies inside a
 * place is not, so nothing here is filtered by the caller's scope and nothing but existence is
 * answered.
 */
@Component
public class Places {

    private final JdbcClient jdbc;

    Places(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The area a granter binds something to (a user's scope, an API key's area), asked in this order:
     * a {@link ScopeCode} of a natural length (400 {@code scope.format}), inside the granter's own
     * scope (403, before existence, so nothing is learnt about places outside it), and a division or
     * grid that exists (400 {@code scope.exists}).
     */
    public DataScope bindable(String field, String raw, DataScope granter) {
        ScopeCode code = ScopeCode.parse(field, raw);
        if (!granter.contains(code.value())) {
            throw new Forbidden("不能授予超出本级管辖范围的数据范围", "you cannot grant an area outside your own scope");
        }
        requireExisting(field, code);
        return code.scope();
    }

    /**
     * The place a record is written for (a party organisation's, a partner unit's, a service place's):
     * a {@link ScopeCode} (400 {@code scope.format}) inside the writer's scope (404 outside it, as for
     * a read) that exists (400 {@code scope.exists}).
     */
    public String placeWithin(String field, String raw, DataScope writer) {
        ScopeCode code = ScopeCode.parse(field, raw);
        if (!writer.contains(code.value())) throw new NotFound("division", code.value());
        requireExisting(field, code);
        return code.value();
    }

    private void requireExisting(String field, ScopeCode code) {
        if (!exists(code.value())) {
            throw new InvalidValue(
                    field, "scope.exists", "数据范围不是现有的区划或网格", "the area is not an existing division or grid");
        }
    }

    /** Whether the code names a division of the tree (2, 4, 6, 9 or 12 digits) or a grid (15 digits). */
    public boolean exists(String code) {
        if (code == null || !code.matches("\\d{2,15}")) return false;
        String table = code.length() == 15 ? "grid" : "division";
        return jdbc.sql("select count(*) from " + table + " where code = :code")
                        .param("code", code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The area a partner unit (by credit code) serves, if there is such a unit. */
    public Optional<String> partnerUnitArea(String creditCode) {
        if (creditCode == null) return Optional.empty();
        return jdbc.sql("select scope_code from partner_unit where credit_code = :code")
                .param("code", creditCode.trim().toUpperCase())
                .query(String.class)
                .optional();
    }
}
