package org.redgrid.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redgrid.identity.Identity;
import org.redgrid.organization.Organization;
import org.redgrid.shared.Actor;
import org.redgrid.shared.AuditRecord;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.GridCode;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.PageResult;
import org.redgrid.shared.Paging;
import org.redgrid.shared.Role;
import org.redgrid.shared.ScopedSql;
import org.redgrid.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The case engine's API. One transaction per command: the case row, its immutable event and the audit
 * entry commit together. Concurrent actions on one case are serialised by a version check: the first
 * wins, the other gets 409 and nothing of it is written.
 */
@Service
@Transactional(readOnly = true)
public class Casework {

    private static final ZoneId LOCAL = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SELECT =
            "select c.*, k.name_zh as category_name, k.checklist from work_case c join case_category k on k.code = c.category_code where ";

    /** Open and past its red line, by the clock or by the sweep's mark. */
    private static final String OVERDUE = "(c.closed_at is null and c.status <> 'CANCELLED'"
            + " and (c.overdue_at is not null or coalesce(c.deadline_at, 'infinity') < :now))";

    /** Lists with at most this many matching cases are sorted after reading them by their indexes. */
    private static final long SORT_IN_MEMORY = 10_000;

    /** A case taken in, and whether it was a replay of an earlier request with the same idempotency key. */
    public record Intake(CaseView view, boolean replayed) {}

