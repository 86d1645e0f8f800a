package org.redgrid.engagement.internal;

import java.util.ArrayList;
import java.util.List;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.DivisionCode;
import org.redgrid.shared.DivisionLevel;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The scope predicates of engagement. Registrations, teams and activities belong to a community; a
 * member, a resident or a grid worker whose scope is one grid sees those of the community above it
 * (the teams published to residents of their area), by the list of the scope's ancestor codes.
 */
public final class Places {

    private Places() {}

    /** Rows whose {@code column} lies in the scope or is a division above it. */
    public static String visible(String column) {
        return "(" + ScopedSql.within(column) + " or " + column + " in (:scopeAncestors))";
    }

    public static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, DataScope scope) {
        return ScopedSql.bind(statement, scope).param("scopeAncestors", ancestors(scope));
    }

    static List<String> ancestors(DataScope scope) {
        List<String> codes = new ArrayList<>();
        for (DivisionLevel level : DivisionLevel.values()) {
            if (level.digits() < scope.prefix().length())
                codes.add(scope.prefix().substring(0, level.digits()));
        }
        codes.add(scope.prefix()); // never empty for the IN list; the prefix itself is also inside the range
        return codes;
    }

    /** A community (12-digit village-level division code), or a 400 naming the field. */
    public static String community(String field, String raw) {
        DivisionCode code = DivisionCode.parse(field, raw);
        if (code.level() != DivisionLevel.VILLAGE) {
            throw new InvalidValue(field, "community.level", "须为 12 位社区（村）代码", "must be a 12-digit community code");
        }
        return code.value();
    }
}
