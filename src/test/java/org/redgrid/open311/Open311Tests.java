package org.redgrid.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.open311.Xml.child;
import static org.redgrid.open311.Xml.children;
import static org.redgrid.open311.Xml.names;
import static org.redgrid.open311.Xml.text;
import static org.redgrid.support.Api.act;
import static org.redgrid.support.Api.json;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;

/**
 * Open311 GeoReport v2 as a 311 client sees it, checked against the element names and shapes of the
 * specification's own examples, in both formats, over real HTTP.
 */
@IntegrationTest
class Open311Tests {

    static final String BASE = "/open311/v2/";
    static final String DEMO_KEY = "redgrid-demo-key";
    static final String GRID1 = "150105004015001";
    /** Near the centre of 桃园社区第一网格 (阳光北小区). */
    static final String LAT = "40.8071";

    static final String LNG = "111.7107";

    static final List<String> REQUEST_ELEMENTS = List.of(
            "service_request_id",
            "status",
            "status_notes",
            "service_name",
            "service_code",
            "description",
            "agency_responsible",
            "service_notice",
            "requested_datetime",
            "updated_datetime",
            "expected_datetime",
            "address",
            "address_id",
            "zipcode",
            "lat",
            "long",
            "media_url");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api client() {
        return Api.anonymous(port);
    }

    Api.Response file(String format, String... extra) {
        String[] fields = {
            "api_key",
            DEMO_KEY,
            "service_code",
            "PART.STREET_LIGHT",
            "lat",
            LAT,
            "long",
            LNG,
            "attribute[fault]",
            "off",
            "description",
            "阳光北小区1号楼东侧路灯连续三晚不亮，夜里行人看不清台阶"
        };
        var merged = new java.util.LinkedHashMap<String, String>();
        for (int i = 0; i < fields.length; i += 2) merged.put(fields[i], fields[i + 1]);
        for (int i = 0; i < extra.length; i += 2) merged.put(extra[i], extra[i + 1]);
        String[] all = merged.entrySet().stream()
                .flatMap(entry -> java.util.stream.Stream.of(entry.getKey(), entry.getValue()))
                .toArray(String[]::new);
        return client().postForm(BASE + "requests." + format, all);
    }

