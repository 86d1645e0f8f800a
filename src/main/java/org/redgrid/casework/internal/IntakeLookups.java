package org.redgrid.casework.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.redgrid.casework.CategoryView;
import org.redgrid.organization.Organization;

/**
 * The categories and grids the reports of one intake name, each looked up once: a batch of 500
 * cases from one hotline desk names a handful of each. A refusal (no such leaf category) is
 * remembered too and given again to every item that names the same code.
 */
public final class IntakeLookups {

    private final Categories categories;
    private final Organization organization;
    private final Map<String, Object> categoryByCode = new HashMap<>();
    private final Map<String, Object> gridExists = new HashMap<>();

    IntakeLookups(Categories categories, Organization organization) {
        this.categories = categories;
        this.organization = organization;
    }

    CategoryView category(String code) {
        return remembered(categoryByCode, code, categories::forNewCase);
    }

    boolean gridExists(String grid) {
        return remembered(gridExists, grid, organization::gridExists);
    }

    @SuppressWarnings("unchecked")
    private static <V> V remembered(Map<String, Object> known, String key, Function<String, V> lookUp) {
        Object value = known.computeIfAbsent(key, k -> {
            try {
                return lookUp.apply(k);
            } catch (RuntimeException refused) {
                return refused;
            }
        });
        if (value instanceof RuntimeException refused) throw refused;
        return (V) value;
    }
}