    private final JdbcClient jdbc;
    private final Organization organization;
    private final Identity identity;
    private final CaseworkSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Casework(
            JdbcClient jdbc,
            Organization organization,
            Identity identity,
            CaseworkSettings settings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.identity = identity;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    // Intake

    @Transactional
    public Intake create(NewCase command, String idempotencyKey) {
        Actor actor = CurrentActor.require();
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
            throw new InvalidValue(
                    "Idempotency-Key",
                    "idempotency-key.length",
                    "Idempotency-Key 须为 1–100 个字符",
                    "Idempotency-Key must be 1–100 characters");
        }
        if (command.type() == null) throw new InvalidValue("type", "required", "须指定诉求类型", "type is required");
        CategoryView category = activeCategory(command.category());
        String title = Text.required("title", command.title(), 200);
        String description = Text.required("description", command.description(), 4000);
        String grid = place(actor, command);
        Urgency urgency = command.urgency() == null ? Urgency.GENERAL : command.urgency();
        CaseSource source = command.source() != null
                ? command.source()
                : actor.managesRegistry() ? CaseSource.GRID_PATROL : CaseSource.RESIDENT;
        Instant now = clock.instant();
        String day = LocalDate.ofInstant(now, LOCAL).format(DAY);
        Optional<CaseView> inserted = Optional.empty();
        // A number repeats only if one county takes a million cases in a day; then the next one is taken.
        // A retry with a known Idempotency-Key conflicts on (reporter, idempotency_key) and is answered
        // with the earlier case, so a first request costs no lookup.
        for (int attempt = 0; attempt < 5 && inserted.isEmpty(); attempt++) {
            inserted = jdbc.sql("""
                            with c as (
                                insert into work_case (number, type, category_code, urgency, source, status, level, grid_code,
                                                       title, description, address, lat, lng, reporter, owner, idempotency_key,
                                                       created_at)
                                values (:prefix || lpad((nextval('case_number_seq') % 1000000)::text, 6, '0'), :type,
                                        :category, :urgency, :source, 'INTAKE', 15, :grid, :title, :description, :address,
                                        :lat, :lng, :reporter, :reporter, :key, :now)
                                on conflict do nothing
                                returning *)
                            select c.*, k.name_zh as category_name, k.checklist
                            from c join case_category k on k.code = c.category_code""")
                    .param("prefix", grid.substring(0, 6) + "-" + day + "-")
                    .param("type", command.type().name())
                    .param("category", category.code())
                    .param("urgency", urgency.name())
                    .param("source", source.name())
                    .param("grid", grid)
                    .param("title", title)
                    .param("description", description)
                    .param("address", Text.blankToNull(command.address()), java.sql.Types.VARCHAR)
                    .param("lat", command.lat(), java.sql.Types.DOUBLE)
                    .param("lng", command.lng(), java.sql.Types.DOUBLE)
                    .param("reporter", actor.username())
                    .param("key", idempotencyKey, java.sql.Types.VARCHAR)
                    .param("now", Timestamp.from(now))
                    .query(this::map)
                    .optional();
            if (inserted.isEmpty() && idempotencyKey != null) {
                // The key was used before, or by a concurrent request that committed first.
                Optional<Long> earlier = earlierIntake(actor, idempotencyKey);
                if (earlier.isPresent()) return new Intake(get(earlier.get()), true);
            }
        }
        if (inserted.isEmpty()) throw new IllegalStateException("no free case number for " + grid);
        CaseView created = inserted.get();
        appendEvent(created.id(), grid, "CREATE", null, CaseStatus.INTAKE, actor.username(), now, null, null);
        events.publishEvent(new AuditRecord("CASE_CREATED", "case", created.number(), grid, category.code()));
        publish(created, "CREATE", actor.username(), List.of(), now);
        return new Intake(created, false);
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

    // Case numbers: county, local day and a six-digit serial from case_number_seq, taken in the insert
    // itself; a sequence is held by no transaction, so intakes of one county do not wait for each other.

    // Reads

    public CaseView get(long id) {
        Actor actor = CurrentActor.require();
        Map<String, Object> params = new HashMap<>();
        String visible = visible(actor, params);
        params.put("id", id);
        return jdbc.sql(SELECT + "c.id = :id and " + visible)
                .params(params)
                .query(this::map)
                .optional()
                .orElseThrow(() -> new NotFound("case", id));
    }

    /** A case as this transaction first read it, with the version its update must still find. */
    private record Read(CaseView view, int version) {}

    private Read read(long id) {
        Actor actor = CurrentActor.require();
        Map<String, Object> params = new HashMap<>();
        String visible = visible(actor, params);
        params.put("id", id);
        return jdbc.sql(SELECT + "c.id = :id and " + visible)
                .params(params)
                .query((rs, row) -> new Read(map(rs, row), rs.getInt("version")))
                .optional()
                .orElseThrow(() -> new NotFound("case", id));
    }

    public PageResult<CaseView> list(CaseQuery query, Paging paging) {
        Actor actor = CurrentActor.require();
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(visible(actor, params));
        if (query.status() != null) {
            where.append(" and c.status = :status");
            params.put("status", query.status().name());
        }
        if (query.type() != null) {
            where.append(" and c.type = :type");
            params.put("type", query.type().name());
        }
        if (query.category() != null && !query.category().isBlank()) {
            where.append(" and (c.category_code = :category or c.category_code like :categoryChildren)");
            params.put("category", query.category().trim());
            params.put("categoryChildren", query.category().trim() + ".%");
        }
        if (query.division() != null && !query.division().isBlank()) {
            if (!query.division().trim().matches("\\d{2,15}")) {
                throw new InvalidValue("division", "code.digits", "division 须为数字编码", "division must be a numeric code");
            }
            where.append(" and c.grid_code like :division");
            params.put("division", query.division().trim() + "%");
        }
        if (query.overdue() != null) {
            where.append(query.overdue() ? " and " + OVERDUE : " and not " + OVERDUE);
            params.put("now", Timestamp.from(clock.instant()));
        }
        long total = jdbc.sql("select count(*) from work_case c where " + where)
                .params(params)
                .query(Long.class)
                .single();
        if (total <= paging.offset()) return new PageResult<>(List.of(), paging.page(), paging.size(), total);
        // Under a LIMIT the planner likes to walk the primary key backwards and filter; for a scope that
        // holds few of the cases (a grid, a street's overdue list) that passes over every newer case of
        // the region. A small result is therefore read through the scope's indexes and sorted instead.
        String order = total <= SORT_IN_MEMORY ? " order by c.id + 0 desc" : " order by c.id desc";
        var items = jdbc.sql(SELECT + where + order + " limit :limit offset :offset")
                .params(params)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(this::map)
                .list();
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }

    /**
     * One page of a work list, searched by case number or title, inside what the actor may see. A
     * level is the handling level of the actor's scope: the number of significant code digits.
     */
    public PageResult<CaseView> work(WorkList list, String text, Paging paging) {
        Actor actor = CurrentActor.require();
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(visible(actor, params));
        params.put("level", actor.scope().prefix().length());
        where.append(
                switch (list) {
                    case ASSIGNED -> " and c.assignee = :me and c.status in ('DISPATCHED', 'HANDLING')";
                    case INBOX ->
                        " and c.level >= :level and (c.status in ('INTAKE', 'REPORTED', 'VERIFIED')"
                                + " or (c.status = 'FILED' and c.type <> 'MICRO_WISH'))";
                    case ESCALATED ->
                        " and c.level < 15 and c.closed_at is null"
                                + " and c.status not in ('CANCELLED', 'CLOSED', 'RATED')";
                    case OVERDUE -> " and " + OVERDUE;
                    case WHISTLED ->
                        " and c.closed_at is null and c.status not in ('CANCELLED', 'CLOSED', 'RATED')"
                                + " and exists (select 1 from case_whistle w where w.case_id = c.id)";
                    case REPORTED_BY_ME -> " and c.reporter = :me";
                    case BOARD ->
                        " and c.type in ('SERVICE_ORDER', 'MICRO_WISH') and c.closed_at is null"
                                + " and c.status not in ('CANCELLED', 'CLOSED', 'RATED')";
                });
        params.put("now", Timestamp.from(clock.instant()));
        String search = text == null ? "" : text.trim();
        if (search.length() > 100) {
            throw new InvalidValue("q", "max-length", "搜索词最多 100 个字符", "the search is longer than 100 characters");
        }
        if (!search.isEmpty()) {
            // A backslash is the default escape of LIKE: the searched text matches literally.
            where.append(" and (c.number like :like or c.title like :like)");
            params.put(
                    "like",
                    "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        String order = switch (list) {
            case ASSIGNED, ESCALATED, OVERDUE, WHISTLED -> " order by c.deadline_at nulls last, c.id desc";
            default -> " order by c.id desc";
        };
        var items = jdbc.sql(SELECT + where + order + " limit :limit offset :offset")
                .params(params)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(this::map)
                .list();
        long total = jdbc.sql("select count(*) from work_case c where " + where)
                .params(params)
                .query(Long.class)
                .single();
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }

    public List<CaseEventView> events(long id) {
        CaseView view = get(id);
        return jdbc.sql("select * from case_event where case_id = :id order by id")
                .param("id", view.id())
                .query((rs, n) -> new CaseEventView(
                        rs.getLong("id"),
                        rs.getString("action"),
                        rs.getString("from_status") == null ? null : CaseStatus.valueOf(rs.getString("from_status")),
                        CaseStatus.valueOf(rs.getString("to_status")),
                        rs.getString("actor"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("note"),
                        rs.getString("data")))
                .list();
    }

    /**
     * Who sees a case: staff inside their scope (a code range on the case's grid), and anyone who
     * reported it or to whom it was dispatched. Residents and partner units see only those.
     */
    private static String visible(Actor actor, Map<String, Object> params) {
        params.put("me", actor.username());
        String mine = "c.reporter = :me or c.assignee = :me";
        if (actor.partnerUnit() != null) {
            params.put("unit", actor.partnerUnit());
            mine += " or exists (select 1 from case_whistle w where w.case_id = c.id and w.unit = :unit)";
        }
        params.put("scopeLower", actor.scope().lower());
        params.put("scopeUpper", actor.scope().upper());
        if (actor.has(Role.PARTY_MEMBER) || actor.has(Role.BUILDING_HEAD)) {
            // 微心愿 board: posted wishes in their community wait to be claimed.
            mine += " or (c.type = 'MICRO_WISH' and c.status = 'FILED' and " + ScopedSql.within("c.grid_code") + ")";
        }
        if (!actor.managesRegistry()) return "(" + mine + ")";
        return "(" + ScopedSql.within("c.grid_code") + " or " + mine + ")";
    }

    // Transitions

    @Transactional
    public CaseView transition(long id, TransitionRequest request) {
        Actor actor = CurrentActor.require();
        if (request.action() == null) throw new InvalidValue("action", "required", "须指定动作", "action is required");
        CaseAction action = request.action();
        String note = request.note() == null || request.note().isBlank()
                ? null
                : request.note().trim();
        if (note != null && note.length() > 2000) {
            throw new InvalidValue("note", "max-length", "说明最多 2000 个字符", "note is longer than 2000 characters");
        }
        Read read = read(id);
        CaseView current = read.view();
        if (!CaseWorkflow.permits(actor.roles(), action)) {
            throw new Forbidden("当前角色不能执行 " + action, "your role may not " + action);
        }
        CaseStatus to = CaseWorkflow.next(current.status(), action);
        Instant now = clock.instant();
        Map<String, Object> changes = new LinkedHashMap<>();
        boolean closeMasterLinks = false;
        Map<String, Object> data = new LinkedHashMap<>();
        List<Object[]> followUps = new ArrayList<>();
        switch (action) {
            case FILE -> {
                changes.put("owner", actor.username());
                if (!current.requiredDocuments().isEmpty()) {
                    // 一次告知: the filing tells the resident, once, everything they must provide.
                    data.put("requiredDocuments", current.requiredDocuments());
                }
            }
            case CANCEL -> requireNote(note, "不予立案须说明理由", "a cancellation needs a reason");
            case DISPATCH -> {
                String assignee =
                        request.assignee() == null ? "" : request.assignee().trim();
                if (assignee.isEmpty() || !identity.userExists(assignee)) {
                    throw new InvalidValue(
                            "assignee", "assignee.exists", "须指定存在的承办人", "assignee must be an existing user");
                }
                changes.put("assignee", assignee);
                Duration limit = startClock(changes, current, now);
                data.put("assignee", assignee);
                data.put("limit", limit.toString());
            }
            case ACCEPT -> requireHandler(actor, current);
            case REPORT_BACK -> {
                if (isWhistled(id)) {
                    to = reportBackFromUnit(id, actor, now) ? CaseStatus.REPORTED : CaseStatus.HANDLING;
                    data.put("unit", actor.partnerUnit());
                } else {
                    requireHandler(actor, current);
                }
            }
            case WHISTLE -> {
                if (current.level() > 9) {
                    changes.put("level", 9);
                }
                startClock(changes, current, now);
                changes.put("owner", actor.username());
                data.put("units", whistle(id, current, request.units(), now));
            }
            case REPORT_IN -> {
                String unit = actor.partnerUnit();
                int signed = unit == null
                        ? 0
                        : jdbc.sql("update case_whistle set reported_in_at = :now, reported_in_by = :me"
                                        + " where case_id = :case and unit = :unit and reported_in_at is null")
                                .param("now", Timestamp.from(now))
                                .param("me", actor.username())
                                .param("case", id)
                                .param("unit", unit)
                                .update();
                if (signed == 0) {
                    throw new Conflict(
                            "whistle.report-in",
                            "本单位未被吹哨或已报到",
                            "your unit was not summoned to this case or has already reported in");
                }
                data.put("unit", unit);
            }
            case VERIFY_FAIL -> {
                requireNote(note, "核查不通过须说明原因", "a failed verification needs a reason");
                int rework = current.reworkCount() + 1;
                changes.put("rework_count", rework);
                data.put("rework", rework);
                if (rework >= CaseWorkflow.REWORK_LIMIT) {
                    // 提级督办: the third failed verification hands the case one level up.
                    int above = levelAbove(current);
                    to = CaseStatus.FILED;
                    changes.putAll(handOver(above));
                    followUps.add(new Object[] {
                        "ESCALATE",
                        CaseStatus.HANDLING,
                        CaseStatus.FILED,
                        "system",
                        "核查 " + rework + " 次未通过，提级督办",
                        "{\"level\":" + above + "}"
                    });
                }
            }
            case CLOSE -> {
                changes.put("closed_at", Timestamp.from(now));
                closeMasterLinks = true;
            }
            case RATE -> {
                if (!actor.username().equals(current.reporter())) {
                    throw new Forbidden("只有反映人可以评价", "only the person who reported the case may rate it");
                }
                if (request.satisfaction() == null) {
                    throw new InvalidValue("satisfaction", "required", "须选择满意度", "satisfaction is required");
                }
                if (request.resolved() == null) {
                    throw new InvalidValue("resolved", "required", "须说明问题是否解决", "resolved is required");
                }
                changes.put("satisfaction", request.satisfaction().name());
                changes.put("resolved", request.resolved());
                data.put("satisfaction", request.satisfaction().name());
                data.put("resolved", request.resolved());
                boolean inWindow = current.closedAt() != null
                        && !now.isAfter(current.closedAt().plus(settings.reopenWindow()));
                if (request.satisfaction() == Satisfaction.DISSATISFIED && inWindow) {
                    to = CaseStatus.FILED;
                    changes.putAll(reopen());
                    followUps.add(new Object[] {
                        "REOPEN",
                        CaseStatus.RATED,
                        CaseStatus.FILED,
                        "system",
                        "群众不满意，重新办理",
                        "{\"countsAgainst\":\"" + current.assignee() + "\"}"
                    });
                }
            }
            case REOPEN -> {
                requireNote(note, "重新办理须说明理由", "reopening needs a reason");
                changes.putAll(reopen());
            }
            case ESCALATE -> {
                requireNote(note, "上报须说明理由", "escalating needs a reason");
                int above = levelAbove(current);
                changes.putAll(handOver(above));
                data.put("level", above);
            }
            case SUSPEND -> {
                requireNote(note, "缓办须说明理由", "suspending needs a reason");
                if (current.suspended())
                    throw new Conflict("workflow.suspended", "已在缓办中", "the case is already suspended");
                changes.put("suspended_since", Timestamp.from(now));
            }
            case RESUME -> {
                if (!current.suspended())
                    throw new Conflict("workflow.not-suspended", "未处于缓办", "the case is not suspended");
                Instant since = suspendedSince(id);
                Duration paused = Duration.between(since, now);
                changes.put("suspended_since", null);
                changes.put("suspended_seconds", suspendedSeconds(id) + paused.toSeconds());
                // 缓办 time does not count: the clock's lines move by the time the case was paused.
                if (current.deadlineAt() != null)
                    changes.put(
                            "deadline_at", Timestamp.from(current.deadlineAt().plus(paused)));
                if (current.warnAt() != null)
                    changes.put("warn_at", Timestamp.from(current.warnAt().plus(paused)));
                data.put("pausedSeconds", paused.toSeconds());
            }
            case URGE -> data.put("urgedBy", actor.username());
            case REQUEST_EXTENSION -> {
                requireHandler(actor, current);
                requireNote(note, "申请延期须说明理由", "an extension request needs a reason");
                Duration extension;
                try {
                    extension = Duration.parse(
                            request.extension() == null
                                    ? ""
                                    : request.extension().trim());
                    if (extension.isNegative() || extension.isZero()) throw new IllegalArgumentException();
                } catch (RuntimeException e) {
                    throw new InvalidValue(
                            "extension",
                            "duration.iso8601",
                            "延期时长须为正的 ISO-8601 时长，如 P3D",
                            "extension must be a positive ISO-8601 duration such as P3D");
                }
                if (current.extensionRequested() != null) {
                    throw new Conflict("extension.pending", "已有待审批的延期申请", "an extension request is already pending");
                }
                changes.put("extension_requested", extension.toString());
                changes.put("extension_requested_by", actor.username());
                data.put("extension", extension.toString());
            }
            case APPROVE_EXTENSION -> {
                if (current.extensionRequested() == null) {
                    throw new Conflict("extension.none", "没有待审批的延期申请", "there is no extension request to approve");
                }
                if (actor.scope().prefix().length() >= current.level()) {
                    throw new Forbidden("延期须由上一级审批", "an extension is approved by the level above");
                }
                Duration extension = Duration.parse(current.extensionRequested());
                changes.put("extension_requested", null);
                changes.put("extension_requested_by", null);
                if (current.deadlineAt() != null) {
                    Instant deadline = current.deadlineAt().plus(extension);
                    changes.put("deadline_at", Timestamp.from(deadline));
                    if (current.warnAt() != null)
                        changes.put("warn_at", Timestamp.from(current.warnAt().plus(extension)));
                    if (deadline.isAfter(now)) changes.put("overdue_at", null);
                }
                data.put("extension", extension.toString());
            }
            case CLAIM -> {
                if (current.type() != CaseType.MICRO_WISH) {
                    throw new Conflict("claim.wish-only", "只有微心愿可以认领", "only micro-wishes are claimed");
                }
                changes.put("assignee", actor.username());
                startClock(changes, current, now);
                data.put("claimedBy", actor.username());
            }
            default -> {}
        }
        changes.put("status", to.name());
        int updated = update(id, current, read.version(), changes);
        if (updated == 0) {
            throw new Conflict(
                    "workflow.concurrent", "该诉求刚被他人处理，请刷新后重试", "the case changed meanwhile; reload and retry");
        }
        CaseStatus afterAction =
                followUps.isEmpty() ? to : (CaseStatus) followUps.get(0)[1];
        appendEvent(
                id,
                current.gridCode(),
                action.name(),
                current.status(),
                afterAction,
                actor.username(),
                now,
                note,
                data.isEmpty() ? null : JSON.writeValueAsString(data));
        for (Object[] followUp : followUps) {
            appendEvent(
                    id,
                    current.gridCode(),
                    (String) followUp[0],
                    (CaseStatus) followUp[1],
                    (CaseStatus) followUp[2],
                    (String) followUp[3],
                    now,
                    (String) followUp[4],
                    (String) followUp[5]);
        }
        if (closeMasterLinks) closeLinked(current, now);
        events.publishEvent(new AuditRecord("CASE_" + action, "case", current.number(), current.gridCode(), note));
        CaseView after = get(id);
        @SuppressWarnings("unchecked")
        List<String> units = data.get("units") instanceof List<?> list ? (List<String>) list : List.of();
        publish(after, action.name(), actor.username(), units, now);
        return after;
    }

    /** What one sweep did. */
    public record SweepResult(boolean ran, int warned, int overdue, int lateToReportIn) {}

    /**
     * Marks cases that passed their yellow line, and cases that passed their red line, which also go
     * one level up (超期自动提级) so that the level above supervises them. Several nodes may call this at
     * once: a transaction-scoped advisory lock lets one of them sweep and the others skip. Suspended
     * cases are left alone; their lines move when they resume.
     */
    @Transactional
    public SweepResult sweepDeadlines(Instant now) {
        boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(7310401)")
                .query(Boolean.class)
                .single();
        if (!locked) return new SweepResult(false, 0, 0, 0);
        Timestamp at = Timestamp.from(now);
        var warned = jdbc.sql("""
                        update work_case set warned_at = :now, version = version + 1
                         where closed_at is null and status <> 'CANCELLED' and suspended_since is null
                           and warned_at is null and warn_at <= :now and deadline_at > :now
                        returning id, grid_code, status""")
                .param("now", at)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), CaseStatus.valueOf(rs.getString(3))})
                .list();
        for (Object[] row : warned) {
            appendEvent(
                    (Long) row[0],
                    (String) row[1],
                    "WARN",
                    (CaseStatus) row[2],
                    (CaseStatus) row[2],
                    "system",
                    now,
                    "临近办理时限（黄灯）",
                    null);
        }
        var overdue = jdbc.sql("""
                        update work_case set overdue_at = :now, warned_at = coalesce(warned_at, :now),
                               level = case level when 15 then 12 when 12 then 9 when 9 then 6 when 6 then 4 else 2 end,
                               version = version + 1
                         where closed_at is null and status <> 'CANCELLED' and suspended_since is null
                           and overdue_at is null and deadline_at <= :now
                        returning id, grid_code, status, level, number""")
                .param("now", at)
                .query((rs, n) -> new Object[] {
                    rs.getLong(1), rs.getString(2), CaseStatus.valueOf(rs.getString(3)), rs.getInt(4), rs.getString(5)
                })
                .list();
        for (Object[] row : overdue) {
            CaseStatus status = (CaseStatus) row[2];
            appendEvent((Long) row[0], (String) row[1], "OVERDUE", status, status, "system", now, "超过办理时限（红灯）", null);
            appendEvent(
                    (Long) row[0],
                    (String) row[1],
                    "ESCALATE",
                    status,
                    status,
                    "system",
                    now,
                    "超期自动提级督办",
                    "{\"level\":" + row[3] + "}");
            events.publishEvent(
                    new AuditRecord("CASE_OVERDUE", "case", (String) row[4], (String) row[1], "level=" + row[3]));
            events.publishEvent(new CaseActionTaken(
                    (Long) row[0],
                    (String) row[4],
                    "",
                    (String) row[1],
                    "OVERDUE",
                    status,
                    (Integer) row[3],
                    "system",
                    null,
                    null,
                    null,
                    List.of(),
                    now));
        }
        // 报到: a summoned unit that misses its report-in limit is marked once, and the case owner told.
        var late = jdbc.sql("""
                        update case_whistle w set late_marked_at = :now
                          from work_case c
                         where c.id = w.case_id and w.reported_in_at is null and w.late_marked_at is null
                           and w.report_in_due <= :now and c.closed_at is null and c.status <> 'CANCELLED'
                        returning c.id, c.grid_code, c.status, c.level, c.number, c.owner, w.unit, w.unit_name""")
                .param("now", at)
                .query((rs, n) -> new Object[] {
                    rs.getLong(1),
                    rs.getString(2),
                    CaseStatus.valueOf(rs.getString(3)),
                    rs.getInt(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8)
                })
                .list();
        for (Object[] row : late) {
            CaseStatus status = (CaseStatus) row[2];
            appendEvent(
                    (Long) row[0],
                    (String) row[1],
                    "REPORT_IN_LATE",
                    status,
                    status,
                    "system",
                    now,
                    row[7] + " 未在时限内报到",
                    JSON.writeValueAsString(Map.of("unit", row[6])));
            events.publishEvent(new CaseActionTaken(
                    (Long) row[0],
                    (String) row[4],
                    "",
                    (String) row[1],
                    "REPORT_IN_LATE",
                    status,
                    (Integer) row[3],
                    "system",
                    null,
                    (String) row[5],
                    null,
                    List.of((String) row[6]),
                    now));
        }
        return new SweepResult(true, warned.size(), overdue.size(), late.size());
    }

