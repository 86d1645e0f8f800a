package org.redgrid.deliberation.internal;

import org.redgrid.shared.DataScope;
import org.redgrid.shared.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The data scope of deliberation rows: the communities inside the actor's area, and for a resident or
 * grid worker (scoped to a grid) the community the grid lies in. One indexed range plus one equality.
 */
final class CommunityScope {

    private CommunityScope() {}

    static String within(String column) {
        return "(" + ScopedSql.within(column) + " or " + column + " = :scopeCommunity)";
    }

    static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, DataScope scope) {
        String prefix = scope.prefix();
        return ScopedSql.bind(statement, scope)
                .param("scopeCommunity", prefix.length() > 12 ? prefix.substring(0, 12) : "");
    }
}
