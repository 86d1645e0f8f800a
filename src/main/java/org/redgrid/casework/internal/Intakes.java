package org.redgrid.casework.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.redgrid.casework.CaseSource;
import org.redgrid.casework.CaseStatus;
import org.redgrid.casework.CaseType;
import org.redgrid.casework.CategoryView;
import org.redgrid.casework.DivisionLevel;
import org.redgrid.casework.NewCase;
import org.redgrid.casework.ResolutionTask;
import org.redgrid.casework.Urgency;
import org.redgrid.organization.Organization;
import org.redgrid.shared.Actor;
import org.redgrid.shared.FieldChecks;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.GeoPoint;
import org.redgrid.shared.GridCode;
import org.redgrid.shared.IdempotencyKey;
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

    /** A report checked and placed, ready to insert with the status and level it starts at. */
    public record Report(
            CaseType type,
            CategoryView category,
            String title,
            String description,
            String address,
            String grid,
            Double lat,
            Double lng,
            Urgency urgency,
            CaseSource source,
            CaseStatus status,
            DivisionLevel level) {}

    /**
     * Takes a report in; {@code throughOpen311} when an Open311 client files it with its API key, the
     * channel that owns the OPEN311 source (the caller says so, the actor's name does not).
     */
    public Taken take(Actor actor, NewCase command, boolean throughOpen311, String idempotencyKey, Instant now) {
        checkKey("Idempotency-Key", idempotencyKey);
        return number(actor, check(actor, command, throughOpen311, false, lookups()), idempotencyKey, now);
    }

    /** The lookups one bulk intake's items share (see {@link #checkInBulk}). */
    public IntakeLookups lookups() {
        return new IntakeLookups(categories, organization);
    }

    /**
     * Checks one item of a bulk intake ({@link BulkIntake}) and takes nothing in: its own idempotency
     * key is required, and a grid outside the caller's scope is refused ({@link OutsideScope}) whatever
     * the caller's role. The items that pass are taken in together by {@link BatchIntakes#takeAll}.
     */
    public Report checkInBulk(Actor actor, NewCase command, String idempotencyKey, IntakeLookups lookups) {
        if (idempotencyKey == null) {
            throw new InvalidValue("idempotencyKey", "required", "须提供 idempotencyKey", "idempotencyKey is required");
        }
        checkKey("idempotencyKey", idempotencyKey);
        return check(actor, command, false, true, lookups);
    }

    private static void checkKey(String field, String idempotencyKey) {
        if (idempotencyKey != null) IdempotencyKey.check(field, idempotencyKey);
    }

    /**
     * 议定事项: the task a passed resolution gives, filed at the level that handles it by the staff (or
     * the platform) recording the resolution. One task per resolution: a repeated call answers with it.
     */
    public Taken take(Actor actor, ResolutionTask task, Instant now) {
        if (!actor.managesRegistry()) throw notTheirs();
        String resolution = Text.required("resolution", task.resolution(), 64);
        String grid = GridCode.parse("gridCode", task.gridCode()).value();
        if (!actor.scope().contains(grid)) throw notTheirs();
        if (!organization.gridExists(grid)) throw new InvalidValue("gridCode", "grid.exists", "网格不存在", "no such grid");
        DivisionLevel level = task.level() == null ? DivisionLevel.COMMUNITY : task.level();
        checkAgreement(task, now);
        Report report = new Report(
                CaseType.RESOLUTION_TASK,
                categories.forNewCase(task.category()),
                Text.required("title", task.title(), 200),
                Text.required("description", task.description(), 4000),
                null,
                grid,
                null,
                null,
                Urgency.GENERAL,
                CaseSource.MEETING,
                CaseStatus.FILED,
                level);
        return number(actor, report, "resolution:" + resolution, now);
    }

    /** A claimant names its kind and who it is; an agreed deadline lies no earlier than today. */
    private static void checkAgreement(ResolutionTask task, Instant now) {
        if (task.claimant() != null) {
            if (task.claimant().kind() == null) {
                throw new InvalidValue("claimant", "claimant.kind", "须指明认领方类型", "the claimant's kind is required");
            }
            Text.required("claimant", task.claimant().reference(), 64);
        }
        if (task.deadline() != null && task.deadline().isBefore(LocalDate.ofInstant(now, LOCAL))) {
            throw new InvalidValue("deadline", "deadline.past", "完成时限不能早于今天", "the deadline lies in the past");
        }
    }

    /** What the meeting agreed, kept in the task's first events: the resolution, its claimant, its deadline. */
    public static Map<String, String> agreement(ResolutionTask task) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("resolution", task.resolution().trim());
        if (task.claimant() != null) {
            data.put("claimantKind", task.claimant().kind().name());
            data.put("claimant", task.claimant().reference().trim());
        }
        if (task.deadline() != null) data.put("deadline", task.deadline().toString());
        return data;
    }

    private static Forbidden notTheirs() {
        return new Forbidden("只有该网格所在辖区的工作人员可以登记议定事项", "only staff of the grid's area record a resolution task");
    }

    /** A case number's county and local day, {@code 150105-20261202-}; the sequence adds six digits. */
    static String numberPrefix(String grid, Instant now) {
        return grid.substring(0, 6) + "-" + LocalDate.ofInstant(now, LOCAL).format(DateTimeFormatter.BASIC_ISO_DATE)
                + "-";
    }

    private Taken number(Actor actor, Report report, String idempotencyKey, Instant now) {
        String prefix = numberPrefix(report.grid(), now);
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

    /** Checks a report as {@link #take} does, every field at once, and takes nothing in. */
    public void check(Actor actor, NewCase command) {
        check(actor, command, false, false, lookups());
    }

    private Report check(Actor actor, NewCase command, boolean throughOpen311, boolean bulk, IntakeLookups lookups) {
        if (command.type() == null) throw new InvalidValue("type", "required", "须指定诉求类型", "type is required");
        if (command.type() == CaseType.RESOLUTION_TASK) {
            // 议定事项 come from a passed resolution, never from a report.
            throw new InvalidValue(
                    "type",
                    "type.resolution-only",
                    "议定事项只能由表决通过的议题生成",
                    "a resolution task comes only from a passed resolution");
        }
        // Every field is checked before refusing, so that the reporter corrects all mistakes at once.
        FieldChecks checks = new FieldChecks();
        CategoryView category = checks.check(() -> lookups.category(command.category()));
        String title = checks.check(() -> Text.required("title", command.title(), 200));
        String description = checks.check(() -> Text.required("description", command.description(), 4000));
        String address = checks.check(() -> Text.optional("address", command.address(), 200));
        String grid = checks.check(() -> place(actor, command, bulk, lookups));
        checks.done();
        CaseSource source = command.source() != null
                ? command.source()
                : actor.managesRegistry() ? CaseSource.GRID_PATROL : CaseSource.RESIDENT;
        if (!source.ownedBy(actor, throughOpen311)) {
            throw new InvalidValue(
                    "source",
                    "source.owner",
                    "该来源只能由其所属渠道或角色填报",
                    "this source is set only by the channel or role that owns it");
        }
        Urgency urgency = command.urgency() == null ? Urgency.GENERAL : command.urgency();
        return new Report(
                command.type(),
                category,
                title,
                description,
                address,
                grid,
                command.lat(),
                command.lng(),
                urgency,
                source,
                CaseStatus.INTAKE,
                DivisionLevel.GRID);
    }

    private Optional<Case> insert(Actor actor, Report report, String prefix, String idempotencyKey, Instant now) {
        return jdbc.sql("""
                        with c as (
                        insert into work_case (number, type, category_code, urgency, source, status, level, grid_code,
                                               title, description, address, lat, lng, reporter, owner, idempotency_key,
                                               created_at, first_receiver)
                        values (:prefix || lpad((nextval('case_number_seq') % 1000000)::text, 6, '0'), :type,
                                :category, :urgency, :source, :status, :level, :grid, :title, :description, :address,
                                :lat, :lng, :reporter, :reporter, :key, :now, :receiver)
                        on conflict do nothing
                        returning *)
                        select c.*, k.name_zh as category_name, k.checklist, k.evidence_photo, false as whistled
                        from c join case_category k on k.code = c.category_code""")
                .param("prefix", prefix)
                .param("type", report.type().name())
                .param("status", report.status().name())
                .param("level", report.level().digits())
                .param("category", report.category().code())
                .param("urgency", report.urgency().name())
                .param("source", report.source().name())
                .param("grid", report.grid())
                .param("title", report.title())
                .param("description", report.description())
                .param("address", report.address(), Types.VARCHAR)
                .param("lat", report.lat(), Types.DOUBLE)
                .param("lng", report.lng(), Types.DOUBLE)
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

    /**
     * Residents may report in any grid; staff only inside their scope, and a bulk intake only inside
     * the caller's scope whatever the role. A point given is a real one.
     */
    private String place(Actor actor, NewCase command, boolean bulk, IntakeLookups lookups) {
        GeoPoint.check("lat", "lng", command.lat(), command.lng());
        if (command.gridCode() != null && !command.gridCode().isBlank()) {
            String grid = GridCode.parse("gridCode", command.gridCode()).value();
            if (!lookups.gridExists(grid)) {
                throw new InvalidValue("gridCode", "grid.exists", "网格不存在", "no such grid");
            }
            if (bulk && !BulkIntake.mayFileIn(actor, grid)) throw new OutsideScope("gridCode");
            if (actor.managesRegistry() && !actor.scope().contains(grid)) {
                throw new InvalidValue("gridCode", "grid.in-scope", "网格不在您的管辖范围内", "the grid is outside your scope");
            }
            return grid;
        }
        if (command.lat() == null || command.lng() == null) {
            throw new InvalidValue("gridCode", "location.required", "须提供网格编码或经纬度", "give a gridCode or lat and lng");
        }
        String grid = organization
                .locateGrid(command.lat(), command.lng())
                .orElseThrow(() -> new InvalidValue(
                        "lat", "location.no-grid", "该位置附近没有网格", "no grid contains or is near this point"));
        if (bulk && !BulkIntake.mayFileIn(actor, grid)) throw new OutsideScope("lat");
        if (actor.managesRegistry() && !actor.scope().contains(grid)) {
            throw new InvalidValue("lat", "grid.in-scope", "该位置不在您的管辖范围内", "the location is outside your scope");
        }
        return grid;
    }
}
