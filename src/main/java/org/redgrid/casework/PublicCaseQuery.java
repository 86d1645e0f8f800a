package org.redgrid.casework;

import java.time.Instant;
import java.util.List;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.InvalidValue;

/**
 * Which public cases to show: by number (which overrides every other filter), else by category,
 * reporting period and open or closed, newest first, at most {@code limit}.
 */
public record PublicCaseQuery(
        DataScope scope,
        List<String> numbers,
        List<String> categories,
        Instant from,
        Instant to,
        Boolean closed,
        int limit) {

    public PublicCaseQuery {
        if (scope == null) throw new IllegalArgumentException("scope is required");
        numbers = numbers == null ? List.of() : List.copyOf(numbers);
        categories = categories == null ? List.of() : List.copyOf(categories);
        if (limit < 1 || limit > 1000) {
            throw new InvalidValue("limit", "range", "条数须在 1 到 1000 之间", "limit must lie between 1 and 1000");
        }
    }
}
