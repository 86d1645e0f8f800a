package org.redgrid.archives.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.redgrid.archives.ServiceClass;
import org.redgrid.archives.ServiceItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The tables of the one-stop service catalogue: classes and their items. */
@Component
public class Catalogue {

    private final JdbcClient jdbc;

    Catalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ServiceClass> classes() {
        List<ServiceItem> items = jdbc.sql("select code, class_code, name_zh, name_en, parts from archive_service_item"
                        + " order by position, code")
                .query((rs, n) -> item(rs))
                .list();
        return jdbc
                .sql("select code, name_zh, name_en from archive_service_class order by position")
                .query((rs, n) -> new ServiceClass(rs.getString(1), rs.getString(2), rs.getString(3), List.of()))
                .list()
                .stream()
                .map(c -> new ServiceClass(
                        c.code(),
                        c.nameZh(),
                        c.nameEn(),
                        items.stream()
                                .filter(i -> i.classCode().equals(c.code()))
                                .toList()))
                .toList();
    }

    public Optional<ServiceItem> item(String code) {
        return jdbc.sql("select code, class_code, name_zh, name_en, parts from archive_service_item where code = :code")
                .param("code", code)
                .query((rs, n) -> item(rs))
                .optional();
    }

    public boolean classExists(String code) {
        return jdbc.sql("select count(*) from archive_service_class where code = :code")
                        .param("code", code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void save(ServiceItem item) {
        jdbc.sql("""
                        insert into archive_service_item (code, class_code, name_zh, name_en, parts, position)
                        values (:code, :cls, :zh, :en, :parts,
                                (select coalesce(max(position), 0) + 1 from archive_service_item where class_code = :cls))
                        on conflict (code) do update set class_code = excluded.class_code, name_zh = excluded.name_zh,
                            name_en = excluded.name_en, parts = excluded.parts""")
                .param("code", item.code())
                .param("cls", item.classCode())
                .param("zh", item.nameZh())
                .param("en", item.nameEn())
                .param("parts", item.parts().isEmpty() ? null : String.join(",", item.parts()))
                .update();
    }

    private static ServiceItem item(java.sql.ResultSet rs) throws java.sql.SQLException {
        String parts = rs.getString("parts");
        return new ServiceItem(
                rs.getString("code"),
                rs.getString("class_code"),
                rs.getString("name_zh"),
                rs.getString("name_en"),
                parts == null ? List.of() : Arrays.asList(parts.split(",")));
    }
}
