package org.redgrid.representation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;
import static org.redgrid.support.Eventually.eventually;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.redgrid.identity.internal.DemoSmsGateway;
import org.redgrid.identity.internal.RateLimitSettings;
import org.redgrid.identity.internal.RateLimits;
import org.redgrid.shared.PiiCipher;
import org.redgrid.support.Api;
import org.redgrid.support.Created;
import org.redgrid.support.IntegrationTest;
import org.redgrid.support.Residents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** 码上找代表 through the API: stations, a representative's public profile, messages, answers and cases. */
@IntegrationTest
class RepresentationTests {

    static final String SHUNYUAN = "150502009018";
    static final String SHUNYUAN_GRID = "150502009018001";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PiiCipher cipher;

    @Autowired
    DemoSmsGateway sms;

    @Autowired
    RateLimits limits;

    @AfterEach
    void limitsBack() {
        limits.reset();
    }

    Api street() {
        return Api.as(port, "hongxing.street");
    }

    long station() {
        var answer = street().post(
                        "/api/v1/representative-stations",
                        json("kind", "STATION", "name", "测试联络站" + System.nanoTime(), "scopeCode", SHUNYUAN));
        Created.at(street(), answer);
        return answer.json().path("id").asLong();
    }

    /** The demo representative with an account: 陈建国 of the 红星 home. */
    long representative() {
        return jdbc.sql("select id from representative where username = 'hongxing.rep'")
                .query(Long.class)
                .single();
    }

    long write(Api api, String text) {
        var answer = api.post("/api/v1/representatives/" + representative() + "/messages", json("text", text));
        Created.at(api, answer);
        assertThat(answer.json().path("status").asString()).isEqualTo("NEW");
        return answer.json().path("id").asLong();
    }

    String codeSentTo(String phone) {
        String code = Residents.codeSentTo(sms, phone);
        byte[] stored = jdbc.sql("select code_hash from rep_phone_code where phone_hash = :key")
                .param("key", cipher.hash("phone-code:" + phone))
                .query(byte[].class)
                .single();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
                .as("the code is kept only as a keyed hash")
                .doesNotContain(code)
                .hasSize(32);
        return code;
    }

