package org.redgrid.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.redgrid.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The doors the OpenAPI document does not describe, fuzzed the same way as {@link ApiFuzzTests}:
 * Open311 GeoReport v2 (every resource in both formats, its query parameters and the form fields of a
 * service request, with a key the run issues itself) and the pages (their query parameters and path
 * variables as anonymous, a grid worker and community staff, and the forms of the resident report and
 * of a case the run files itself). No answer may be a 5xx; a refused form writes nothing.
 */
@IntegrationTest
@Order(Integer.MAX_VALUE)
class FormFuzzTests {

    private static final long SEED = Long.getLong("redgrid.fuzz.seed", 20_261_201L);
    private static final int ROUNDS = Integer.getInteger("redgrid.fuzz.rounds", 8);

    private static final List<String> OPEN311_GETS = List.of(
            "/open311/v2/discovery",
            "/open311/v2/services",
            "/open311/v2/services/{code}",
            "/open311/v2/requests",
            "/open311/v2/requests/{id}",
            "/open311/v2/tokens/{id}");
    private static final List<String> OPEN311_PARAMETERS = List.of(
            "service_code", "service_request_id", "start_date", "end_date", "status", "jurisdiction_id", "lang");
    private static final List<String> OPEN311_FIELDS = List.of(
            "service_code",
            "lat",
            "long",
            "address_string",
            "address_id",
            "email",
            "device_id",
            "account_id",
            "first_name",
            "last_name",
            "phone",
            "description",
            "media_url",
            "attribute[WHERE]",
            "jurisdiction_id");

    private static final List<String> PAGES = List.of(
            "/",
            "/registry",
            "/registry/grid/{code}",
            "/registry/household/{id}",
            "/import",
            "/qr",
            "/qr/{code}.png",
            "/report",
            "/board",
            "/visits",
            "/tasks",
            "/tasks/list",
            "/tasks/summary",
            "/whistles",
            "/mine",
            "/dashboard",
            "/cases/{id}",
            "/admin",
            "/admin/users",
            "/admin/users/{username}",
            "/admin/categories",
            "/admin/categories/{code}",
            "/admin/export/people.csv",
            "/admin/export/ledgers.csv",
            "/rep/{id}",
            "/rep/{id}/qr.png",
            "/rep/receipts/{receipt}",
            "/representation",
            "/notices",
            "/notices/{id}",
            "/login");
    private static final List<String> PAGE_PARAMETERS = List.of(
            "q",
            "page",
            "size",
            "grid",
            "division",
            "area",
            "list",
            "status",
            "from",
            "to",
            "lang",
            "kind",
            "place",
            "type",
            "due",
            "error");
    private static final List<String> REPORT_FIELDS = List.of(
            "type",
            "category",
            "urgency",
            "gridCode",
            "lat",
            "lng",
            "address",
            "title",
            "description",
            "place",
            "name",
            "phone");
    private static final List<String> ACT_FIELDS =
            List.of("action", "note", "assignee", "resolved", "satisfaction", "lead", "assist", "within", "extension");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final List<String> failures = new ArrayList<>();
    private int accepted;

    @Test
    void noHostileInputToOpen311GivesA5xxOrAPartialWrite() {
        HostileValues values = new HostileValues(SEED);
        Api admin = Api.as(port, "saihan.admin");
        var issued = admin.post("/api/v1/open311/keys", Api.json("name", "fuzz client", "scope", "150105"));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String key = issued.json().path("secret").asString();
        Api anonymous = Api.anonymous(port);
        for (int round = 0; round < ROUNDS * 10; round++) {
            String extension = values.pick(List.of(".json", ".xml", ".json", "", ".html"));
            String path =
                    fill(values.pick(OPEN311_GETS), values) + extension + "?" + parameters(OPEN311_PARAMETERS, values);
            check("GET " + path, anonymous.get(path).status(), null, path);
            Map<String, String> form = new LinkedHashMap<>();
            form.put("api_key", values.chance(0.7) ? key : values.plausibleText("api_key", ""));
            for (String field : OPEN311_FIELDS) if (values.chance(0.7)) form.put(field, text(field, values));
            String post = "/open311/v2/requests" + extension;
            String before = FuzzRun.counts(jdbc);
            check("POST " + post, anonymous.postForm(post, pairs(form)).status(), before, form.toString());
        }
        assertThat(accepted)
                .as("requests the adapter answered 2xx (the run reaches past validation)")
                .isPositive();
        assertThat(failures).as("seed " + SEED).isEmpty();
    }

