package org.redgrid.casework;

import java.util.List;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.Text;

/**
 * An extra field that a category's intake form asks for (附加信息), such as the pole number of a
 * broken street light. Lists offer fixed choices by key.
 */
public record FormField(
        String code,
        FieldType datatype,
        boolean required,
        String description,
        String datatypeDescription,
        int order,
        List<Choice> values) {

    public FormField {
        if (code == null || !code.matches("[a-z][a-z0-9_]{0,47}")) {
            throw new InvalidValue(
                    "code", "form-field.code", "字段编码须为小写字母、数字和下划线", "a field code is lower-case letters, digits and _");
        }
        if (datatype == null) throw new InvalidValue("datatype", "required", "须指定字段类型", "datatype is required");
        if (description == null || description.isBlank() || description.length() > 200) {
            throw new InvalidValue(
                    "description", "required", "字段说明须为 1–200 个字符", "description must be 1–200 characters");
        }
        datatypeDescription = Text.optional("datatypeDescription", datatypeDescription, 200);
        values = values == null ? List.of() : List.copyOf(values);
        if (datatype.isList() == values.isEmpty()) {
            throw new InvalidValue(
                    "values",
                    "form-field.values",
                    "选择类字段须列出选项，其他字段不列选项",
                    "list fields need values, other fields take none");
        }
    }

    /** One choice of a list field. */
    public record Choice(String key, String name) {

        public Choice {
            if (key == null || key.isBlank() || key.length() > 48 || name == null || name.isBlank()) {
                throw new InvalidValue("values", "form-field.choice", "选项须有键和名称", "a choice needs a key and a name");
            }
            name = Text.required("values.name", name, 100);
        }
    }
}