    @Test
    void theStreetOfficeRegistersARepresentativeWhoseProfileAnyoneReadsWithoutPersonalData() {
        long station = station();
        var rep = street().post(
                        "/api/v1/representatives",
                        json(
                                "stationId",
                                station,
                                "kind",
                                "PARTY",
                                "name",
                                "乌云",
                                "gridCode",
                                SHUNYUAN_GRID,
                                "team",
                                "四定工作法团队"));
        Created.at(street(), rep);
        long id = rep.json().path("id").asLong();
        street().post(
                        "/api/v1/representative-stations/" + station + "/receptions",
                        json(
                                "representativeId", id,
                                "startsAt",
                                        Instant.now().plus(Duration.ofDays(2)).toString(),
                                "endsAt",
                                        Instant.now()
                                                .plus(Duration.ofDays(2))
                                                .plus(Duration.ofHours(2))
                                                .toString()));

        var profile = Api.anonymous(port).get("/api/v1/representatives/" + id);

        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.json().path("name").asString()).isEqualTo("乌云");
        assertThat(profile.json().path("team").asString()).isEqualTo("四定工作法团队");
        assertThat(profile.json().path("nextReceptions")).hasSize(1);
        assertThat(profile.body()).doesNotContain("username").doesNotContain("gridCode");
    }

    @Test
    void aResidentSeesTheAnswerAndTheProgressOfTheCaseTheMessageBecame() throws Exception {
        var resident = Api.as(port, "resident.zhang");
        var rep = Api.as(port, "hongxing.rep");
        long id = write(resident, "顺元社区5号楼前的井盖松动，测试" + System.nanoTime());
        assertThat(rep.get("/api/v1/representative-messages/" + id)
                        .json()
                        .path("replyState")
                        .asString())
                .isEqualTo("WAITING");

        var replied = rep.post(
                "/api/v1/representative-messages/" + id + "/reply", json("text", "已收到，转社区办理。", "public", true));
        assertThat(replied.status()).as(replied.body()).isEqualTo(200);
        var forwarded = rep.post(
                "/api/v1/representative-messages/" + id + "/case",
                json("category", "PART.ROAD_DAMAGE", "title", "井盖松动"));
        Created.at(rep, forwarded);
        assertThat(forwarded.json().path("source").asString()).isEqualTo("REPRESENTATIVE");
        assertThat(forwarded.json().path("gridCode").asString()).isEqualTo(SHUNYUAN_GRID);
        long caseId = forwarded.json().path("id").asLong();

        JsonNode seen = resident.get("/api/v1/representative-messages/" + id).json();
        assertThat(seen.path("status").asString()).isEqualTo("CASE");
        assertThat(seen.path("reply").asString()).isEqualTo("已收到，转社区办理。");
        assertThat(seen.path("caseNumber").asString())
                .isEqualTo(forwarded.json().path("number").asString());
        assertThat(seen.path("mayAnswer").asBoolean()).isFalse();

        var community = Api.as(port, "shunyuan.community");
        var filed = community.post("/api/v1/cases/" + caseId + "/transitions", json("action", "FILE"));
        assertThat(filed.status()).as(filed.body()).isEqualTo(200);
        eventually(() -> "FILED"
                .equals(resident.get("/api/v1/representative-messages/" + id)
                        .json()
                        .path("caseStatus")
                        .asString()));
        assertThat(Api.anonymous(port)
                        .get("/api/v1/representatives/" + representative())
                        .body())
                .contains("已收到，转社区办理。");
    }

    @Test
    void aMessageBecomesACaseOnlyOnceAndOnlyThroughItsRepresentative() {
        long id = write(Api.as(port, "resident.zhang"), "楼道灯不亮" + System.nanoTime());
        var body = json("category", "PART.STREET_LIGHT");
        assertThat(street().post("/api/v1/representative-messages/" + id + "/case", body)
                        .status())
                .isEqualTo(403);
        var rep = Api.as(port, "hongxing.rep");
        assertThat(rep.post("/api/v1/representative-messages/" + id + "/case", body)
                        .status())
                .isEqualTo(201);
        var again = rep.post("/api/v1/representative-messages/" + id + "/case", body);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("rule").asString()).isEqualTo("message.forwarded");
    }

    @Test
    void aResidentCannotSetTheRepresentativeSourceThemselves() {
        var answer = Api.as(port, "resident.zhang")
                .post(
                        "/api/v1/cases",
                        json(
                                "type",
                                "PROBLEM",
                                "category",
                                "PART.STREET_LIGHT",
                                "source",
                                "REPRESENTATIVE",
                                "gridCode",
                                SHUNYUAN_GRID,
                                "title",
                                "路灯",
                                "description",
                                "路灯不亮"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("field").asString()).isEqualTo("source");
    }

    @Test
    void onlyTheRepresentativeAnswersAndAnotherResidentIsToldTheMessageDoesNotExist() {
        long id = write(Api.as(port, "resident.zhang"), "咨询低保政策" + System.nanoTime());
        assertThat(street().post("/api/v1/representative-messages/" + id + "/reply", json("text", "代答"))
                        .status())
                .isEqualTo(403);
        assertThat(Api.as(port, "taoyuan.building1")
                        .get("/api/v1/representative-messages/" + id)
                        .status())
                .isEqualTo(404);
        assertThat(Api.as(port, "dxdl.street")
                        .get("/api/v1/representative-messages/" + id)
                        .status())
                .isEqualTo(404);
        assertThat(street().get("/api/v1/representative-messages/" + id).status())
                .isEqualTo(200);
    }

    @Test
    void aWriterWithoutAnAccountNeedsTheCodeSentToTheirPhone() {
        var anonymous = Api.anonymous(port);
        String path = "/api/v1/representatives/" + representative();
        String phone = "139" + String.format("%08d", System.nanoTime() % 100_000_000);

        var noPhone = anonymous.post(path + "/messages", json("text", "匿名留言"));
        assertThat(noPhone.status()).isEqualTo(400);
        assertThat(noPhone.json().path("field").asString()).isEqualTo("phone");

        var noCode = anonymous.post(path + "/messages", json("text", "匿名留言", "phone", phone, "code", "000000"));
        assertThat(noCode.json().path("field").asString()).isEqualTo("code");
        assertThat(noCode.json().path("rule").asString()).isEqualTo("phone-code.none-sent");

        var noPhoneForACode = anonymous.post(path + "/phone-codes", "{}");
        assertThat(noPhoneForACode.status()).isEqualTo(400);
        assertThat(noPhoneForACode.json().path("rule").asString()).isEqualTo("required");
        assertThat(anonymous
                        .post(path + "/phone-codes", json("phone", "0471-6612345"))
                        .json()
                        .path("rule")
                        .asString())
                .isEqualTo("phone.mobile");

        assertThat(anonymous.post(path + "/phone-codes", json("phone", phone)).status())
                .isEqualTo(202);
        var tooSoon = anonymous.post(path + "/phone-codes", json("phone", phone));
        assertThat(tooSoon.status()).isEqualTo(409);
        String code = codeSentTo(phone);
        String wrong = code.equals("000000") ? "111111" : "000000";
        assertThat(anonymous
                        .post(path + "/messages", json("text", "匿名留言", "phone", phone, "code", wrong))
                        .json()
                        .path("rule")
                        .asString())
                .isEqualTo("phone-code.wrong");

        var taken = anonymous.post(path + "/messages", json("text", "匿名留言", "phone", phone, "code", code));
        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        String receipt = taken.json().path("receipt").asString();
        var followed = anonymous.get("/api/v1/representative-messages/receipts/" + receipt);
        assertThat(followed.json().path("text").asString()).isEqualTo("匿名留言");
        assertThat(followed.json().path("phone").isNull()).isTrue();
        assertThat(anonymous
                        .post(path + "/messages", json("text", "再来一条", "phone", phone, "code", code))
                        .json()
                        .path("rule")
                        .asString())
                .as("a code is used once")
                .isEqualTo("phone-code.none-sent");
        assertThat(Api.as(port, "hongxing.rep")
                        .get("/api/v1/representative-messages/"
                                + taken.json().path("id").asLong())
                        .json()
                        .path("phone")
                        .asString())
                .contains("****");
    }

    @Test
    void messagesToARepresentativeAreRateLimitedPerAddress() {
        limits.set(RateLimits.Door.REPRESENTATIVE, new RateLimitSettings.Door(1, 100, Duration.ofHours(1)));
        var anonymous = Api.anonymous(port);
        String path = "/api/v1/representatives/" + representative() + "/messages";
        anonymous.post(path, json("text", "第一条"));
        var refused = anonymous.post(path, json("text", "第二条"));
        assertThat(refused.status()).isEqualTo(429);
    }

    @Test
    void aMessageNamesTheFieldItLacksInEitherLanguage() {
        String path = "/api/v1/representatives/" + representative() + "/messages";
        var chinese = Api.as(port, "resident.zhang").post(path, json("text", " "));
        assertThat(chinese.status()).isEqualTo(400);
        assertThat(chinese.json().path("field").asString()).isEqualTo("text");
        var english = Api.as(port, "resident.zhang").inLanguage("en").post(path, json("text", "x".repeat(1001)));
        assertThat(english.json().path("rule").asString()).isEqualTo("max-length");
        assertThat(english.json().path("detail").asString()).contains("longer than");
    }

    @Test
    void onlyTheStreetOfficeOfTheAreaSetsUpStations() {
        var body = json("kind", "HOME", "name", "越权之家", "scopeCode", SHUNYUAN);
        assertThat(Api.as(port, "dxdl.street")
                        .post("/api/v1/representative-stations", body)
                        .status())
                .isEqualTo(403);
        assertThat(Api.as(port, "taoyuan.community")
                        .post("/api/v1/representative-stations", body)
                        .status())
                .isEqualTo(403);
        assertThat(Api.as(port, "dxdl.street")
                        .get("/api/v1/representative-stations")
                        .json()
                        .findValuesAsString("scopeCode"))
                .noneMatch(code -> code.startsWith("150502009"));
        var bad = street().post(
                        "/api/v1/representative-stations", json("kind", "HOME", "name", "x", "scopeCode", "1505020"));
        assertThat(bad.json().path("field").asString()).isEqualTo("scopeCode");
    }

    @Test
    void aReceptionIsLoggedByItsRepresentative() {
        long station = jdbc.sql("select station_id from representative where username = 'hongxing.rep'")
                .query(Long.class)
                .single();
        var scheduled = street().post(
                        "/api/v1/representative-stations/" + station + "/receptions",
                        json(
                                "representativeId", representative(),
                                "startsAt", "2026-03-03T01:00:00Z",
                                "endsAt", "2026-03-03T03:00:00Z"));
        long id = scheduled.json().path("id").asLong();
        assertThat(Api.as(port, "resident.zhang")
                        .post("/api/v1/representative-receptions/" + id + "/log", json("visitors", 3, "raised", "x"))
                        .status())
                .isEqualTo(404);
        var logged = Api.as(port, "hongxing.rep")
                .post(
                        "/api/v1/representative-receptions/" + id + "/log",
                        json("visitors", 6, "raised", "停车难", "followed", "列入议事会议题"));
        assertThat(logged.status()).as(logged.body()).isEqualTo(200);
        assertThat(logged.json().path("visitors").asInt()).isEqualTo(6);
        var backwards = street().post(
                        "/api/v1/representative-stations/" + station + "/receptions",
                        json(
                                "representativeId", representative(),
                                "startsAt", "2026-03-03T03:00:00Z",
                                "endsAt", "2026-03-03T01:00:00Z"));
        assertThat(backwards.json().path("field").asString()).isEqualTo("endsAt");
    }

    @Test
    void theDemoHasTheArticlesHomeAndStationsAndAnsweredMessagesOneForwarded() {
        var stations = street().get("/api/v1/representative-stations").json();
        assertThat(stations.findValuesAsString("name")).contains("红星街道人大代表之家", "红星街道人大代表联络站（一站）", "红星街道人大代表联络站（二站）");
        var messages = Api.as(port, "hongxing.rep")
                .get("/api/v1/representative-messages?size=100")
                .json();
        assertThat(messages.path("items").findValuesAsString("status")).contains("CASE", "ANSWERED", "NEW");
        assertThat(messages.path("items").findValuesAsString("caseStatus"))
                .as("the case 顺元社区 filed")
                .contains("FILED");
    }
}
