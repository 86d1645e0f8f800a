package org.redgrid.training.internal;

import java.util.stream.IntStream;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What of training a scope sees: everything inside it, and the schools, teachers and courses of the
 * places above it, since a county's school teaches its townships' members and its pool is shared
 * county-wide (全旗循环共享).
 */
final class TrainingScope {

    private TrainingScope() {}

    /** Rows of {@code column} inside the scope or at one of its ancestors. */
    static String insideOrAbove(String column) {
        return "(" + ScopedSql.within(column) + " or " + column + " = any(:scopeAncestors))";
    }

    static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, DataScope scope) {
        return ScopedSql.bind(statement, scope).param("scopeAncestors", ancestors(scope));
    }

    static String[] ancestors(DataScope scope) {
        String prefix = scope.prefix();
        return IntStream.of(2, 4, 6, 9, 12)
                .filter(digits -> digits < prefix.length())
                .mapToObj(digits -> prefix.substring(0, digits))
                .toArray(String[]::new);
    }
}
