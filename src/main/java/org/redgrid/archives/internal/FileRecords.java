package org.redgrid.archives.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.redgrid.archives.MaterialClass;
import org.redgrid.archives.MaterialView;
import org.redgrid.shared.Actor;
import org.redgrid.shared.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code archive_file} and {@code archive_material} tables. A file is visible to a reader when its
 * holder or the person's registered place lies in the reader's scope, when the reader's unit holds a
 * live delegation for it, or when the reader asked for it; that test is part of every query.
 */
@Component
public class FileRecords {

    /** A file row. */
    public record Row(
            long id, long person, String cadreName, String divisionCode, String holderCode, String location) {}

    /** What a grant check needs of a material. */
    public record Material(long id, MaterialClass materialClass, int pages) {}

    private static final String VISIBLE = " and (" + ScopedSql.within("f.holder_code") + " or "
            + ScopedSql.within("f.division_code")
            + " or exists (select 1 from archive_delegation d where d.file_id = f.id and d.unit_code = :unit"
            + " and d.revoked_at is null and d.valid_until > :now)"
            + " or exists (select 1 from archive_request r where r.file_id = f.id and r.reader = :me))";

    private static final String COLUMNS =
            "select f.id, f.person_id, f.cadre_name, f.division_code, f.holder_code, f.paper_location"
                    + " from archive_file f where true";

    private static final String CLASS_ORDER = String.join(
            ",", java.util.Arrays.stream(MaterialClass.values()).map(Enum::name).toList());

    private final JdbcClient jdbc;

    FileRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Row> visible(Actor actor, long id, Instant now) {
        if (!ArchiveRoles.mayRead(actor)) return Optional.empty();
        return scoped(COLUMNS + " and f.id = :id" + VISIBLE, actor, now)
                .param("id", id)
                .query(FileRecords::row)
                .optional();
    }

    public List<Row> listVisible(Actor actor, Instant now, int limit) {
        if (!ArchiveRoles.mayRead(actor)) return List.of();
        return scoped(COLUMNS + VISIBLE + " order by f.cadre_name, f.id limit :limit", actor, now)
                .param("limit", limit)
                .query(FileRecords::row)
                .list();
    }

    /** A file by id, whoever asks: only for the receiving keeper of a transfer, who checks custody itself. */
    public Optional<Row> byId(long id) {
        return jdbc.sql(COLUMNS + " and f.id = :id")
                .param("id", id)
                .query(FileRecords::row)
                .optional();
    }

    private JdbcClient.StatementSpec scoped(String sql, Actor actor, Instant now) {
        return ScopedSql.bind(jdbc.sql(sql), actor.scope())
                .param("unit", ArchiveRoles.unitOf(actor))
                .param("now", Rows.at(now))
                .param("me", actor.username());
    }

    public boolean existsForPerson(long person) {
        return jdbc.sql("select count(*) from archive_file where person_id = :p")
                        .param("p", person)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public long insert(
            long person, String name, String division, String holder, String location, String by, Instant now) {
        return jdbc.sql("""
                        insert into archive_file (person_id, cadre_name, division_code, holder_code, paper_location, created_by, created_at)
                        values (:person, :name, :division, :holder, :location, :by, :now) returning id""")
                .param("person", person)
                .param("name", name)
                .param("division", division)
                .param("holder", holder)
                .param("location", location)
                .param("by", by)
                .param("now", Rows.at(now))
                .query(Long.class)
                .single();
    }

    public void moveTo(long file, String holder) {
        jdbc.sql("update archive_file set holder_code = :holder where id = :id")
                .param("holder", holder)
                .param("id", file)
                .update();
    }

    public List<MaterialView> materials(long file) {
        return jdbc.sql(
                        "select id, material_class, title, pages, checked_by, checked_at from archive_material"
                                + " where file_id = :file order by array_position(string_to_array(:order, ','), material_class), id")
                .param("order", CLASS_ORDER)
                .param("file", file)
                .query((rs, n) -> new MaterialView(
                        rs.getLong("id"),
                        MaterialClass.valueOf(rs.getString("material_class")),
                        rs.getString("title"),
                        rs.getInt("pages"),
                        rs.getString("checked_by"),
                        Rows.instant(rs, "checked_at")))
                .list();
    }

    public Optional<Material> material(long file, long material) {
        return jdbc.sql("select id, material_class, pages from archive_material where file_id = :file and id = :id")
                .param("file", file)
                .param("id", material)
                .query((rs, n) -> new Material(rs.getLong(1), MaterialClass.valueOf(rs.getString(2)), rs.getInt(3)))
                .optional();
    }

    public long addMaterial(long file, MaterialClass cls, String title, int pages, String by, Instant now) {
        return jdbc.sql("""
                        insert into archive_material (file_id, material_class, title, pages, added_by, added_at)
                        values (:file, :cls, :title, :pages, :by, :now) returning id""")
                .param("file", file)
                .param("cls", cls.name())
                .param("title", title)
                .param("pages", pages)
                .param("by", by)
                .param("now", Rows.at(now))
                .query(Long.class)
                .single();
    }

    public boolean check(long file, long material, String by, Instant now) {
        return jdbc.sql("update archive_material set checked_by = :by, checked_at = :now"
                                + " where file_id = :file and id = :id and checked_at is null")
                        .param("by", by)
                        .param("now", Rows.at(now))
                        .param("file", file)
                        .param("id", material)
                        .update()
                > 0;
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(
                rs.getLong("id"),
                rs.getLong("person_id"),
                rs.getString("cadre_name"),
                rs.getString("division_code"),
                rs.getString("holder_code"),
                rs.getString("paper_location"));
    }
}