    @Test
    void noHostileInputToThePagesGivesA5xxOrAPartialWrite() throws Exception {
        HostileValues values = new HostileValues(SEED + 1);
        Map<String, PageSession> sessions = new LinkedHashMap<>();
        sessions.put("anonymous", new PageSession(port));
        sessions.put("taoyuan.grid1", PageSession.loggedIn(port, "taoyuan.grid1"));
        sessions.put("taoyuan.community", PageSession.loggedIn(port, "taoyuan.community"));
        long ownCase = FuzzRun.ownCase(Api.as(port, "taoyuan.community"));
        for (var session : sessions.entrySet()) {
            PageSession page = session.getValue();
            for (String template : PAGES) {
                for (int round = 0; round < ROUNDS; round++) {
                    String path = fill(template, values) + "?" + parameters(PAGE_PARAMETERS, values);
                    check(
                            "GET " + path + " as " + session.getKey(),
                            page.get(path).statusCode(),
                            null,
                            path);
                }
            }
            if (session.getKey().equals("anonymous")) continue;
            String csrf = PageSession.csrfOf(page.get("/report").body());
            for (int round = 0; round < ROUNDS * 4; round++) {
                postForm(page, "/report", REPORT_FIELDS, csrf, values, session.getKey());
                postForm(page, "/cases/" + ownCase + "/act", ACT_FIELDS, csrf, values, session.getKey());
            }
        }
        assertThat(accepted)
                .as("pages answered 2xx (the run reaches past validation)")
                .isPositive();
        assertThat(failures).as("seed " + SEED).isEmpty();
    }

    private void postForm(
            PageSession page, String path, List<String> fields, String csrf, HostileValues values, String role)
            throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", csrf);
        for (String field : fields) if (values.chance(0.75)) form.put(field, text(field, values));
        String before = FuzzRun.counts(jdbc);
        check("POST " + path + " as " + role, page.postForm(path, flatten(form)).statusCode(), before, form.toString());
    }

    private void check(String request, int status, String before, String sent) {
        if (status < 300) accepted++;
        if (status >= 500) failures.add(request + " answered " + status + "\n    sent: " + FuzzRun.excerpt(sent));
        if (before != null && status >= 400 && !before.equals(FuzzRun.counts(jdbc))) {
            failures.add(request + " answered " + status + " but wrote rows\n    sent: " + FuzzRun.excerpt(sent));
        }
    }

    private static String text(String field, HostileValues values) {
        if (values.chance(0.5)) return values.pick(HostileValues.HOSTILE_TEXT);
        return switch (field) {
            case "lat" -> "40.8" + values.pick(List.of("1", "9", "0001"));
            case "long", "lng" -> "111.6" + values.pick(List.of("5", "9"));
            case "type" -> values.pick(List.of("PROBLEM", "SUGGESTION", "MICRO_WISH"));
            case "urgency" -> values.pick(List.of("GENERAL", "URGENT", "CRITICAL"));
            case "action" ->
                values.pick(List.of("ACCEPT", "DISPATCH", "REPORT_BACK", "CLOSE", "URGE", "REQUEST_EXTENSION"));
            case "category", "service_code" ->
                values.pick(List.of("EVENT.ENVIRONMENT", "SERVICE.MEAL_ASSISTANCE", "EVENT"));
            default -> values.plausibleText(field, "");
        };
    }

    private static String parameters(List<String> names, HostileValues values) {
        StringBuilder query = new StringBuilder();
        for (String name : names) {
            if (!values.chance(0.4)) continue;
            if (!query.isEmpty()) query.append('&');
            query.append(name).append('=').append(values.query(name, HostileValues.TEXT_SCHEMA, null));
        }
        return query.toString();
    }

    private static String fill(String template, HostileValues values) {
        return template.replace(
                        "{code}",
                        values.pathSegment(
                                values.pick(List.of("150105004015001", "150105004015", "EVENT.ENVIRONMENT"))))
                .replace("{id}", values.pathSegment(values.pick(List.of("1", "2", "5", "999999999"))))
                .replace("{username}", values.pathSegment("fuzz.nobody"))
                .replace("{receipt}", values.pathSegment("0f1e2d3c4b5a69788796a5b4c3d2e1f0"));
    }

    private static String[] pairs(Map<String, String> form) {
        List<String> pairs = new ArrayList<>();
        form.forEach((name, value) -> {
            pairs.add(name);
            pairs.add(value);
        });
        return pairs.toArray(String[]::new);
    }

    private static String flatten(Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> {
            if (!body.isEmpty()) body.append('&');
            body.append(HostileValues.encode(name)).append('=').append(HostileValues.encode(value));
        });
        return body.toString();
    }
}
