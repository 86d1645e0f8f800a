package org.redgrid.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Twelve months of invented cases with their events, written by two COPY streams at once (cases on one
 * connection, events on another, each one transaction). Every case walks the platform's own loop
 * (intake → file → dispatch → accept → report back → verify, failing now and then → close → rate) with
 * times drawn from the distributions below; whatever lies after the moment of generation has not
 * happened yet, so recent cases are still open. The deadline sweep's marks (yellow, red and the
 * escalation one level up) are written as the sweep would have written them.
 */
final class SyntheticCases {

    /** What a fill wrote and how long it took. */
    record Filled(long cases, long events, Duration elapsed) {}

    /** A category with its time limits (general, urgent, critical) and yellow-line ratio. */
    record Category(String code, Duration general, Duration urgent, Duration critical, double warnRatio) {}

    /** One grid with the accounts that work on it. */
    record Grid(String code, String worker, String community, String place) {}

    private static final ZoneId LOCAL = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final long DAY_SECONDS = 86_400;

    // Problems by category, per 1,000 (事件/部件); heating complaints triple in the heating season.
    private static final String[] PROBLEMS = {
        "EVENT.ENVIRONMENT", "EVENT.PARKING", "EVENT.NEIGHBOUR_DISPUTE", "PART.ROAD_DAMAGE", "PART.STREET_LIGHT",
        "PART.DRAINAGE", "PART.WATER_SUPPLY", "PART.HEATING", "EVENT.GAS_HAZARD", "EVENT.EV_CHARGING",
        "EVENT.UNSAFE_BUILDING"
    };
    private static final int[] PROBLEM_WEIGHTS = {220, 140, 110, 110, 90, 70, 60, 90, 40, 40, 30};
    private static final String[] SERVICES = {
        "SERVICE.PENSION",
        "SERVICE.SUBSISTENCE",
        "SERVICE.SOCIAL_INSURANCE",
        "SERVICE.ELDERLY_ALLOWANCE",
        "SERVICE.MEAL_ASSISTANCE",
        "SERVICE.LEGAL_AID"
    };
    private static final int[] SERVICE_WEIGHTS = {25, 20, 20, 15, 12, 8};
    private static final String[] TYPES = {
        "PROBLEM", "SERVICE_ORDER", "PROXY_SERVICE", "SUGGESTION", "MICRO_WISH", "RESOLUTION_TASK"
    };
    private static final int[] TYPE_WEIGHTS = {800, 70, 60, 40, 20, 10};
    private static final String[] URGENCIES = {"GENERAL", "URGENT", "CRITICAL"};
    private static final int[] URGENCY_WEIGHTS = {85, 12, 3};
    private static final String[] SOURCES = {
        "RESIDENT", "GRID_PATROL", "HOTLINE_12345", "POLICE_DIARY", "REPRESENTATIVE", "MEETING"
    };
    private static final int[] SOURCE_WEIGHTS = {40, 35, 18, 3, 2, 2};
    // Intake by hour of day (local): little at night, peaks in the morning and early evening.
    private static final int[] HOUR_WEIGHTS = {
        2, 1, 1, 1, 1, 2, 4, 8, 12, 14, 13, 11, 9, 10, 12, 12, 11, 11, 12, 11, 8, 6, 4, 3
    };
    private static final Map<String, String[]> TITLES = Map.ofEntries(
            Map.entry("EVENT.ENVIRONMENT", new String[] {"楼道堆放杂物", "垃圾清运不及时", "小区绿化带有积存垃圾", "餐馆油烟扰民"}),
            Map.entry("EVENT.PARKING", new String[] {"车辆占用消防通道", "小区停车位不足", "僵尸车长期占用车位"}),
            Map.entry("EVENT.NEIGHBOUR_DISPUTE", new String[] {"楼上漏水邻里纠纷", "宠物噪音扰邻", "公共区域占用纠纷"}),
            Map.entry("PART.ROAD_DAMAGE", new String[] {"路面坑洼积水", "人行道砖松动", "井盖破损"}),
            Map.entry("PART.STREET_LIGHT", new String[] {"路灯不亮", "楼道灯损坏", "路灯白天常亮"}),
            Map.entry("PART.DRAINAGE", new String[] {"下水道堵塞", "雨水井返水", "化粪池外溢"}),
            Map.entry("PART.WATER_SUPPLY", new String[] {"停水未通知", "水压不足", "自来水浑浊"}),
            Map.entry("PART.HEATING", new String[] {"暖气不热", "供热管道漏水", "室温不达标"}),
            Map.entry("EVENT.GAS_HAZARD", new String[] {"燃气管道老化", "闻到燃气异味", "违规使用瓶装液化气"}),
            Map.entry("EVENT.EV_CHARGING", new String[] {"电动车飞线充电", "充电桩不足", "电动车进楼道充电"}),
            Map.entry("EVENT.UNSAFE_BUILDING", new String[] {"墙体出现裂缝", "平房屋顶漏雨", "外墙皮脱落"}),
            Map.entry("SERVICE.PENSION", new String[] {"代办养老金认证", "养老金领取咨询"}),
            Map.entry("SERVICE.SUBSISTENCE", new String[] {"申请低保", "低保年审材料"}),
            Map.entry("SERVICE.SOCIAL_INSURANCE", new String[] {"城乡居民医保参保", "社保卡补办"}),
            Map.entry("SERVICE.ELDERLY_ALLOWANCE", new String[] {"高龄津贴申领", "高龄补贴发放咨询"}),
            Map.entry("SERVICE.MEAL_ASSISTANCE", new String[] {"老年助餐送餐上门", "助餐点就餐登记"}),
            Map.entry("SERVICE.LEGAL_AID", new String[] {"劳动报酬纠纷法律咨询", "赡养纠纷法律援助"}),
            Map.entry("SERVICE.MICRO_WISH", new String[] {"希望有人帮忙修理轮椅", "孩子想要一套课外书", "独居老人希望有人陪同就医"}));

