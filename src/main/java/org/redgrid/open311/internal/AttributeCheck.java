package org.redgrid.open311.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redgrid.casework.CategoryForm;
import org.redgrid.casework.FieldType;
import org.redgrid.casework.FormField;
import org.redgrid.shared.InvalidValue;

/**
 * How the {@code attribute[code]} values of a request are checked against its service's form: a
 * required field has a value, only a multi-value list takes several, and each value fits its datatype
 * (a number, an ISO 8601 time with offset, a string of at most 200 or a text of at most 4000
 * characters, a key of the field's choices). Values for fields the form does not have are left out, as
 * 311 clients often send more. Errors name the field as the client sent it, {@code attribute[code]}.
 */
public final class AttributeCheck {

    private AttributeCheck() {}

    /** The checked values in the form's order, blank values dropped and the rest trimmed. */
    public static Map<String, List<String>> check(CategoryForm form, Map<String, List<String>> values) {
        Map<String, List<String>> checked = new LinkedHashMap<>();
        for (FormField field : form.fields()) {
            String name = "attribute[" + field.code() + "]";
            List<String> given = new ArrayList<>();
            for (String value : values.getOrDefault(field.code(), List.of())) {
                if (value != null && !value.isBlank()) given.add(value.trim());
            }
            if (given.isEmpty()) {
                if (field.required()) {
                    throw new InvalidValue(
                            name, "required", field.description() + "（" + name + "）为必填项", name + " is required");
                }
                continue;
            }
            if (field.datatype() != FieldType.MULTIVALUELIST && given.size() > 1) {
                throw new InvalidValue(name, "single-value", name + " 只能填一个值", name + " takes one value");
            }
            for (String value : given) checkValue(name, field, value);
            checked.put(field.code(), List.copyOf(given));
        }
        return checked;
    }

    private static void checkValue(String name, FormField field, String value) {
        switch (field.datatype()) {
            case NUMBER -> {
                try {
                    new BigDecimal(value);
                } catch (NumberFormatException e) {
                    throw new InvalidValue(name, "type.number", name + " 须为数字", name + " must be a number");
                }
            }
            case DATETIME -> {
                try {
                    OffsetDateTime.parse(value);
                } catch (DateTimeParseException e) {
                    throw new InvalidValue(
                            name,
                            "type.datetime",
                            name + " 须为带时区的 ISO 8601 时间",
                            name + " must be an ISO 8601 date and time with offset");
                }
            }
            case STRING -> tooLong(name, value, 200);
            case TEXT -> tooLong(name, value, 4000);
            case SINGLEVALUELIST, MULTIVALUELIST -> {
                if (field.values().stream().noneMatch(choice -> choice.key().equals(value))) {
                    throw new InvalidValue(
                            name, "choice", name + " 不是可选的值: " + value, name + " has no choice " + value);
                }
            }
        }
    }

    private static void tooLong(String name, String value, int max) {
        if (value.length() > max) {
            throw new InvalidValue(
                    name, "max-length", name + " 最多 " + max + " 个字符", name + " is longer than " + max + " characters");
        }
    }
}
