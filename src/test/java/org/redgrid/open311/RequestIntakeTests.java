package org.redgrid.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.open311.Xml.child;
import static org.redgrid.open311.Xml.names;
import static org.redgrid.open311.Xml.text;
import static org.redgrid.support.Api.act;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;

/**
 * Filing requests through Open311: a request becomes a case in the community's inbox and is followed to
 * closed, its reporter's personal data is kept encrypted and never shown, its location is a point, a grid,
 * a building or an address inside the key's area, and every bad POST is an error list.
 */
@IntegrationTest
class RequestIntakeTests extends Open311Client {

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
}