    private final List<Grid> grids;
    private final Map<String, Category> categories;
    private final long count;
    private final Instant now;
    private final long seed;

    SyntheticCases(List<Grid> grids, Map<String, Category> categories, long count, Instant now, long seed) {
        if (grids.isEmpty()) throw new IllegalArgumentException("no grids to place cases in");
        this.grids = List.copyOf(grids);
        this.categories = Map.copyOf(categories);
        this.count = count;
        this.now = now;
        this.seed = seed;
    }

    Filled fill(Connection casesDb, Connection eventsDb) throws SQLException, IOException {
        long started = System.nanoTime();
        casesDb.setAutoCommit(false);
        eventsDb.setAutoCommit(false);
        long firstCase = reserve(casesDb, "work_case", count);
        long firstEvent = reserve(eventsDb, "case_event", count * 16);
        PGCopyOutputStream caseStream = new PGCopyOutputStream(
                casesDb.unwrap(PGConnection.class),
                "copy work_case (id, number, type, category_code, urgency, source, status, level, grid_code, title,"
                        + " description, address, reporter, owner, assignee, created_at, dispatched_at, warn_at,"
                        + " deadline_at, rework_count, closed_at, resolved, satisfaction, version, warned_at,"
                        + " overdue_at, has_dispatch_event, has_response_event, has_verify_event)"
                        + " from stdin with (format csv)",
                1 << 16);
        PGCopyOutputStream eventStream = new PGCopyOutputStream(
                eventsDb.unwrap(PGConnection.class),
                "copy case_event (id, case_id, grid_code, action, from_status, to_status, actor, at, note, data)"
                        + " from stdin with (format csv)",
                1 << 16);
        long events = 0;
        try {
            Writer cases = new BufferedWriter(new OutputStreamWriter(caseStream, StandardCharsets.UTF_8), 1 << 16);
            Writer eventRows = new BufferedWriter(new OutputStreamWriter(eventStream, StandardCharsets.UTF_8), 1 << 16);
            long eventId = firstEvent;
            for (long i = 0; i < count; i++) {
                Walk walk = walk(firstCase + i, i);
                walk.writeCase(cases);
                eventId = walk.writeEvents(eventRows, eventId);
            }
            cases.flush();
            eventRows.flush();
            caseStream.endCopy();
            events = eventStream.endCopy();
            casesDb.commit();
            eventsDb.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            if (caseStream.isActive()) caseStream.cancelCopy();
            if (eventStream.isActive()) eventStream.cancelCopy();
            casesDb.rollback();
            eventsDb.rollback();
            throw e;
        }
        try (var statement = casesDb.createStatement()) {
            // Numbers the platform takes later must not repeat the invented ones of the same county and day.
            statement.execute("select setval('case_number_seq', greatest(" + count + ", (select last_value from"
                    + " case_number_seq)))");
        }
        casesDb.commit();
        return new Filled(count, events, Duration.ofNanos(System.nanoTime() - started));
    }

