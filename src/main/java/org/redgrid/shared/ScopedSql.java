package org.redgrid.shared;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one data-scope mechanism: a code-prefix range on an indexed {@code collate "C"} column, added to
 * every list, detail, search, export and count. Never a filter after loading, never a tree walk.
 */
public final class ScopedSql {

    private ScopedSql() {}

    /** A predicate restricting {@code column} to the scope bound by {@link #bind}. */
    public static String within(String column) {
        return "(" + column + " >= :scopeLower and " + column + " < :scopeUpper)";
    }

    public static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, DataScope scope) {
        return statement.param("scopeLower", scope.lower()).param("scopeUpper", scope.upper());
    }
}
