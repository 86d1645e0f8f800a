package org.redgrid.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.redgrid.shared.Actor;
import org.redgrid.shared.AuditRecord;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The intake forms of the case categories: which categories outside 311 clients may file, and the
 * extra fields each asks for. Forms are public, like the category list of any 311 service; only the
 * region administrator changes them.
 */
@Service
@Transactional(readOnly = true)
public class CategoryForms {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<FormField.Choice>> CHOICES = new TypeReference<>() {};
    private static final String SELECT = "select k.code, k.name_zh, k.name_en, p.name_zh as group_zh, k.open311,"
            + " k.public_view, k.active from case_category k left join case_category p on p.code = k.parent_code";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    CategoryForms(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The active categories that outside 311 clients may file, by code. */
    public List<CategoryForm> open311Forms() {
        var forms = jdbc.sql(SELECT + " where k.open311 and k.active order by k.code")
                .query(this::mapForm)
                .list();
        return forms;
    }

    public Optional<CategoryForm> form(String code) {
        if (code == null) return Optional.empty();
        return jdbc.sql(SELECT + " where k.code = :code")
                .param("code", code.trim())
                .query(this::mapForm)
                .optional();
    }

    /** Replaces a category's extra fields and sets whether 311 clients may file it. */
    @Transactional
    public CategoryForm save(String code, FormChange change) {
        Actor actor = CurrentActor.require();
        if (!actor.has(org.redgrid.shared.Role.REGION_ADMIN)) {
            throw new Forbidden("只有自治区管理员可以配置诉求类别", "only the region administrator configures categories");
        }
        CategoryForm current = form(code).orElseThrow(() -> new NotFound("category", code));
        List<FormField> fields = change == null || change.fields() == null ? List.of() : change.fields();
        Set<String> codes = uniqueCodes(fields);
        replaceFields(current.code(), fields);
        boolean open311 = change != null && change.open311() != null ? change.open311() : current.open311();
        jdbc.sql("update case_category set open311 = :open311 where code = :code")
                .param("open311", open311)
                .param("code", current.code())
                .update();
        events.publishEvent(new AuditRecord(
                "CATEGORY_FORM_SAVED",
                "case_category",
                current.code(),
                null,
                "open311=" + open311 + " fields=" + codes));
        return form(current.code()).orElseThrow();
    }

    private static Set<String> uniqueCodes(List<FormField> fields) {
        Set<String> codes = new HashSet<>();
        for (FormField field : fields) {
            if (field == null) throw new InvalidValue("fields", "required", "字段不能为空", "a field must not be null");
            if (!codes.add(field.code())) {
                throw new InvalidValue(
                        "fields",
                        "form-field.unique",
                        "字段编码重复: " + field.code(),
                        "duplicate field code " + field.code());
            }
        }
        return codes;
    }

    private void replaceFields(String category, List<FormField> fields) {
        jdbc.sql("delete from case_category_attribute where category_code = :code")
                .param("code", category)
                .update();
        for (FormField field : fields) {
            jdbc.sql("""
                            insert into case_category_attribute (category_code, code, datatype, required, description,
                                                                 datatype_description, position, choices)
                            values (:category, :code, :datatype, :required, :description, :datatypeDescription, :position, :choices)""")
                    .param("category", category)
                    .param("code", field.code())
                    .param("datatype", field.datatype().wireName())
                    .param("required", field.required())
                    .param("description", field.description().trim())
                    .param("datatypeDescription", field.datatypeDescription(), java.sql.Types.VARCHAR)
                    .param("position", field.order())
                    .param("choices", JSON.writeValueAsString(field.values()))
                    .update();
        }
    }

    private CategoryForm mapForm(ResultSet rs, int row) throws SQLException {
        String code = rs.getString("code");
        List<FormField> fields = jdbc.sql("select * from case_category_attribute where category_code = :code"
                        + " order by position, code")
                .param("code", code)
                .query((field, n) -> new FormField(
                        field.getString("code"),
                        FieldType.valueOf(field.getString("datatype").toUpperCase(java.util.Locale.ROOT)),
                        field.getBoolean("required"),
                        field.getString("description"),
                        field.getString("datatype_description"),
                        field.getInt("position"),
                        JSON.readValue(field.getString("choices"), CHOICES)))
                .list();
        return new CategoryForm(
                code,
                rs.getString("name_zh"),
                rs.getString("name_en"),
                rs.getString("group_zh"),
                rs.getBoolean("open311"),
                rs.getBoolean("public_view"),
                rs.getBoolean("active"),
                fields);
    }
}
