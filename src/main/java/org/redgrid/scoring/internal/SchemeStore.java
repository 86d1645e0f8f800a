package org.redgrid.scoring.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.redgrid.scoring.SchemeDefinition;
import org.redgrid.scoring.SchemeRef;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The saved schemes: every version kept as it was saved, each under its own id. */
@Repository
public class SchemeStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    SchemeStore(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** A saved version with what it defines. */
    public record Saved(long id, int version, String area, SchemeDefinition definition) {}

    /** Saves the definition as the next version of its key (version 1 when the key is new). */
    public SchemeRef save(SchemeDefinition definition, String area, String by) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('scoring_scheme:' || :key))")
                .param("key", definition.key())
                .query()
                .singleValue();
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from scoring_scheme where key = :key")
                .param("key", definition.key())
                .query(Integer.class)
                .single();
        long id = jdbc.sql("""
                        insert into scoring_scheme (key, version, name, area, definition, created_by, created_at)
                        values (:key, :version, :name, :area, cast(:definition as jsonb), :by, :now) returning id""")
                .param("key", definition.key())
                .param("version", version)
                .param("name", definition.name())
                .param("area", area)
                .param("definition", json.writeValueAsString(definition))
                .param("by", by)
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        return new SchemeRef(id, version);
    }

    /** A version by id, whoever asks (rounds read the version they keep). */
    public Optional<Saved> byId(long id) {
        return jdbc.sql("select id, version, area, definition::text from scoring_scheme where id = :id")
                .param("id", id)
                .query((rs, n) -> new Saved(rs.getLong(1), rs.getInt(2), rs.getString(3), read(rs.getString(4))))
                .optional();
    }

    /** The versions defined within the scope, newest first. */
    public List<Saved> within(DataScope scope) {
        return ScopedSql.bind(
                        jdbc.sql("select id, version, area, definition::text from scoring_scheme where "
                                + ScopedSql.within("area") + " order by id desc limit 200"),
                        scope)
                .query((rs, n) -> new Saved(rs.getLong(1), rs.getInt(2), rs.getString(3), read(rs.getString(4))))
                .list();
    }

    private SchemeDefinition read(String text) {
        return json.readValue(text, SchemeDefinition.class);
    }
}