    /** 限时办结: the clock starts at dispatch, with the yellow line at the category's warning ratio. */
    private Duration startClock(Map<String, Object> changes, CaseView current, Instant now) {
        Duration limit = limitOf(current);
        changes.put("dispatched_at", Timestamp.from(now));
        changes.put("deadline_at", Timestamp.from(now.plus(limit)));
        changes.put("warn_at", Timestamp.from(now.plusMillis((long)
                (limit.toMillis() * category(current.category()).warnRatio()))));
        changes.put("warned_at", null);
        changes.put("overdue_at", null);
        return limit;
    }

    private Duration limitOf(CaseView current) {
        CategoryView category = category(current.category());
        return Duration.parse(
                switch (current.urgency()) {
                    case GENERAL -> category.limitGeneral();
                    case URGENT -> category.limitUrgent();
                    case CRITICAL -> category.limitCritical();
                });
    }

    private boolean isWhistled(long id) {
        return jdbc.sql("select count(*) from case_whistle where case_id = :case")
                        .param("case", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Records the summons; exactly one lead unit, each unit serving the actor's area. */
    private List<String> whistle(long id, CaseView current, List<WhistleCall> calls, Instant now) {
        if (calls == null || calls.isEmpty()) {
            throw new InvalidValue("units", "required", "吹哨须指定至少一个单位", "a whistle needs at least one unit");
        }
        if (calls.stream().filter(call -> call.role() == WhistleRole.LEAD).count() != 1) {
            throw new InvalidValue("units", "whistle.one-lead", "须有且只有一个主办单位", "exactly one unit must lead");
        }
        List<String> units = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            WhistleCall call = calls.get(i);
            String field = "units[" + i + "]";
            var unit = organization
                    .partnerUnit(call.unit())
                    .orElseThrow(() -> new InvalidValue(
                            field + ".unit", "unit.exists", "单位不存在或不在服务范围内", "no such unit serving this area"));
            if (units.contains(unit.creditCode())) {
                throw new InvalidValue(field + ".unit", "unit.unique", "同一单位不能重复吹哨", "a unit is summoned once");
            }
            Duration within;
            try {
                within = Duration.parse(call.reportInWithin() == null ? "PT2H" : call.reportInWithin());
                if (within.isNegative() || within.isZero()) throw new IllegalArgumentException();
            } catch (RuntimeException e) {
                throw new InvalidValue(
                        field + ".reportInWithin",
                        "duration.iso8601",
                        "报到时限须为正的 ISO-8601 时长",
                        "reportInWithin must be a positive ISO-8601 duration");
            }
            jdbc.sql("""
                            insert into case_whistle (case_id, grid_code, unit, unit_name, role, whistled_at, report_in_due)
                            values (:case, :grid, :unit, :name, :role, :now, :due)""")
                    .param("case", id)
                    .param("grid", current.gridCode())
                    .param("unit", unit.creditCode())
                    .param("name", unit.name())
                    .param(
                            "role",
                            call.role() == null
                                    ? WhistleRole.ASSIST.name()
                                    : call.role().name())
                    .param("now", Timestamp.from(now))
                    .param("due", Timestamp.from(now.plus(within)))
                    .update();
            units.add(unit.creditCode());
        }
        return units;
    }

    /** A unit reports back; true when it was the last of the summoned units to do so. */
    private boolean reportBackFromUnit(long id, Actor actor, Instant now) {
        int done = actor.partnerUnit() == null
                ? 0
                : jdbc.sql(
                                "update case_whistle set reported_back_at = :now, reported_back_by = :me where case_id = :case"
                                        + " and unit = :unit and reported_in_at is not null and reported_back_at is null")
                        .param("now", Timestamp.from(now))
                        .param("me", actor.username())
                        .param("case", id)
                        .param("unit", actor.partnerUnit())
                        .update();
        if (done == 0) {
            throw new Conflict(
                    "whistle.report-back", "本单位未报到或已反馈", "your unit has not reported in or has already reported back");
        }
        return jdbc.sql("select count(*) from case_whistle where case_id = :case and reported_back_at is null")
                        .param("case", id)
                        .query(Long.class)
                        .single()
                == 0;
    }

    /** The units summoned to a case and where each stands. */
    public List<WhistleTarget> whistleTargets(long id) {
        CaseView view = get(id);
        Instant now = clock.instant();
        return jdbc.sql("select * from case_whistle where case_id = :case order by role desc, id")
                .param("case", view.id())
                .query((rs, n) -> {
                    Instant due = instant(rs, "report_in_due");
                    Instant reportedIn = instant(rs, "reported_in_at");
                    return new WhistleTarget(
                            rs.getString("unit"),
                            rs.getString("unit_name"),
                            WhistleRole.valueOf(rs.getString("role")),
                            instant(rs, "whistled_at"),
                            due,
                            reportedIn,
                            rs.getString("reported_in_by"),
                            instant(rs, "reported_back_at"),
                            rs.getString("reported_back_by"),
                            rs.getTimestamp("late_marked_at") != null
                                    || (reportedIn == null ? now.isAfter(due) : reportedIn.isAfter(due)));
                })
                .list();
    }

    private void publish(CaseView view, String action, String actor, List<String> units, Instant at) {
        events.publishEvent(new CaseActionTaken(
                view.id(),
                view.number(),
                view.title(),
                view.gridCode(),
                action,
                view.status(),
                view.level(),
                actor,
                view.reporter(),
                view.owner(),
                view.assignee(),
                units,
                at));
    }

    private int update(long id, CaseView current, int version, Map<String, Object> changes) {
        StringBuilder set = new StringBuilder("version = version + 1");
        Map<String, Object> params = new HashMap<>();
        for (var change : changes.entrySet()) {
            set.append(", ").append(change.getKey()).append(" = :").append(change.getKey());
            params.put(change.getKey(), change.getValue());
        }
        params.put("id", id);
        params.put("version", version);
        var statement = jdbc.sql(
                "update work_case set " + set + " where id = :id and version = :version and status = :expected");
        for (var param : params.entrySet()) {
            Object value = param.getValue();
            if (value == null) {
                statement = statement.param(param.getKey(), null, nullType(param.getKey()));
            } else {
                statement = statement.param(param.getKey(), value);
            }
        }
        return statement.param("expected", current.status().name()).update();
    }

    private static int nullType(String column) {
        return switch (column) {
            case "assignee", "owner", "satisfaction", "extension_requested", "extension_requested_by" ->
                java.sql.Types.VARCHAR;
            case "resolved" -> java.sql.Types.BOOLEAN;
            default -> java.sql.Types.TIMESTAMP_WITH_TIMEZONE;
        };
    }

    private Instant suspendedSince(long id) {
        return jdbc.sql("select suspended_since from work_case where id = :id")
                .param("id", id)
                .query(Timestamp.class)
                .single()
                .toInstant();
    }

    private long suspendedSeconds(long id) {
        return jdbc.sql("select suspended_seconds from work_case where id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    private static Map<String, Object> handOver(int level) {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("level", level);
        changes.put("assignee", null);
        changes.put("dispatched_at", null);
        changes.put("deadline_at", null);
        changes.put("warn_at", null);
        changes.put("suspended_since", null);
        changes.put("warned_at", null);
        changes.put("overdue_at", null);
        return changes;
    }

    private static Map<String, Object> reopen() {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("closed_at", null);
        changes.put("assignee", null);
        changes.put("dispatched_at", null);
        changes.put("deadline_at", null);
        changes.put("warn_at", null);
        changes.put("warned_at", null);
        changes.put("overdue_at", null);
        return changes;
    }

    private static int levelAbove(CaseView current) {
        return CaseWorkflow.levelAbove(current.level())
                .orElseThrow(() ->
                        new Conflict("workflow.top-level", "已是最高层级，无法再上报", "the case is already at the top level"));
    }

    /** The assignee acts on a dispatched case; staff who may verify can act in their stead. */
    private static void requireHandler(Actor actor, CaseView current) {
        if (actor.username().equals(current.assignee())) return;
        if (CaseWorkflow.permits(actor.roles(), CaseAction.VERIFY_PASS)) return;
        throw new Forbidden("只有承办人可以执行此操作", "only the assignee may do this");
    }

    private static void requireNote(String note, String zh, String en) {
        if (note == null) throw new InvalidValue("note", "required", zh, en);
    }

    private void appendEvent(
            long caseId,
            String grid,
            String action,
            CaseStatus from,
            CaseStatus to,
            String actor,
            Instant at,
            String note,
            String data) {
        jdbc.sql("""
                        insert into case_event (case_id, grid_code, action, from_status, to_status, actor, at, note, data)
                        values (:case, :grid, :action, :from, :to, :actor, :at, :note, :data)""")
                .param("case", caseId)
                .param("grid", grid)
                .param("action", action)
                .param("from", from == null ? null : from.name(), java.sql.Types.VARCHAR)
                .param("to", to.name())
                .param("actor", actor)
                .param("at", Timestamp.from(at))
                .param("note", note, java.sql.Types.VARCHAR)
                .param("data", data, java.sql.Types.VARCHAR)
                .update();
    }

    // Duplicates

    /**
     * Open cases of the same category that a report may repeat: within the configured radius of its
     * point, or in the same grid at the same address. Only cases the actor may see are offered.
     */
    public List<CaseView> duplicates(long id) {
        Actor actor = CurrentActor.require();
        CaseView subject = get(id);
        Map<String, Object> params = new HashMap<>();
        String visible = visible(actor, params);
        params.put("id", subject.id());
        params.put("category", subject.category());
        params.put("grid", subject.gridCode());
        params.put(
                "address",
                subject.address() == null ? "" : subject.address().trim().toLowerCase());
        params.put("lat", subject.lat() == null ? 0.0 : subject.lat());
        params.put("lng", subject.lng() == null ? 0.0 : subject.lng());
        params.put("hasPoint", subject.lat() != null && subject.lng() != null);
        // A degree of latitude is about 111 km; the box keeps the index on category useful.
        double box = settings.duplicateRadiusMetres() / 111_000.0 * 2;
        params.put("box", box);
        params.put("radius", (double) settings.duplicateRadiusMetres());
        return jdbc.sql(SELECT + visible + """
                         and c.id <> :id and c.category_code = :category and c.closed_at is null
                         and c.status not in ('CANCELLED', 'RATED') and c.master_id is null
                         and ((:hasPoint and c.lat between :lat - :box and :lat + :box
                                and c.lng between :lng - :box * 1.5 and :lng + :box * 1.5
                                and 6371000 * 2 * asin(sqrt(power(sin(radians(c.lat - :lat) / 2), 2)
                                    + cos(radians(:lat)) * cos(radians(c.lat)) * power(sin(radians(c.lng - :lng) / 2), 2))) <= :radius)
                              or (c.grid_code = :grid and :address <> '' and lower(trim(c.address)) = :address))
                         order by c.id limit 20""").params(params).query(this::map).list();
    }

    /** Links a duplicate report to its master; the duplicate is answered when the master closes. */
    @Transactional
    public CaseView link(long id, Long masterId) {
        Actor actor = CurrentActor.require();
        if (!CaseWorkflow.permits(actor.roles(), CaseAction.FILE)) {
            throw new Forbidden("当前角色不能合并重复诉求", "your role may not link duplicates");
        }
        if (masterId == null) throw new InvalidValue("master", "required", "须指定主案", "master is required");
        CaseView duplicate = get(id);
        CaseView master = get(masterId);
        if (duplicate.id() == master.id() || !duplicate.category().equals(master.category())) {
            throw new InvalidValue(
                    "master",
                    "duplicate.same-category",
                    "主案须为同类别的另一诉求",
                    "the master must be another case of the same category");
        }
        if (!duplicate.status().isOpen() || !master.status().isOpen()) {
            throw new Conflict("duplicate.closed", "已办结的诉求不能合并", "closed cases cannot be linked");
        }
        int updated = jdbc.sql(
                        "update work_case set master_id = :master, version = version + 1"
                                + " where id = :id and master_id is null and closed_at is null"
                                + " and not exists (select 1 from work_case m where m.id = :master and m.master_id is not null)")
                .param("master", master.id())
                .param("id", duplicate.id())
                .update();
        if (updated == 0) {
            throw new Conflict("duplicate.linked", "该诉求或主案已关联其他主案", "the case or the master is already linked");
        }
        Instant now = clock.instant();
        appendEvent(
                duplicate.id(),
                duplicate.gridCode(),
                "LINK",
                duplicate.status(),
                duplicate.status(),
                actor.username(),
                now,
                "与 " + master.number() + " 合并办理",
                JSON.writeValueAsString(Map.of("master", master.number())));
        events.publishEvent(
                new AuditRecord("CASE_LINKED", "case", duplicate.number(), duplicate.gridCode(), master.number()));
        return get(duplicate.id());
    }

    /** Closing a master answers every open duplicate linked to it. */
    private void closeLinked(CaseView master, Instant now) {
        var linked = jdbc.sql("update work_case set status = 'CLOSED', closed_at = :now, version = version + 1"
                        + " where master_id = :master and closed_at is null and status <> 'CANCELLED'"
                        + " returning id, grid_code, status")
                .param("now", Timestamp.from(now))
                .param("master", master.id())
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .list();
        for (Object[] row : linked) {
            appendEvent(
                    (Long) row[0],
                    (String) row[1],
                    "CLOSE",
                    null,
                    CaseStatus.CLOSED,
                    "system",
                    now,
                    "随主案 " + master.number() + " 办结",
                    JSON.writeValueAsString(Map.of("master", master.number())));
        }
    }

    // Attachments

    /** Attaches a photo to a case the actor may see, with an ATTACH event; the status does not change. */
    @Transactional
    public AttachmentView attach(long id, Photo photo) {
        Actor actor = CurrentActor.require();
        CaseView current = get(id);
        Instant now = clock.instant();
        byte[] digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-256").digest(photo.bytes());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long attachment = jdbc.sql("""
                        insert into case_attachment (case_id, grid_code, filename, content_type, size, sha256, content, uploaded_by, uploaded_at)
                        values (:case, :grid, :name, :type, :size, :sha, :content, :me, :now) returning id""")
                .param("case", id)
                .param("grid", current.gridCode())
                .param("name", photo.filename())
                .param("type", photo.contentType())
                .param("size", photo.bytes().length)
                .param("sha", digest)
                .param("content", photo.bytes())
                .param("me", actor.username())
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
        appendEvent(
                id,
                current.gridCode(),
                "ATTACH",
                current.status(),
                current.status(),
                actor.username(),
                now,
                null,
                JSON.writeValueAsString(Map.of("attachment", attachment, "filename", photo.filename())));
        events.publishEvent(
                new AuditRecord("CASE_ATTACH", "case", current.number(), current.gridCode(), photo.filename()));
        return attachments(id).stream()
                .filter(a -> a.id() == attachment)
                .findFirst()
                .orElseThrow();
    }

    public List<AttachmentView> attachments(long id) {
        CaseView view = get(id);
        return jdbc.sql("select id, case_id, filename, content_type, size, sha256, uploaded_by, uploaded_at"
                        + " from case_attachment where case_id = :case order by id")
                .param("case", view.id())
                .query((rs, n) -> new AttachmentView(
                        rs.getLong("id"),
                        rs.getLong("case_id"),
                        rs.getString("filename"),
                        rs.getString("content_type"),
                        rs.getInt("size"),
                        java.util.HexFormat.of().formatHex(rs.getBytes("sha256")),
                        rs.getString("uploaded_by"),
                        instant(rs, "uploaded_at")))
                .list();
    }

    /** The photo's bytes, if its case is one the actor may see. */
    public Photo photo(long attachmentId) {
        long caseId = jdbc.sql("select case_id from case_attachment where id = :id")
                .param("id", attachmentId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFound("attachment", attachmentId));
        try {
            get(caseId);
        } catch (NotFound hidden) {
            throw new NotFound("attachment", attachmentId);
        }
        return jdbc.sql("select filename, content_type, content from case_attachment where id = :id")
                .param("id", attachmentId)
                .query((rs, n) -> new Photo(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .single();
    }

    // Categories

    public List<CategoryView> categories() {
        CurrentActor.require();
        return jdbc.sql("select * from case_category order by code")
                .query(Casework::category)
                .list();
    }

    public CategoryView category(String code) {
        return jdbc.sql("select * from case_category where code = :code")
                .param("code", code)
                .query(Casework::category)
                .optional()
                .orElseThrow(() -> new NotFound("category", code));
    }

    /** Creates or changes a category and its deadline policy; region administrators only. */
    @Transactional
    public CategoryView saveCategory(String code, CategoryChange body) {
        Actor actor = CurrentActor.require();
        if (!actor.has(Role.REGION_ADMIN)) {
            throw new Forbidden("只有自治区管理员可以配置诉求类别", "only the region administrator configures categories");
        }
        if (code == null || !code.matches("[A-Z][A-Z0-9_]*(\\.[A-Z][A-Z0-9_]*)*") || code.length() > 48) {
            throw new InvalidValue(
                    "code", "category.code", "类别编码须为大写字母、数字、下划线，以点分级", "code must be upper-case words joined by dots");
        }
        String parent = Text.blankToNull(body.parentCode());
        if (parent != null) category(parent);
        String nameZh = Text.required("nameZh", body.nameZh(), 100);
        String nameEn = Text.required("nameEn", body.nameEn(), 100);
        String general = limit("limitGeneral", body.limitGeneral());
        String urgent = limit("limitUrgent", body.limitUrgent());
        String critical = limit("limitCritical", body.limitCritical());
        double warn = body.warnRatio() == null ? 0.8 : body.warnRatio();
        if (warn <= 0 || warn >= 1) {
            throw new InvalidValue("warnRatio", "range", "预警比例须在 0 与 1 之间", "warnRatio must lie between 0 and 1");
        }
        jdbc.sql("""
                        insert into case_category (code, parent_code, name_zh, name_en, limit_general, limit_urgent, limit_critical,
                                                   warn_ratio, public_view, active, checklist)
                        values (:code, :parent, :nameZh, :nameEn, :general, :urgent, :critical, :warn, :public, :active, :checklist)
                        on conflict (code) do update set parent_code = excluded.parent_code, name_zh = excluded.name_zh,
                            name_en = excluded.name_en, limit_general = excluded.limit_general,
                            limit_urgent = excluded.limit_urgent, limit_critical = excluded.limit_critical,
                            warn_ratio = excluded.warn_ratio, public_view = excluded.public_view, active = excluded.active,
                            checklist = excluded.checklist""")
                .param("code", code)
                .param("parent", parent, java.sql.Types.VARCHAR)
                .param("nameZh", nameZh)
                .param("nameEn", nameEn)
                .param("general", general)
                .param("urgent", urgent)
                .param("critical", critical)
                .param("warn", warn)
                .param("public", !Boolean.FALSE.equals(body.publicView()))
                .param("active", !Boolean.FALSE.equals(body.active()))
                .param(
                        "checklist",
                        body.checklist() == null
                                ? new String[0]
                                : body.checklist().stream()
                                        .map(String::trim)
                                        .filter(item -> !item.isEmpty())
                                        .toArray(String[]::new))
                .update();
        events.publishEvent(new AuditRecord(
                "CATEGORY_SAVED", "case_category", code, null, general + "/" + urgent + "/" + critical));
        return category(code);
    }

    private CategoryView activeCategory(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidValue("category", "required", "须指定类别", "category is required");
        }
        return jdbc.sql("select * from case_category where code = :code and active")
                .param("code", code.trim())
                .query(Casework::category)
                .optional()
                .orElseThrow(
                        () -> new InvalidValue("category", "category.exists", "类别不存在或已停用", "no such active category"));
    }

    private static String limit(String field, String value) {
        try {
            Duration duration = Duration.parse(value == null ? "" : value.trim());
            if (duration.isNegative() || duration.isZero()) throw new IllegalArgumentException();
            return duration.toString();
        } catch (RuntimeException e) {
            throw new InvalidValue(
                    field,
                    "duration.iso8601",
                    field + " 须为正的 ISO-8601 时长，如 PT2H、P7D",
                    field + " must be a positive ISO-8601 duration such as PT2H or P7D");
        }
    }

    private static CategoryView category(ResultSet rs, int row) throws SQLException {
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
                java.util.Arrays.asList((String[]) rs.getArray("checklist").getArray()));
    }

    // Mapping

    private CaseView map(ResultSet rs, int row) throws SQLException {
        CaseStatus status = CaseStatus.valueOf(rs.getString("status"));
        Instant warnAt = instant(rs, "warn_at");
        Instant deadlineAt = instant(rs, "deadline_at");
        Instant suspendedSince = instant(rs, "suspended_since");
        String satisfaction = rs.getString("satisfaction");
        return new CaseView(
                rs.getLong("id"),
                rs.getString("number"),
                CaseType.valueOf(rs.getString("type")),
                rs.getString("category_code"),
                rs.getString("category_name"),
                Urgency.valueOf(rs.getString("urgency")),
                CaseSource.valueOf(rs.getString("source")),
                status,
                rs.getInt("level"),
                rs.getString("grid_code"),
                rs.getString("title"),
                rs.getString("description"),
                rs.getString("address"),
                (Double) rs.getObject("lat"),
                (Double) rs.getObject("lng"),
                rs.getString("reporter"),
                rs.getString("owner"),
                rs.getString("assignee"),
                instant(rs, "created_at"),
                instant(rs, "dispatched_at"),
                warnAt,
                deadlineAt,
                deadlineState(
                        status,
                        warnAt,
                        deadlineAt,
                        suspendedSince,
                        instant(rs, "warned_at"),
                        instant(rs, "overdue_at")),
                suspendedSince != null,
                rs.getInt("rework_count"),
                instant(rs, "closed_at"),
                (Boolean) rs.getObject("resolved"),
                satisfaction == null ? null : Satisfaction.valueOf(satisfaction),
                CaseWorkflow.actionsFrom(status),
                rs.getString("extension_requested"),
                CaseType.valueOf(rs.getString("type")) == CaseType.PROXY_SERVICE
                        ? java.util.Arrays.asList(
                                (String[]) rs.getArray("checklist").getArray())
                        : List.of());
    }

    /**
     * The light of an open case: the sweep's marks once set, otherwise the clock against the lines.
     * While suspended the clock stands still, so the light is judged at the moment it stopped.
     */
    private DeadlineState deadlineState(
            CaseStatus status,
            Instant warnAt,
            Instant deadlineAt,
            Instant suspendedSince,
            Instant warnedAt,
            Instant overdueAt) {
        if (deadlineAt == null || !status.isOpen()) return DeadlineState.NONE;
        Instant now = suspendedSince != null ? suspendedSince : clock.instant();
        if (overdueAt != null || now.isAfter(deadlineAt)) return DeadlineState.RED;
        if (warnedAt != null || (warnAt != null && now.isAfter(warnAt))) return DeadlineState.YELLOW;
        return DeadlineState.GREEN;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
