package org.redgrid.casework.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.redgrid.casework.CaseSource;
import org.redgrid.casework.CaseType;
import org.redgrid.casework.CategoryView;
import org.redgrid.casework.NewCase;
import org.redgrid.casework.Urgency;
import org.redgrid.organization.Organization;
import org.redgrid.shared.Actor;
import org.redgrid.shared.GridCode;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Takes a case in: checks the report, places it in a grid and numbers it by county, local day and a
 * six-digit serial from {@code case_number_seq}, taken in the insert itself (a sequence is held by no
 * transaction, so intakes of one county do not wait for each other).
 */
@Component
public class Intakes {

    private static final ZoneId LOCAL = ZoneId.of("Asia/Shanghai");

    /** The actors of Open311 API keys: reports through that channel carry its source. */
    private static final String API_CLIENT = "open311-key-";

    private final JdbcClient jdbc;
    private final Organization organization;
    private final Categories categories;

    Intakes(JdbcClient jdbc, Organization organization, Categories categories) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.categories = categories;
    }

    /** The new case, or for a known Idempotency-Key the earlier case's id ({@code created} empty). */
    public record Taken(long id, Optional<Case> created) {}

    /** A report checked and placed, ready to insert. */
    private record Report(
            NewCase command,
            CategoryView category,
            String title,
            String description,
            String grid,
            Urgency urgency,
            CaseSource source) {}

    public Taken take(Actor actor, NewCase command, String idempotencyKey, Instant now) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
            throw new InvalidValue(
                    "Idempotency-Key",
                    "idempotency-key.length",
                    "Idempotency-Key 须为 1–100 个字符",
                    "Idempotency-Key must be 1–100 characters");
        }
        Report report = check(actor, command);
        String prefix = report.grid().substring(0, 6) + "-"
                + LocalDate.ofInstant(now, LOCAL).format(DateTimeFormatter.BASIC_ISO_DATE) + "-";
        // A number repeats only if one county takes a million cases in a day; then the next one is taken.
        // A retry with a known Idempotency-Key conflicts on (reporter, idempotency_key) and is answered
        // with the earlier case, so a first request costs no lookup.
        for (int attempt = 0; attempt < 5; attempt++) {
            Optional<Case> inserted = insert(actor, report, prefix, idempotencyKey, now);
            if (inserted.isPresent()) return new Taken(inserted.get().facts.id(), inserted);
            if (idempotencyKey != null) {
                // The key was used before, or by a concurrent request that committed first.
                Optional<Long> earlier = earlierIntake(actor, idempotencyKey);
                if (earlier.isPresent()) return new Taken(earlier.get(), Optional.empty());
            }
        }
        throw new IllegalStateException("no free case number for " + report.grid());
    }

    private Report check(Actor actor, NewCase command) {
        if (command.type() == null) throw new InvalidValue("type", "required", "须指定诉求类型", "type is required");
        if (command.type() == CaseType.RESOLUTION_TASK) {
            // 议定事项 come from a passed resolution, never from a report.
            throw new InvalidValue(
                    "type",
                    "type.resolution-only",
                    "议定事项只能由表决通过的议题生成",
                    "a resolution task comes only from a passed resolution");
        }
        CategoryView category = categories.forNewCase(command.category());
        String title = Text.required("title", command.title(), 200);
        String description = Text.required("description", command.description(), 4000);
        String grid = place(actor, command);
        CaseSource source = command.source() != null
                ? command.source()
                : actor.managesRegistry() ? CaseSource.GRID_PATROL : CaseSource.RESIDENT;
        if (!source.ownedBy(actor, actor.username().startsWith(API_CLIENT))) {
            throw new InvalidValue(
                    "source",
                    "source.owner",
                    "该来源只能由其所属渠道或角色填报",
                    "this source is set only by the channel or role that owns it");
        }
        Urgency urgency = command.urgency() == null ? Urgency.GENERAL : command.urgency();
        return new Report(command, category, title, description, grid, urgency, source);
    }

    private Optional<Case> insert(Actor actor, Report report, String prefix, String idempotencyKey, Instant now) {
        NewCase command = report.command();
        return jdbc.sql("""
                        with c as (
                        insert into work_case (number, type, category_code, urgency, source, status, level, grid_code,
                                               title, description, address, lat, lng, reporter, owner, idempotency_key,
                                               created_at, first_receiver)
                        values (:prefix || lpad((nextval('case_number_seq') % 1000000)::text, 6, '0'), :type,
                                :category, :urgency, :source, 'INTAKE', 15, :grid, :title, :description, :address,
                                :lat, :lng, :reporter, :reporter, :key, :now, :receiver)
                        on conflict do nothing
                        returning *)
                        select c.*, k.name_zh as category_name, k.checklist, k.evidence_photo, false as whistled
                        from c join case_category k on k.code = c.category_code""")
                .param("prefix", prefix)
                .param("type", command.type().name())
                .param("category", report.category().code())
                .param("urgency", report.urgency().name())
                .param("source", report.source().name())
                .param("grid", report.grid())
                .param("title", report.title())
                .param("description", report.description())
                .param("address", Text.blankToNull(command.address()), Types.VARCHAR)
                .param("lat", command.lat(), Types.DOUBLE)
                .param("lng", command.lng(), Types.DOUBLE)
                .param("reporter", actor.username())
                .param("key", idempotencyKey, Types.VARCHAR)
                .param("now", Timestamp.from(now))
                .param("receiver", actor.managesRegistry() ? actor.username() : null, Types.VARCHAR)
                .query(Cases::map)
                .optional();
    }

    private Optional<Long> earlierIntake(Actor actor, String key) {
        return jdbc.sql("select id from work_case where reporter = :reporter and idempotency_key = :key")
                .param("reporter", actor.username())
                .param("key", key)
                .query(Long.class)
                .optional();
    }

    /** Residents may report in any grid; staff only inside their scope. */
    private String place(Actor actor, NewCase command) {
        if (command.gridCode() != null && !command.gridCode().isBlank()) {
            String grid = GridCode.parse("gridCode", command.gridCode()).value();
            if (!organization.gridExists(grid)) {
                throw new InvalidValue("gridCode", "grid.exists", "网格不存在", "no such grid");
            }
            if (actor.managesRegistry() && !actor.scope().contains(grid)) {
                throw new InvalidValue("gridCode", "grid.in-scope", "网格不在您的管辖范围内", "the grid is outside your scope");
            }
            return grid;
        }
        if (command.lat() == null || command.lng() == null) {
            throw new InvalidValue("gridCode", "location.required", "须提供网格编码或经纬度", "give a gridCode or lat and lng");
        }
        if (command.lat() < -90 || command.lat() > 90 || command.lng() < -180 || command.lng() > 180) {
            throw new InvalidValue("lat", "range", "经纬度超出范围", "latitude or longitude out of range");
        }
        String grid = organization
                .locateGrid(command.lat(), command.lng())
                .orElseThrow(() -> new InvalidValue(
                        "lat", "location.no-grid", "该位置附近没有网格", "no grid contains or is near this point"));
        if (actor.managesRegistry() && !actor.scope().contains(grid)) {
            throw new InvalidValue("lat", "grid.in-scope", "该位置不在您的管辖范围内", "the location is outside your scope");
        }
        return grid;
    }
}
