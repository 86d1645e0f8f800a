package org.redgrid.open311;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.redgrid.casework.CaseSource;
import org.redgrid.casework.CaseType;
import org.redgrid.casework.CaseView;
import org.redgrid.casework.Casework;
import org.redgrid.casework.CategoryForm;
import org.redgrid.casework.CategoryForms;
import org.redgrid.casework.FormField;
import org.redgrid.casework.NewCase;
import org.redgrid.casework.PublicCase;
import org.redgrid.casework.PublicCaseQuery;
import org.redgrid.casework.PublicCases;
import org.redgrid.casework.Urgency;
import org.redgrid.organization.BuildingView;
import org.redgrid.organization.Organization;
import org.redgrid.shared.Actor;
import org.redgrid.shared.AuditRecord;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.PhoneNumber;
import org.redgrid.shared.PiiCipher;
import org.redgrid.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open311 GeoReport v2 over the case engine. A POST files a case (source: Open311 client) as the
 * key's actor, located to a grid inside the key's area; the GET endpoints show the public view of
 * every case of a public category in the jurisdiction, the case number serving as
 * {@code service_request_id}. Reporter contact details are kept encrypted and never shown.
 */
@Service
@Transactional(readOnly = true)
public class GeoReport {

    /** The longest span GET requests answers, and its default window. */
    public static final Duration MAX_SPAN = Duration.ofDays(90);

    public static final int MAX_RECORDS = 1000;

    private static final ZoneId LOCAL = ZoneId.of("Asia/Shanghai");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApiKeys keys;
    private final Casework casework;
    private final CategoryForms forms;
    private final PublicCases cases;
    private final Organization organization;
    private final PiiCipher cipher;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Open311Settings settings;
    private final Clock clock;

