package org.redgrid.open311.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.redgrid.casework.CategoryForm;
import org.redgrid.casework.FormField;

/**
 * How a request reads as a case: its title is the first line of the description (at most 60
 * characters), or the service's name; its description carries the attribute values in words after
 * the client's text, so that staff read them with the case, as long as both fit in 4000 characters.
 */
public final class CaseText {

    static final int MAX_TITLE = 60;
    static final int MAX_DESCRIPTION = 4000;

    private CaseText() {}

    public static String title(CategoryForm service, String description) {
        String firstLine = description.strip().lines().findFirst().orElse("").strip();
        if (firstLine.isEmpty()) return service.nameZh();
        return firstLine.length() <= MAX_TITLE ? firstLine : firstLine.substring(0, MAX_TITLE) + "…";
    }

    public static String description(String description, CategoryForm service, Map<String, List<String>> values) {
        String summary = summary(service, values);
        return summary.isEmpty() || description.length() + summary.length() + 1 > MAX_DESCRIPTION
                ? description
                : description + "\n" + summary;
    }

    /** The attribute values in words: each field's description, then the names of the chosen keys. */
    static String summary(CategoryForm service, Map<String, List<String>> values) {
        List<String> parts = new ArrayList<>();
        for (FormField field : service.fields()) {
            List<String> given = values.get(field.code());
            if (given == null) continue;
            List<String> words = given.stream().map(value -> word(field, value)).toList();
            parts.add(field.description() + "：" + String.join("、", words));
        }
        return parts.isEmpty() ? "" : "【附加信息】" + String.join("；", parts);
    }

    private static String word(FormField field, String value) {
        return field.values().stream()
                .filter(choice -> choice.key().equals(value))
                .map(FormField.Choice::name)
                .findFirst()
                .orElse(value);
    }
}