    /** One event of a walk. */
    private record Step(Instant at, String action, String from, String to, String actor, String note, String data) {}

    /** One case's way through the loop up to the moment of generation. */
    private final class Walk {
        final long id;
        final long serial;
        final Grid grid;
        final String type;
        final Category category;
        final String urgency;
        final String source;
        final String reporter;
        final Instant created;
        final List<Step> steps = new ArrayList<>(12);
        String status = "INTAKE";
        int level = 15;
        String owner;
        String assignee;
        Instant dispatched;
        Instant warnAt;
        Instant deadline;
        Instant warned;
        Instant overdue;
        Instant closed;
        Boolean resolved;
        String satisfaction;
        int reworks;
        boolean responded;
        boolean verified;
        final String title;

        Walk(long id, long serial, SplittableRandom random) {
            this.id = id;
            this.serial = serial;
            this.grid = grids.get(random.nextInt(grids.size()));
            long age = random.nextLong(365 * DAY_SECONDS);
            LocalDate day = LocalDate.ofInstant(now.minusSeconds(age), LOCAL);
            int hour = pick(HOUR_WEIGHTS, random);
            Instant at = day.atTime(hour, random.nextInt(60), random.nextInt(60))
                    .atZone(LOCAL)
                    .toInstant();
            this.created = at.isAfter(now) ? now.minusSeconds(random.nextInt(3600)) : at;
            this.type = TYPES[pick(TYPE_WEIGHTS, random)];
            this.category = categories.get(categoryOf(type, created, random));
            this.urgency = URGENCIES[pick(URGENCY_WEIGHTS, random)];
            this.source = type.equals("PROBLEM") ? SOURCES[pick(SOURCE_WEIGHTS, random)] : "RESIDENT";
            this.reporter = source.equals("GRID_PATROL") ? grid.worker() : "resident" + (serial % 9_000_000);
            this.owner = reporter;
            String[] titles = TITLES.get(category.code());
            this.title = titles[random.nextInt(titles.length)];
            steps.add(new Step(created, "CREATE", null, "INTAKE", reporter, null, null));
        }

        void go(Instant at, String action, String to, String actor, String note, String data) {
            steps.add(new Step(at, action, status, to, actor, note, data));
            status = to;
        }

        void writeCase(Writer out) throws IOException {
            String county = grid.code().substring(0, 6);
            String number =
                    county + "-" + LocalDate.ofInstant(created, LOCAL).format(DAY) + "-G" + Long.toString(serial, 36);
            out.append(Long.toString(id)).append(',').append(number).append(',');
            out.append(type)
                    .append(',')
                    .append(category.code())
                    .append(',')
                    .append(urgency)
                    .append(',');
            out.append(source).append(',').append(status).append(',').append(Integer.toString(level));
            out.append(',').append(grid.code()).append(',').append(title).append(',');
            out.append(title).append("，请网格员尽快核实处理。").append(',');
            out.append(quoted(grid.place() + (serial % 30 + 1) + "号")).append(',');
            out.append(reporter)
                    .append(',')
                    .append(owner)
                    .append(',')
                    .append(text(assignee))
                    .append(',');
            out.append(created.toString()).append(',').append(time(dispatched)).append(',');
            out.append(time(warnAt)).append(',').append(time(deadline)).append(',');
            out.append(Integer.toString(reworks))
                    .append(',')
                    .append(time(closed))
                    .append(',');
            out.append(resolved == null ? "" : resolved.toString()).append(',').append(text(satisfaction));
            out.append(',')
                    .append(Integer.toString(steps.size()))
                    .append(',')
                    .append(time(warned))
                    .append(',');
            out.append(time(overdue))
                    .append(',')
                    .append(Boolean.toString(dispatched != null))
                    .append(',');
            out.append(Boolean.toString(responded))
                    .append(',')
                    .append(Boolean.toString(verified))
                    .append('\n');
        }