    static void eventually(BooleanSupplier condition) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(15));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited 15 s").isBefore(until);
            Thread.sleep(100);
        }
    }

    static void assertError(Api.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        if (response.contentType().startsWith("text/xml")) {
            Element errors = Xml.parse(response);
            assertThat(errors.getTagName()).isEqualTo("errors");
            Element error = child(errors, "error");
            assertThat(names(error)).containsExactly("code", "description");
            assertThat(text(error, "code")).isEqualTo(String.valueOf(status));
            assertThat(text(error, "description")).isNotBlank();
        } else {
            assertThat(response.contentType()).startsWith("application/json");
            JsonNode errors = response.json();
            assertThat(errors.isArray()).isTrue();
            assertThat(errors.get(0).path("code").asInt()).isEqualTo(status);
            assertThat(errors.get(0).path("description").asString()).isNotBlank();
        }
    }

    @Test
    void discoveryNamesTheEndpointItsFormatsAndWhomToContact() {
        var xml = client().get(BASE + "discovery.xml");
        assertThat(xml.status()).isEqualTo(200);
        assertThat(xml.contentType()).startsWith("text/xml").containsIgnoringCase("charset=utf-8");
        assertThat(xml.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        Element discovery = Xml.parse(xml);
        assertThat(discovery.getTagName()).isEqualTo("discovery");
        assertThat(names(discovery)).contains("changeset", "contact", "key_service", "endpoints");
        Element endpoint = child(child(discovery, "endpoints"), "endpoint");
        assertThat(names(endpoint)).containsExactly("specification", "url", "changeset", "type", "formats");
        assertThat(text(endpoint, "specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(text(endpoint, "url")).endsWith("/open311/v2");
        assertThat(children(child(endpoint, "formats"), "format"))
                .extracting(Element::getTextContent)
                .containsExactly("text/xml", "application/json");

        var json = client().get(BASE + "discovery.json");
        assertThat(json.contentType()).startsWith("application/json");
        assertThat(json.json().path("endpoints").get(0).path("formats").get(1).asString())
                .isEqualTo("application/json");
        assertThat(json.json().path("contact").asString()).isNotBlank();
    }

    @Test
    void servicesListOneServicePerCategoryThatClientsMayFile() {
        Element services = Xml.parse(client().get(BASE + "services.xml"));
        assertThat(services.getTagName()).isEqualTo("services");
        List<Element> all = children(services, "service");
        assertThat(all).isNotEmpty();
        for (Element service : all) {
            assertThat(names(service))
                    .containsExactly(
                            "service_code", "service_name", "description", "metadata", "type", "keywords", "group");
            assertThat(text(service, "type")).isEqualTo("realtime");
        }
        Element light = all.stream()
                .filter(s -> text(s, "service_code").equals("PART.STREET_LIGHT"))
                .findFirst()
                .orElseThrow();
        assertThat(text(light, "service_name")).isEqualTo("路灯");
        assertThat(text(light, "metadata")).isEqualTo("true");
        assertThat(text(light, "group")).isEqualTo("部件");
        assertThat(all).extracting(s -> text(s, "service_code")).doesNotContain("EVENT.NEIGHBOUR_DISPUTE", "PART");

        JsonNode json = client().get(BASE + "services.json").json();
        assertThat(json.isArray()).isTrue();
        assertThat(json.size()).isEqualTo(all.size());
        JsonNode parking = json.valueStream()
                .filter(s -> s.path("service_code").asString().equals("EVENT.PARKING"))
                .findFirst()
                .orElseThrow();
        assertThat(parking.path("metadata").asBoolean()).isFalse();
        assertThat(parking.path("service_name").asString()).isEqualTo("停车难");
    }

    @Test
    void aServiceDefinitionListsTheCategorysConfiguredFields() {
        Element definition = Xml.parse(client().get(BASE + "services/PART.ROAD_DAMAGE.xml"));
        assertThat(definition.getTagName()).isEqualTo("service_definition");
        assertThat(names(definition)).containsExactly("service_code", "attributes");
        assertThat(text(definition, "service_code")).isEqualTo("PART.ROAD_DAMAGE");
        List<Element> attributes = children(child(definition, "attributes"), "attribute");
        assertThat(attributes).extracting(a -> text(a, "code")).containsExactly("size", "hazards");
        Element size = attributes.get(0);
        assertThat(names(size))
                .containsExactly(
                        "variable",
                        "code",
                        "datatype",
                        "required",
                        "datatype_description",
                        "order",
                        "description",
                        "values");
        assertThat(text(size, "variable")).isEqualTo("true");
        assertThat(text(size, "datatype")).isEqualTo("singlevaluelist");
        assertThat(text(size, "required")).isEqualTo("true");
        assertThat(text(size, "order")).isEqualTo("1");
        Element value = children(child(size, "values"), "value").get(0);
        assertThat(names(value)).containsExactly("key", "name");
        assertThat(text(value, "key")).isEqualTo("small");
        assertThat(text(attributes.get(1), "datatype")).isEqualTo("multivaluelist");

        JsonNode json = client().get(BASE + "services/PART.ROAD_DAMAGE.json").json();
        assertThat(json.path("service_code").asString()).isEqualTo("PART.ROAD_DAMAGE");
        assertThat(json.path("attributes")
                        .get(0)
                        .path("values")
                        .get(2)
                        .path("key")
                        .asString())
                .isEqualTo("large");
        assertThat(json.path("attributes").get(0).path("required").asBoolean()).isTrue();
    }

    @Test
    void theRegionAdministratorConfiguresTheFieldsThatDriveAServiceDefinition() {
        var admin = Api.as(port, "region.admin");
        var category = admin.put(
                "/api/v1/case-categories/PART.BENCH",
                json(
                        "parentCode", "PART",
                        "nameZh", "公共座椅",
                        "nameEn", "Public bench",
                        "limitGeneral", "P7D",
                        "limitUrgent", "P3D",
                        "limitCritical", "PT24H"));
        assertThat(category.status()).as(category.body()).isEqualTo(200);
        assertError(client().get(BASE + "services/PART.BENCH.json"), 404);

        var form = admin.put("/api/v1/case-categories/PART.BENCH/form", """
                {"open311": true, "fields": [
                  {"code": "seats", "datatype": "NUMBER", "required": true, "description": "损坏座位数", "order": 1},
                  {"code": "material", "datatype": "SINGLEVALUELIST", "required": false, "description": "材质", "order": 2,
                   "values": [{"key": "wood", "name": "木制"}, {"key": "stone", "name": "石材"}]}]}""");
        assertThat(form.status()).as(form.body()).isEqualTo(200);
        JsonNode definition = client().get(BASE + "services/PART.BENCH.json").json();
        assertThat(definition.path("attributes").findValuesAsString("code")).containsExactly("seats", "material");
        assertThat(definition.path("attributes").get(0).path("datatype").asString())
                .isEqualTo("number");

        var notANumber = client().postForm(
                        BASE + "requests.json",
                        "api_key",
                        DEMO_KEY,
                        "service_code",
                        "PART.BENCH",
                        "address_id",
                        GRID1,
                        "attribute[seats]",
                        "many");
        assertError(notANumber, 400);
        assertThat(notANumber.json().get(0).path("description").asString()).contains("attribute[seats]");

        var worker =
                Api.as(port, "taoyuan.grid1").put("/api/v1/case-categories/PART.BENCH/form", "{\"open311\": false}");
        assertThat(worker.status()).isEqualTo(403);
        assertThat(worker.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aRequestFiledThroughOpen311ReachesTheCommunityInboxAndFollowsTheCaseToClosed() throws Exception {
        var filed = file(
                "xml",
                "attribute[pole_number]",
                "SH-0412",
                "email",
                "wangfang@example.com",
                "first_name",
                "芳",
                "last_name",
                "王",
                "phone",
                "13904711234",
                "device_id",
                "kiosk-07",
                "account_id",
                "311-app-88",
                "media_url",
                "https://photos.example.com/light.jpg");
        assertThat(filed.status()).as(filed.body()).isEqualTo(200);
        Element answer = Xml.parse(filed);
        assertThat(answer.getTagName()).isEqualTo("service_requests");
        Element receipt = child(answer, "request");
        assertThat(names(receipt)).contains("service_request_id", "service_notice", "account_id");
        String id = text(receipt, "service_request_id");
        assertThat(id).matches("150105-\\d{8}-\\d{6}");
        assertThat(text(receipt, "account_id")).isEqualTo("311-app-88");
        assertThat(text(receipt, "service_notice")).contains(id);

        var community = Api.as(port, "taoyuan.community");
        eventually(() -> community
                .get("/api/v1/inbox?size=100")
                .json()
                .path("items")
                .findValuesAsString("caseNumber")
                .contains(id));
        JsonNode inCase = community
                .get("/api/v1/cases?status=INTAKE&size=100")
                .json()
                .path("items")
                .valueStream()
                .filter(c -> c.path("number").asString().equals(id))
                .findFirst()
                .orElseThrow();
        assertThat(inCase.path("source").asString()).isEqualTo("OPEN311");
        assertThat(inCase.path("gridCode").asString()).isEqualTo(GRID1);
        assertThat(inCase.path("description").asString()).contains("故障现象：不亮", "灯杆编号：SH-0412");
        long caseId = inCase.path("id").asLong();

        Element open = child(Xml.parse(client().get(BASE + "requests/" + id + ".xml")), "request");
        assertThat(names(open)).containsExactlyElementsOf(REQUEST_ELEMENTS);
        assertThat(text(open, "status")).isEqualTo("open");
        assertThat(text(open, "service_code")).isEqualTo("PART.STREET_LIGHT");
        assertThat(text(open, "service_name")).isEqualTo("路灯");
        assertThat(text(open, "lat")).isEqualTo(LAT);
        assertThat(text(open, "long")).isEqualTo(LNG);
        assertThat(text(open, "media_url")).isEqualTo("https://photos.example.com/light.jpg");
        assertThat(OffsetDateTime.parse(text(open, "requested_datetime"))
                        .getOffset()
                        .getId())
                .isEqualTo("+08:00");
        assertThat(text(open, "expected_datetime")).isEmpty();

        var worker = Api.as(port, "taoyuan.grid1");
        act(community, caseId, "action", "FILE");
        act(community, caseId, "action", "DISPATCH", "assignee", "taoyuan.grid1");
        JsonNode dispatched =
                client().get(BASE + "requests/" + id + ".json").json().get(0);
        assertThat(dispatched.path("status").asString()).isEqualTo("open");
        assertThat(OffsetDateTime.parse(dispatched.path("expected_datetime").asString())
                        .toInstant())
                .isAfter(OffsetDateTime.parse(
                                dispatched.path("requested_datetime").asString())
                        .toInstant());
        assertThat(dispatched.path("agency_responsible").asString()).isEqualTo("桃园社区第一网格（阳光北小区）");
        act(worker, caseId, "action", "ACCEPT");
        act(worker, caseId, "action", "REPORT_BACK", "note", "已更换灯泡");
        act(community, caseId, "action", "VERIFY_PASS");
        act(community, caseId, "action", "CLOSE", "note", "路灯已修复，夜间照明恢复");

        Element closed = child(Xml.parse(client().get(BASE + "requests/" + id + ".xml")), "request");
        assertThat(text(closed, "status")).isEqualTo("closed");
        assertThat(text(closed, "status_notes")).contains("路灯已修复");
        assertThat(OffsetDateTime.parse(text(closed, "updated_datetime")))
                .isAfterOrEqualTo(OffsetDateTime.parse(text(closed, "requested_datetime")));
        JsonNode closedList = client().get(BASE + "requests.json?status=closed&service_code=PART.STREET_LIGHT")
                .json();
        assertThat(closedList.findValuesAsString("service_request_id")).contains(id);
        assertThat(client().get(BASE + "requests.json?status=open").json().findValuesAsString("service_request_id"))
                .doesNotContain(id);

        eventually(() -> worker.get("/api/v1/inbox?size=100")
                .json()
                .path("items")
                .findValuesAsString("caseNumber")
                .contains(id));
        assertThat(jdbc.sql("select count(*) from inbox_message where username like 'open311-key-%'")
                        .query(Long.class)
                        .single())
                .as("an Open311 client has no inbox: nothing is posted to its key")
                .isZero();
    }

    @Test
    void theReportersPersonalDataIsStoredEncryptedAndNeverReturned() {
        var filed = file(
                "json", "email", "li.secret@example.com", "first_name", "秘密", "last_name", "李", "phone", "13904719876");
        assertThat(filed.status()).as(filed.body()).isEqualTo(200);
        String id = filed.json().get(0).path("service_request_id").asString();
        for (String body : List.of(
                client().get(BASE + "requests/" + id + ".json").body(),
                client().get(BASE + "requests/" + id + ".xml").body(),
                client().get(BASE + "requests.xml?service_request_id=" + id).body(),
                client().get(BASE + "requests.json").body())) {
            assertThat(body).doesNotContain("li.secret", "13904719876", "秘密");
        }
        byte[] stored = jdbc.sql("select contact from open311_request where case_number = :id")
                .param("id", id)
                .query(byte[].class)
                .single();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("li.secret");
    }

    @Test
    void aFiledRequestIsFoundByItsToken() {
        var filed = file("json");
        String id = filed.json().get(0).path("service_request_id").asString();
        String token = filed.json().get(0).path("token").asString();
        Element byToken = child(Xml.parse(client().get(BASE + "tokens/" + token + ".xml")), "request");
        assertThat(names(byToken)).containsExactly("service_request_id", "token");
        assertThat(text(byToken, "service_request_id")).isEqualTo(id);
        assertThat(client().get(BASE + "tokens/" + token + ".json")
                        .json()
                        .get(0)
                        .path("service_request_id")
                        .asString())
                .isEqualTo(id);
        assertError(client().get(BASE + "tokens/no-such-token.xml"), 404);
    }

    @Test
    void anAddressIdIsAGridCodeOrABuildingIdInsideTheKeysArea() {
        var byGrid = file("json", "address_id", "150105004015002", "lat", "", "long", "");
        assertThat(byGrid.status()).as(byGrid.body()).isEqualTo(200);

        long building = Api.as(port, "taoyuan.community")
                .get("/api/v1/buildings?grid=150105004015002")
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asLong();
        var byBuilding = client().postForm(
                        BASE + "requests.json",
                        "api_key",
                        DEMO_KEY,
                        "service_code",
                        "EVENT.PARKING",
                        "address_id",
                        String.valueOf(building),
                        "description",
                        "楼下消防通道被私家车长期占用");
        assertThat(byBuilding.status()).as(byBuilding.body()).isEqualTo(200);
        String id = byBuilding.json().get(0).path("service_request_id").asString();
        JsonNode shown = client().get(BASE + "requests/" + id + ".json").json().get(0);
        assertThat(shown.path("address_id").asString()).isEqualTo(String.valueOf(building));
        assertThat(shown.path("address").asString()).contains("桃园东苑");
        assertThat(shown.path("lat").isNumber()).isTrue();

        var byAddress = client().postForm(
                        BASE + "requests.json",
                        "api_key",
                        DEMO_KEY,
                        "service_code",
                        "EVENT.ENVIRONMENT",
                        "address_string",
                        "大学东街128号阳光北小区2号楼",
                        "description",
                        "垃圾桶满溢两天无人清运");
        assertThat(byAddress.status()).as(byAddress.body()).isEqualTo(200);
    }

    @Test
    void everyBadPostIsAnErrorListWithTheSpecificationsStatus() {
        var api = client();
        assertError(
                api.postForm(BASE + "requests.xml", "service_code", "PART.STREET_LIGHT", "lat", LAT, "long", LNG), 403);
        assertError(file("json", "api_key", "wrong-key"), 403);
        assertError(api.postForm(BASE + "requests.json", "api_key", DEMO_KEY, "lat", LAT, "long", LNG), 400);
        assertError(
                api.postForm(
                        BASE + "requests.xml", "api_key", DEMO_KEY, "service_code", "NO.SUCH", "lat", LAT, "long", LNG),
                404);
        assertError(file("xml", "service_code", "EVENT.NEIGHBOUR_DISPUTE"), 404);
        assertError(file("xml", "lat", "", "long", ""), 400);
        assertError(file("json", "lat", "north"), 400);
        assertError(file("json", "long", ""), 400);
        assertError(file("xml", "attribute[fault]", ""), 400);
        assertError(file("xml", "attribute[fault]", "exploded"), 400);
        assertError(file("json", "description", "路".repeat(4001)), 400);
        assertError(file("json", "email", "not-an-address"), 400);
        assertError(file("json", "media_url", "javascript:alert(1)"), 400);
        // 大召社区 in 玉泉区 (150104) lies outside the demo key's 赛罕区.
        assertError(file("xml", "lat", "40.7962", "long", "111.6571"), 400);
        assertError(file("xml", "lat", "", "long", "", "address_id", "150104003005001"), 400);
        assertError(file("xml", "lat", "", "long", "", "address_string", "月球背面"), 400);
        assertError(file("xml", "jurisdiction_id", "elsewhere.example"), 404);
        var english = api.inLanguage("en").postForm(BASE + "requests.json", "api_key", DEMO_KEY);
        assertThat(english.json().get(0).path("description").asString()).contains("service_code");
    }

    @Test
    void requestListsFilterByIdCodeDateAndStatusWithinNinetyDays() {
        String first = file("json").json().get(0).path("service_request_id").asString();
        String second = file("json").json().get(0).path("service_request_id").asString();

        Element both = Xml.parse(client().get(BASE + "requests.xml?service_request_id=" + first + "," + second
                + "&status=closed&service_code=NONE"));
        assertThat(both.getTagName()).isEqualTo("service_requests");
        assertThat(children(both, "request"))
                .extracting(r -> text(r, "service_request_id"))
                .containsExactlyInAnyOrder(first, second);
        for (Element request : children(both, "request")) {
            assertThat(names(request)).containsExactlyElementsOf(REQUEST_ELEMENTS);
        }

        JsonNode recent = client().get(BASE + "requests.json?service_code=PART.STREET_LIGHT&status=open")
                .json();
        assertThat(recent.findValuesAsString("service_request_id")).contains(first, second);
        assertThat(recent.findValuesAsString("service_code")).containsOnly("PART.STREET_LIGHT");
        assertThat(recent.findValuesAsString("status")).containsOnly("open");
        assertThat(recent.size()).isLessThanOrEqualTo(1000);

        OffsetDateTime now = OffsetDateTime.now();
        assertThat(client().get(BASE + "requests.json?start_date="
                                + now.minusDays(1).toLocalDate() + "&end_date="
                                + now.plusDays(1).toLocalDate())
                        .json()
                        .findValuesAsString("service_request_id"))
                .contains(first);
        assertThat(client().get(BASE + "requests.json?start_date=2020-01-01T00:00:00Z&end_date=2020-02-01T00:00:00Z")
                        .json()
                        .size())
                .isZero();
        assertError(
                client().get(BASE + "requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z"),
                400);
        assertError(client().get(BASE + "requests.xml?start_date=yesterday"), 400);
        assertError(client().get(BASE + "requests.xml?status=pending"), 400);
        assertError(client().get(BASE + "requests/150105-20000101-000000.json"), 404);
        assertThat(client().get(BASE + "requests.json?jurisdiction_id=redgrid.org")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void casesOfCategoriesThatAreNotPublicStayHidden() {
        var created = Api.as(port, "taoyuan.grid1")
                .post(
                        "/api/v1/cases",
                        json(
                                "type", "PROBLEM",
                                "category", "EVENT.NEIGHBOUR_DISPUTE",
                                "gridCode", GRID1,
                                "title", "楼上漏水引发纠纷",
                                "description", "3号楼401与301因漏水赔偿发生争执"));
        assertThat(created.status()).isEqualTo(201);
        String number = created.json().path("number").asString();
        assertError(client().get(BASE + "requests/" + number + ".json"), 404);
        assertThat(client().get(BASE + "requests.json").body()).doesNotContain(number);
    }

    @Test
    void unknownResourcesAndFormatsAreErrorsToo() {
        assertError(client().get(BASE + "nothing.xml"), 404);
        assertError(client().get(BASE + "services/NO.SUCH.json"), 404);
        assertError(client().get(BASE + "services.html"), 400);
        assertError(client().get(BASE + "a/b/c.json"), 404);
    }

    @Test
    void administratorsIssueAndRevokeKeysForTheirOwnAreaOnly() {
        var admin = Api.as(port, "saihan.admin");
        var issued = admin.post("/api/v1/open311/keys", json("name", "大学东路街道自助终端", "scope", "150105004"));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String secret = issued.json().path("secret").asString();
        long id = issued.json().path("key").path("id").asLong();
        assertThat(issued.json().path("key").path("hint").asString()).endsWith(secret.substring(secret.length() - 4));

        var filed = file("json", "api_key", secret);
        assertThat(filed.status()).as(filed.body()).isEqualTo(200);

        assertThat(admin.get("/api/v1/open311/keys").body()).doesNotContain(secret);
        var outside = admin.post("/api/v1/open311/keys", json("name", "玉泉区终端", "scope", "150104"));
        assertThat(outside.status()).isEqualTo(403);
        var worker = Api.as(port, "taoyuan.grid1").post("/api/v1/open311/keys", json("name", "x", "scope", GRID1));
        assertThat(worker.status()).isEqualTo(403);
        assertThat(worker.contentType()).startsWith("application/problem+json");

        var revoked = admin.send("DELETE", "/api/v1/open311/keys/" + id, null, null, null);
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().path("revokedBy").asString()).isEqualTo("saihan.admin");
        assertError(file("xml", "api_key", secret), 403);
        assertThat(admin.send("DELETE", "/api/v1/open311/keys/" + id, null, null, null)
                        .status())
                .isEqualTo(409);

        var audit = Api.as(port, "region.admin")
                .get("/api/v1/audit?size=100")
                .json()
                .path("items");
        assertThat(audit.findValuesAsString("action")).contains("OPEN311_KEY_ISSUED", "OPEN311_KEY_REVOKED");
    }
}
