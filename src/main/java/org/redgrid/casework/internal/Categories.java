package org.redgrid.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.redgrid.casework.CategoryChange;
import org.redgrid.casework.CategoryView;
import org.redgrid.shared.Actor;
import org.redgrid.shared.AuditRecord;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.Role;
import org.redgrid.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code case_category} table: the categories, their deadline policy and their checklists. */
@Component
public class Categories {

    private static final int CHECKLIST_ITEMS = 30;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Categories(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public List<CategoryView> all() {
        return jdbc.sql("select * from case_category order by code")
                .query(Categories::map)
                .list();
    }

    public CategoryView get(String code) {
        return jdbc.sql("select * from case_category where code = :code")
                .param("code", code)
                .query(Categories::map)
                .optional()
                .orElseThrow(() -> new NotFound("category", code));
    }

    /** The category a new case may take: active, and a leaf (a parent only groups its children). */
    public CategoryView forNewCase(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidValue("category", "required", "须指定类别", "category is required");
        }
        return jdbc.sql("""
                        select * from case_category k where code = :code and active
                           and not exists (select 1 from case_category child where child.parent_code = k.code)""")
                .param("code", code.trim())
                .query(Categories::map)
                .optional()
                .orElseThrow(() -> new InvalidValue(
                        "category", "category.leaf", "类别不存在、已停用或不是末级类别", "no such active leaf category"));
    }

    /** The deadline policy of a category. */
    public DeadlinePolicy policy(String code) {
        return policy(get(code));
    }

    public static DeadlinePolicy policy(CategoryView category) {
        return new DeadlinePolicy(
                Duration.parse(category.limitGeneral()),
                Duration.parse(category.limitUrgent()),
                Duration.parse(category.limitCritical()),
                category.warnRatio(),
                Optional.ofNullable(category.maxExtension()).map(Duration::parse));
    }

    /** Creates or changes a category and its deadline policy; region administrators only. */
    public CategoryView save(Actor actor, String code, CategoryChange body) {
        if (!actor.has(Role.REGION_ADMIN)) {
            throw new Forbidden("只有自治区管理员可以配置诉求类别", "only the region administrator configures categories");
        }
        if (code == null || !code.matches("[A-Z][A-Z0-9_]*(\\.[A-Z][A-Z0-9_]*)*") || code.length() > 48) {
            throw new InvalidValue(
                    "code", "category.code", "类别编码须为大写字母、数字、下划线，以点分级", "code must be upper-case words joined by dots");
        }
        String parent = Text.blankToNull(body.parentCode());
        if (parent != null) get(parent);
        String nameZh = Text.required("nameZh", body.nameZh(), 100);
        String nameEn = Text.required("nameEn", body.nameEn(), 100);
        String general = limit("limitGeneral", body.limitGeneral());
        String urgent = limit("limitUrgent", body.limitUrgent());
        String critical = limit("limitCritical", body.limitCritical());
        String maxExtension = body.maxExtension() == null || body.maxExtension().isBlank()
                ? null
                : limit("maxExtension", body.maxExtension());
        // Kept with two decimals (numeric(3, 2)): 0.996 would be stored as 1.00.
        double warn = body.warnRatio() == null ? 0.8 : Math.round(body.warnRatio() * 100) / 100.0;
        new DeadlinePolicy(
                Duration.parse(general), Duration.parse(urgent), Duration.parse(critical), warn, Optional.empty());
        upsert(code, parent, nameZh, nameEn, new String[] {general, urgent, critical}, warn, maxExtension, body);
        events.publishEvent(new AuditRecord(
                "CATEGORY_SAVED", "case_category", code, null, general + "/" + urgent + "/" + critical));
        return get(code);
    }

    private void upsert(
            String code,
            String parent,
            String nameZh,
            String nameEn,
            String[] limits,
            double warn,
            String maxExtension,
            CategoryChange body) {
        jdbc.sql("""
                        insert into case_category (code, parent_code, name_zh, name_en, limit_general, limit_urgent, limit_critical,
                                                   warn_ratio, public_view, active, checklist, max_extension, evidence_photo)
                        values (:code, :parent, :nameZh, :nameEn, :general, :urgent, :critical, :warn, :public, :active,
                                :checklist, :maxExtension, :evidencePhoto)
                        on conflict (code) do update set parent_code = excluded.parent_code, name_zh = excluded.name_zh,
                            name_en = excluded.name_en, limit_general = excluded.limit_general,
                            limit_urgent = excluded.limit_urgent, limit_critical = excluded.limit_critical,
                            warn_ratio = excluded.warn_ratio, public_view = excluded.public_view, active = excluded.active,
                            checklist = excluded.checklist, max_extension = excluded.max_extension,
                            evidence_photo = excluded.evidence_photo""")
                .param("code", code)
                .param("parent", parent, Types.VARCHAR)
                .param("nameZh", nameZh)
                .param("nameEn", nameEn)
                .param("general", limits[0])
                .param("urgent", limits[1])
                .param("critical", limits[2])
                .param("warn", warn)
                .param("public", !Boolean.FALSE.equals(body.publicView()))
                .param("active", !Boolean.FALSE.equals(body.active()))
                .param("checklist", checklist(body.checklist()))
                .param("maxExtension", maxExtension, Types.VARCHAR)
                .param("evidencePhoto", Boolean.TRUE.equals(body.evidencePhoto()))
                .update();
    }

    /** 一次告知: at most {@value #CHECKLIST_ITEMS} documents, each named in at most 200 characters. */
    private static String[] checklist(List<String> items) {
        if (items == null) return new String[0];
        if (items.size() > CHECKLIST_ITEMS) {
            throw new InvalidValue(
                    "checklist",
                    "max-items",
                    "材料清单最多 " + CHECKLIST_ITEMS + " 项",
                    "a checklist has at most " + CHECKLIST_ITEMS + " items");
        }
        return items.stream()
                .map(item -> Text.optional("checklist", item, 200))
                .filter(java.util.Objects::nonNull)
                .toArray(String[]::new);
    }

    private static String limit(String field, String value) {
        return DeadlinePolicy.bounded(field, value, DeadlinePolicy.LONGEST).toString();
    }

    private static CategoryView map(ResultSet rs, int row) throws SQLException {
        return new CategoryView(
                rs.getString("code"),
                rs.getString("parent_code"),
                rs.getString("name_zh"),
                rs.getString("name_en"),
                rs.getString("limit_general"),
                rs.getString("limit_urgent"),
                rs.getString("limit_critical"),
                rs.getDouble("warn_ratio"),
                rs.getBoolean("public_view"),
                rs.getBoolean("active"),
                Arrays.asList((String[]) rs.getArray("checklist").getArray()),
                rs.getString("max_extension"),
                rs.getBoolean("evidence_photo"));
    }
}
