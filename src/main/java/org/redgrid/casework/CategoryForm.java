package org.redgrid.casework;

import java.util.List;

/**
 * A category as an intake form: its names, the group it belongs to, whether outside 311 clients may
 * file it, whether its cases are shown publicly, and the extra fields it asks for in their order.
 */
public record CategoryForm(
        String code,
        String nameZh,
        String nameEn,
        String groupZh,
        boolean open311,
        boolean publicView,
        boolean active,
        List<FormField> fields) {

    public CategoryForm {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