    GeoReport(
            ApiKeys keys,
            Casework casework,
            CategoryForms forms,
            PublicCases cases,
            Organization organization,
            PiiCipher cipher,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Open311Settings settings,
            Clock clock) {
        this.keys = keys;
        this.casework = casework;
        this.forms = forms;
        this.cases = cases;
        this.organization = organization;
        this.cipher = cipher;
        this.jdbc = jdbc;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    public Open311Settings settings() {
        return settings;
    }

    /** One service per category that outside clients may file. */
    public List<CategoryForm> services() {
        return forms.open311Forms();
    }

    /** The definition of one service; 404 for a category clients may not file. */
    public CategoryForm service(String code) {
        return forms.form(code)
                .filter(form -> form.open311() && form.active())
                .orElseThrow(() -> new NotFound("service", code));
    }

    // POST requests

    @Transactional
    public Receipt submit(String apiKey, Submission submission) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new Forbidden("缺少 api_key", "api_key is required to file a request");
        }
        ApiKeyView key = keys.authenticate(apiKey)
                .orElseThrow(() -> new Forbidden("api_key 无效或已被吊销", "api_key is invalid or revoked"));
        return CurrentActor.runAs(key.actor(), () -> file(key, submission));
    }

    private Receipt file(ApiKeyView key, Submission submission) {
        Actor actor = key.actor();
        String serviceCode = Text.required("service_code", submission.serviceCode(), 48);
        CategoryForm service = service(serviceCode);
        Place place = place(actor.scope(), submission);
        String description =
                submission.description() == null || submission.description().isBlank()
                        ? service.nameZh()
                        : Text.required("description", submission.description(), 4000);
        Map<String, List<String>> attributes = forms.check(service, submission.attributes());
        String contact = contact(submission);
        String mediaUrl = optional("media_url", submission.mediaUrl(), 500);
        if (mediaUrl != null && !mediaUrl.matches("(?i)https?://\\S+")) {
            throw new InvalidValue("media_url", "url", "media_url 须为 http(s) 地址", "media_url must be an http(s) URL");
        }
        String deviceId = optional("device_id", submission.deviceId(), 100);
        String accountId = optional("account_id", submission.accountId(), 100);
        String summary = summary(service, attributes);
        String full = summary.isEmpty() || description.length() + summary.length() + 1 > 4000
                ? description
                : description + "\n" + summary;
        CaseView created = casework.createThroughOpen311(
                        new NewCase(
                                CaseType.PROBLEM,
                                service.code(),
                                Urgency.GENERAL,
                                CaseSource.OPEN311,
                                place.grid(),
                                place.lat(),
                                place.lng(),
                                place.address(),
                                title(service, description),
                                full),
                        null)
                .view();
        String token = UUID.randomUUID().toString();
        jdbc.sql("""
                        insert into open311_request (case_id, case_number, grid_code, key_id, token, address_id, attributes,
                                                     media_url, device_id, account_id, contact, created_at)
                        values (:case, :number, :grid, :key, :token, :addressId, :attributes, :media, :device, :account,
                                :contact, :now)""")
                .param("case", created.id())
                .param("number", created.number())
                .param("grid", created.gridCode())
                .param("key", key.id())
                .param("token", token)
                .param("addressId", place.addressId(), java.sql.Types.VARCHAR)
                .param("attributes", JSON.writeValueAsString(attributes))
                .param("media", mediaUrl, java.sql.Types.VARCHAR)
                .param("device", deviceId, java.sql.Types.VARCHAR)
                .param("account", accountId, java.sql.Types.VARCHAR)
                .param("contact", contact == null ? null : cipher.encrypt(contact), java.sql.Types.BINARY)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(new AuditRecord(
                "OPEN311_REQUEST_FILED", "case", created.number(), created.gridCode(), "open311_key " + key.id()));
        return new Receipt(created.number(), token, notice(created.number()), accountId);
    }

    /** Where the request is: a grid inside the key's area, from a point, an address id or an address. */
    private record Place(String grid, Double lat, Double lng, String address, String addressId) {}

    private Place place(DataScope scope, Submission submission) {
        String addressString = optional("address_string", submission.addressString(), 200);
        String addressId = optional("address_id", submission.addressId(), 32);
        String rawLat = Text.blankToNull(submission.lat());
        String rawLng = Text.blankToNull(submission.lng());
        if (rawLat != null || rawLng != null) {
            if (rawLat == null || rawLng == null) {
                throw new InvalidValue(
                        rawLat == null ? "lat" : "long",
                        "location.pair",
                        "lat 与 long 须同时提供",
                        "lat and long must be given together");
            }
            double lat = coordinate("lat", rawLat, 90);
            double lng = coordinate("long", rawLng, 180);
            String grid = organization
                    .locateGridWithin(lat, lng, scope)
                    .orElseThrow(() -> new InvalidValue(
                            "lat",
                            "location.in-scope",
                            "该位置不在本密钥的服务范围内，或附近没有网格",
                            "the location lies outside the key's area or near no grid"));
            return new Place(grid, lat, lng, addressString, addressId);
        }
        if (addressId != null) {
            if (addressId.matches("\\d{15}")) {
                if (!organization.gridExists(addressId) || !scope.contains(addressId)) {
                    throw new InvalidValue(
                            "address_id",
                            "location.in-scope",
                            "address_id 不是本密钥服务范围内的网格",
                            "address_id is no grid inside the key's area");
                }
                return new Place(addressId, null, null, addressString, addressId);
            }
            if (addressId.matches("\\d{1,12}")) {
                BuildingView building;
                try {
                    building = organization.building(Long.parseLong(addressId));
                } catch (NotFound outside) {
                    throw new InvalidValue(
                            "address_id",
                            "location.in-scope",
                            "address_id 不是本密钥服务范围内的楼栋",
                            "address_id is no building inside the key's area");
                }
                String address = addressString != null ? addressString : building.address();
                return new Place(building.gridCode(), null, null, address, addressId);
            }
            throw new InvalidValue(
                    "address_id",
                    "address-id.format",
                    "address_id 须为 15 位网格编码或楼栋编号",
                    "address_id must be a 15-digit grid code or a building id");
        }
        if (addressString != null) {
            String grid = organization
                    .gridOfAddress(addressString, scope)
                    .orElseThrow(() -> new InvalidValue(
                            "address_string",
                            "location.unresolved",
                            "无法将该地址定位到本密钥服务范围内的网格，请提供 lat/long 或 address_id",
                            "the address matches no single grid inside the key's area; give lat/long or address_id"));
            return new Place(grid, null, null, addressString, null);
        }
        throw new InvalidValue(
                "lat",
                "location.required",
                "须提供位置：lat 与 long、address_string 或 address_id",
                "a location is required: lat and long, address_string or address_id");
    }

    private static double coordinate(String field, String raw, double limit) {
        try {
            double value = Double.parseDouble(raw.trim());
            if (Double.isFinite(value) && Math.abs(value) <= limit) return value;
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidValue(
                field,
                "coordinate",
                field + " 须为 -" + (int) limit + " 到 " + (int) limit + " 之间的数",
                field + " must be a number between -" + (int) limit + " and " + (int) limit);
    }

    /** The reporter's contact details as one JSON document, encrypted before it is stored. */
    private static String contact(Submission submission) {
        Map<String, String> contact = new LinkedHashMap<>();
        String email = optional("email", submission.email(), 254);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidValue("email", "email", "email 格式不正确", "email is not a valid address");
        }
        putIfPresent(contact, "email", email);
        putIfPresent(contact, "first_name", optional("first_name", submission.firstName(), 50));
        putIfPresent(contact, "last_name", optional("last_name", submission.lastName(), 50));
        String phone = Text.blankToNull(submission.phone());
        if (phone != null)
            putIfPresent(contact, "phone", PhoneNumber.parse("phone", phone).value());
        return contact.isEmpty() ? null : JSON.writeValueAsString(contact);
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null) map.put(key, value);
    }

    private static String optional(String field, String value, int max) {
        String trimmed = Text.blankToNull(value);
        return trimmed == null ? null : Text.required(field, trimmed, max);
    }

    private static String title(CategoryForm service, String description) {
        String firstLine = description.strip().lines().findFirst().orElse("").strip();
        if (firstLine.isEmpty()) return service.nameZh();
        return firstLine.length() <= 60 ? firstLine : firstLine.substring(0, 60) + "…";
    }

    /** The attribute values in words, so that staff read them with the case. */
    private static String summary(CategoryForm service, Map<String, List<String>> values) {
        List<String> parts = new ArrayList<>();
        for (FormField field : service.fields()) {
            List<String> given = values.get(field.code());
            if (given == null) continue;
            List<String> words = given.stream()
                    .map(value -> field.values().stream()
                            .filter(choice -> choice.key().equals(value))
                            .map(FormField.Choice::name)
                            .findFirst()
                            .orElse(value))
                    .toList();
            parts.add(field.description() + "：" + String.join("、", words));
        }
        return parts.isEmpty() ? "" : "【附加信息】" + String.join("；", parts);
    }

    private static String notice(String number) {
        return text(
                "已受理，受理编号 " + number + "。社区将核实立案并派遣办理，可凭编号查询进度。",
                "Received as " + number
                        + ". The community verifies and files it, then dispatches it; follow it by this id.");
    }

    // GET requests

    public List<ServiceRequest> requests(RequestFilter filter) {
        DataScope scope = DataScope.of(settings.scope());
        List<String> numbers = list(filter.serviceRequestIds());
        if (!numbers.isEmpty()) {
            if (numbers.size() > MAX_RECORDS) {
                throw new InvalidValue(
                        "service_request_id", "max-count", "一次最多查询 1000 个编号", "at most 1000 ids at once");
            }
            return views(cases.find(new PublicCaseQuery(scope, numbers, null, null, null, null, MAX_RECORDS)));
        }
        Instant end = date("end_date", filter.endDate(), true);
        Instant start = date("start_date", filter.startDate(), false);
        if (end == null) end = start == null ? clock.instant() : start.plus(MAX_SPAN);
        if (start == null) start = end.minus(MAX_SPAN);
        if (end.isBefore(start)) {
            throw new InvalidValue(
                    "end_date", "date.order", "end_date 不能早于 start_date", "end_date must not be before start_date");
        }
        if (Duration.between(start, end).compareTo(MAX_SPAN) > 0) {
            throw new InvalidValue(
                    "end_date", "date.span", "查询跨度最多 90 天", "start_date and end_date may span at most 90 days");
        }
        Boolean closed = null;
        List<String> statuses = list(filter.status());
        for (String status : statuses) {
            if (!status.equals("open") && !status.equals("closed")) {
                throw new InvalidValue(
                        "status", "status.value", "status 只能为 open 或 closed", "status must be open or closed");
            }
        }
        if (statuses.stream().distinct().count() == 1) closed = statuses.get(0).equals("closed");
        return views(cases.find(
                new PublicCaseQuery(scope, null, list(filter.serviceCodes()), start, end, closed, MAX_RECORDS)));
    }

    public ServiceRequest request(String id) {
        String number = Text.blankToNull(id);
        return cases.byNumber(DataScope.of(settings.scope()), number == null ? "" : number)
                .map(found -> views(List.of(found)).get(0))
                .orElseThrow(() -> new NotFound("request", id));
    }

    /** The request a token stands for. */
    public Receipt token(String token) {
        return jdbc.sql("select case_number, token, account_id from open311_request where token = :token")
                .param("token", token == null ? "" : token.trim())
                .query((rs, n) -> new Receipt(rs.getString(1), rs.getString(2), null, rs.getString(3)))
                .optional()
                .orElseThrow(() -> new NotFound("token", token));
    }

    private List<ServiceRequest> views(List<PublicCase> found) {
        if (found.isEmpty()) return List.of();
        Map<String, String[]> extras = new HashMap<>();
        jdbc.sql("select case_number, address_id, media_url from open311_request where case_number in (:numbers)")
                .param("numbers", found.stream().map(PublicCase::number).toList())
                .query(rs -> {
                    extras.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                });
        Map<String, Optional<String>> agencies = new HashMap<>();
        Map<String, double[]> centres = new HashMap<>();
        List<ServiceRequest> views = new ArrayList<>();
        for (PublicCase c : found) {
            String[] extra = extras.getOrDefault(c.number(), new String[2]);
            String agencyCode =
                    c.gridCode().substring(0, Math.min(c.level(), c.gridCode().length()));
            String agency = agencies.computeIfAbsent(agencyCode, this::agency).orElse(null);
            Double lat = c.lat();
            Double lng = c.lng();
            if (lat == null || lng == null) {
                double[] centre = centres.computeIfAbsent(c.gridCode(), this::centre);
                lat = centre == null ? null : centre[0];
                lng = centre == null ? null : centre[1];
            }
            views.add(new ServiceRequest(
                    c.number(),
                    c.closed() ? "closed" : "open",
                    statusNotes(c),
                    c.categoryName(),
                    c.category(),
                    c.description(),
                    agency,
                    c.closed() || c.deadlineAt() == null
                            ? null
                            : text(
                                    "承办时限至 " + local(c.deadlineAt()).toLocalDate(),
                                    "due by " + local(c.deadlineAt()).toLocalDate()),
                    local(c.createdAt()),
                    local(c.updatedAt() == null ? c.createdAt() : c.updatedAt()),
                    local(c.deadlineAt()),
                    c.address(),
                    extra[0],
                    null,
                    lat,
                    lng,
                    extra[1]));
        }
        return views;
    }

    private static String statusNotes(PublicCase c) {
        String status = text(c.status().nameZh(), c.status().name().toLowerCase(Locale.ROOT));
        return c.statusNote() == null ? status : status + "：" + c.statusNote();
    }

    private Optional<String> agency(String code) {
        try {
            return Optional.of(CurrentActor.runAsSystem(() -> code.length() == 15
                    ? organization.grid(code).name()
                    : organization.division(code).name()));
        } catch (RuntimeException unknown) {
            return Optional.empty();
        }
    }

    private double[] centre(String grid) {
        try {
            var view = CurrentActor.runAsSystem(() -> organization.grid(grid));
            return view.centreLat() == null || view.centreLng() == null
                    ? null
                    : new double[] {view.centreLat(), view.centreLng()};
        } catch (RuntimeException unknown) {
            return null;
        }
    }

    private static Instant date(String field, String raw, boolean endOfDay) {
        String value = Text.blankToNull(raw);
        if (value == null) return null;
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException notDateTime) {
            try {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(LOCAL).toInstant();
            } catch (DateTimeException notDate) {
                throw new InvalidValue(
                        field,
                        "type.datetime",
                        field + " 须为 ISO 8601 时间，如 2026-11-01T00:00:00+08:00",
                        field + " must be an ISO 8601 date and time such as 2026-11-01T00:00:00+08:00");
            }
        }
    }

    private static List<String> list(String commaList) {
        if (commaList == null || commaList.isBlank()) return List.of();
        return Arrays.stream(commaList.split(","))
                .map(String::trim)
                .filter(item -> !item.isEmpty())
                .toList();
    }

    private static OffsetDateTime local(Instant instant) {
        return instant == null
                ? null
                : instant.truncatedTo(ChronoUnit.SECONDS).atZone(LOCAL).toOffsetDateTime();
    }

    private static String text(String zh, String en) {
        return Locale.ENGLISH
                        .getLanguage()
                        .equals(LocaleContextHolder.getLocale().getLanguage())
                ? en
                : zh;
    }
}