        long writeEvents(Writer out, long nextId) throws IOException {
            steps.sort((a, b) -> a.at().compareTo(b.at()));
            for (Step step : steps) {
                out.append(Long.toString(nextId++))
                        .append(',')
                        .append(Long.toString(id))
                        .append(',');
                out.append(grid.code()).append(',').append(step.action()).append(',');
                out.append(text(step.from())).append(',').append(step.to()).append(',');
                out.append(step.actor())
                        .append(',')
                        .append(step.at().toString())
                        .append(',');
                out.append(text(step.note()))
                        .append(',')
                        .append(quoted(step.data()))
                        .append('\n');
            }
            return nextId;
        }
    }

    /**
     * The distributions: 3 % of intakes are not filed; filing after a median 40 minutes, dispatch 30
     * minutes later; the handler reports back after a log-normal share of the category's limit (median
     * 35 %, so about 7 % of cases run past their red line); 7 % fail their first verification and 15 %
     * of those their second; closing a median hour after a passed verification; 70 % of cases reported
     * by residents are rated, a median day after closing: 82 % satisfied, 12 % basically satisfied, 6 %
     * dissatisfied, resolved for 93 %.
     */
    private Walk walk(long id, long index) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        Walk w = new Walk(id, index, random);
        String staff = w.grid.community();
        Instant t = w.created.plus(lognormal(random, 40 * 60, 1.0, 3 * DAY_SECONDS));
        if (random.nextInt(100) < 3) {
            if (!t.isAfter(now)) w.go(t, "CANCEL", "CANCELLED", staff, "不属于受理范围", null);
            return w;
        }
        if (t.isAfter(now)) return w;
        w.owner = staff;
        w.go(t, "FILE", "FILED", staff, null, null);
        t = t.plus(lognormal(random, 30 * 60, 1.0, 2 * DAY_SECONDS));
        if (t.isAfter(now)) return w;
        Duration limit = limit(w.category, w.urgency);
        w.assignee = w.grid.worker();
        w.dispatched = t;
        w.deadline = t.plus(limit);
        w.warnAt = t.plusMillis((long) (limit.toMillis() * w.category.warnRatio()));
        w.go(
                t,
                "DISPATCH",
                "DISPATCHED",
                staff,
                null,
                "{\"assignee\":\"" + w.assignee + "\",\"limit\":\"" + limit + "\"}");
        long limitSeconds = limit.toSeconds();
        Instant accepted = t.plus(lognormal(random, Math.min(2 * 3600, limitSeconds / 20), 0.8, limitSeconds / 4));
        if (!accepted.isAfter(now)) {
            w.responded = true;
            w.go(accepted, "ACCEPT", "HANDLING", w.assignee, null, null);
            Instant reported = t.plus(lognormal(random, limitSeconds * 0.35, 0.7, limitSeconds * 6))
                    .plusSeconds(600);
            if (reported.isBefore(accepted)) reported = accepted.plusSeconds(600);
            int failures = random.nextInt(100) < 7 ? (random.nextInt(100) < 15 ? 2 : 1) : 0;
            while (!reported.isAfter(now)) {
                w.go(reported, "REPORT_BACK", "REPORTED", w.assignee, "已处理完毕", null);
                Instant checked = reported.plus(lognormal(random, 3 * 3600, 0.8, 3 * DAY_SECONDS));
                if (checked.isAfter(now)) break;
                w.verified = true;
                if (w.reworks < failures) {
                    w.reworks++;
                    w.go(checked, "VERIFY_FAIL", "HANDLING", staff, "现场核查未整改到位", "{\"rework\":" + w.reworks + "}");
                    reported = checked.plus(lognormal(random, limitSeconds * 0.15, 0.6, limitSeconds * 3));
                    continue;
                }
                w.go(checked, "VERIFY_PASS", "VERIFIED", staff, null, null);
                Instant closed = checked.plus(lognormal(random, 3600, 0.8, 2 * DAY_SECONDS));
                if (closed.isAfter(now)) break;
                w.closed = closed;
                w.go(closed, "CLOSE", "CLOSED", staff, null, null);
                boolean byResident = !w.source.equals("GRID_PATROL") && !w.source.equals("MEETING");
                Instant rated = closed.plus(lognormal(random, DAY_SECONDS, 1.0, 6 * DAY_SECONDS));
                if (byResident && random.nextInt(100) < 70 && !rated.isAfter(now)) {
                    int verdict = random.nextInt(100);
                    w.satisfaction = verdict < 82 ? "SATISFIED" : verdict < 94 ? "BASICALLY_SATISFIED" : "DISSATISFIED";
                    w.resolved = verdict < 94 ? random.nextInt(100) < 97 : random.nextInt(100) < 40;
                    w.go(
                            rated,
                            "RATE",
                            "RATED",
                            w.reporter,
                            null,
                            "{\"satisfaction\":\"" + w.satisfaction + "\",\"resolved\":" + w.resolved + "}");
                }
                break;
            }
        }
        marks(w);
        return w;
    }

    /** The sweep's yellow and red marks for the time the case was open past its lines. */
    private void marks(Walk w) {
        Instant openUntil = w.closed == null ? now : w.closed;
        if (w.warnAt != null && w.warnAt.isBefore(openUntil) && w.deadline.isAfter(w.warnAt)) {
            w.warned = w.warnAt.plusSeconds(30);
            w.steps.add(new Step(
                    w.warned, "WARN", statusAt(w, w.warned), statusAt(w, w.warned), "system", "临近办理时限（黄灯）", null));
        }
        if (w.deadline != null && w.deadline.isBefore(openUntil)) {
            w.overdue = w.deadline.plusSeconds(30);
            String status = statusAt(w, w.overdue);
            w.steps.add(new Step(w.overdue, "OVERDUE", status, status, "system", "超过办理时限（红灯）", null));
            w.steps.add(new Step(w.overdue, "ESCALATE", status, status, "system", "超期自动提级督办", "{\"level\":12}"));
            if (w.warned == null) w.warned = w.overdue;
            w.level = 12;
        }
    }

    private static String statusAt(Walk w, Instant at) {
        String status = "INTAKE";
        for (Step step : w.steps) if (!step.at().isAfter(at)) status = step.to();
        return status;
    }

    private static Duration limit(Category category, String urgency) {
        return switch (urgency) {
            case "URGENT" -> category.urgent();
            case "CRITICAL" -> category.critical();
            default -> category.general();
        };
    }

    private static String categoryOf(String type, Instant created, SplittableRandom random) {
        return switch (type) {
            case "MICRO_WISH" -> "SERVICE.MICRO_WISH";
            case "SERVICE_ORDER", "PROXY_SERVICE" -> SERVICES[pick(SERVICE_WEIGHTS, random)];
            default -> {
                int month = LocalDate.ofInstant(created, LOCAL).getMonthValue();
                boolean heatingSeason = month >= 10 || month <= 4;
                int[] weights = PROBLEM_WEIGHTS.clone();
                if (heatingSeason) weights[7] *= 3;
                else weights[7] /= 6;
                yield PROBLEMS[pick(weights, random)];
            }
        };
    }

    private static int pick(int[] weights, SplittableRandom random) {
        int total = 0;
        for (int weight : weights) total += weight;
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) return i;
        }
        return weights.length - 1;
    }

    /** A log-normal duration with the given median (seconds) and shape, at least a minute and at most {@code cap}. */
    private static Duration lognormal(SplittableRandom random, double medianSeconds, double sigma, double cap) {
        double gaussian = gaussian(random);
        double seconds = Math.min(cap, Math.max(60, medianSeconds * Math.exp(sigma * gaussian)));
        return Duration.ofSeconds((long) seconds);
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static String time(Instant at) {
        return at == null ? "" : at.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** A CSV field in quotes, for JSON with commas and quotes. */
    private static String quoted(String value) {
        return value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
    }

    /** Takes a block of ids from a table's sequence, so rows can name each other in the same COPY. */
    private static long reserve(Connection db, String table, long rows) throws SQLException {
        try (var statement = db.createStatement();
                var result = statement.executeQuery("select nextval(pg_get_serial_sequence('" + table + "', 'id'))")) {
            result.next();
            long first = result.getLong(1);
            statement.execute(
                    "select setval(pg_get_serial_sequence('" + table + "', 'id'), " + (first + rows - 1) + ")");
            return first;
        }
    }
}
