package org.redgrid.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.redgrid.identity.internal.DemoSmsGateway;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Residents register by phone with a one-time code from the demo SMS gateway, log in with the phone,
 * and reset a forgotten password the same way; the code door answers alike for known and unknown
 * phones, and refuses a second code within a minute with 429 and Retry-After.
 */
@IntegrationTest
class OnboardingTests {

    private static final String PASSWORD = "Grassland#2026";

    @LocalServerPort
    int port;

    @Autowired
    DemoSmsGateway sms;

    @Autowired
    JdbcClient jdbc;

    static String newPhone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    String codeSentTo(String phone) {
        String text = sms.lastTo(phone).orElseThrow().text();
        Matcher code = Pattern.compile("(\\d{6})").matcher(text);
        assertThat(code.find()).isTrue();
        return code.group(1);
    }

    Api.Response register(String phone, String code, String password, String name) {
        return Api.anonymous(port)
                .post(
                        "/api/v1/auth/register",
                        json("phone", phone, "code", code, "password", password, "displayName", name));
    }

    @Test
    void aResidentRegistersWithTheCodeSentToTheirPhoneAndLogsInWithThePhone() {
        String phone = newPhone();
        var sent = Api.anonymous(port).post("/api/v1/auth/register/code", json("phone", phone));
        assertThat(sent.status()).isEqualTo(202);

        var created = register(phone, codeSentTo(phone), PASSWORD, "乌云其木格");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.location()).endsWith("/api/v1/me");
        assertThat(created.json().path("roles").toString()).isEqualTo("[\"RESIDENT\"]");
        assertThat(created.json().path("phone").asString())
                .isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
        String username = created.json().path("username").asString();
        var me = Api.as(port, phone, PASSWORD).get("/api/v1/me");
        assertThat(me.json().path("username").asString()).isEqualTo(username);
        assertThat(me.json().path("displayName").asString()).isEqualTo("乌云其木格");
        // neither the phone nor the code is stored in the clear
        byte[] stored = jdbc.sql("select phone_enc from app_user where username = :u")
                .param("u", username)
                .query(byte[].class)
                .single();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(phone);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'RESIDENT_REGISTERED' and actor = :u")
                        .param("u", username)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aNewResidentNotYetLinkedSeesNoScopedRowsOfTheRegionButStillFindsPublicPlaces() {
        String phone = newPhone();
        Api.anonymous(port).post("/api/v1/auth/register/code", json("phone", phone));
        assertThat(register(phone, codeSentTo(phone), PASSWORD, "新来的居民").status())
                .isEqualTo(201);
        Api newcomer = Api.as(port, phone, PASSWORD);

        assertThat(newcomer.get("/api/v1/me").json().path("scope").asString()).isEqualTo(Onboarding.UNLINKED_SCOPE);
        for (String paged : List.of("/api/v1/buildings", "/api/v1/grids", "/api/v1/partner-units", "/api/v1/notices")) {
            var answer = newcomer.get(paged);
            assertThat(answer.status()).as(paged).isEqualTo(200);
            assertThat(answer.json().path("total").asLong()).as(paged).isZero();
        }
        for (String listed : List.of(
                "/api/v1/party-orgs",
                "/api/v1/scoring/rounds",
                "/api/v1/training/orders",
                "/api/v1/representative-stations",
                "/api/v1/review-mailboxes",
                "/api/v1/engagement/teams",
                "/api/v1/topics",
                "/api/v1/meetings")) {
            var answer = newcomer.get(listed);
            assertThat(answer.status()).as(listed).isIn(200, 403);
            if (answer.status() == 200)
                assertThat(answer.json().size()).as(listed).isZero();
        }
        assertThat(newcomer.get("/api/v1/service-places/nearest?lat=40.808&lng=111.714")
                        .json()
                        .size())
                .isPositive();
    }

    @Test
    void aCodeIsUsedOnce() {
        String phone = newPhone();
        Api.anonymous(port).post("/api/v1/auth/register/code", json("phone", phone));
        String code = codeSentTo(phone);
        assertThat(register(phone, code, PASSWORD, "巴特尔").status()).isEqualTo(201);

        var again = register(phone, code, PASSWORD, "巴特尔");

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().path("field").asString()).isEqualTo("code");
    }

    @Test
    void aWrongCodeIsRefusedNamingTheCodeAndAfterFiveTriesTheRightOneNoLongerWorks() {
        String phone = newPhone();
        Api.anonymous(port).post("/api/v1/auth/register/code", json("phone", phone));
        String code = codeSentTo(phone);
        String wrong = code.equals("000000") ? "111111" : "000000";

        var refused = register(phone, wrong, PASSWORD, "其其格");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("field").asString()).isEqualTo("code");
        assertThat(refused.json().path("rule").asString()).isEqualTo("code.wrong");
        for (int i = 0; i < 4; i++) register(phone, wrong, PASSWORD, "其其格");

        var late = register(phone, code, PASSWORD, "其其格");
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.json().path("rule").asString()).isEqualTo("code.expired");
    }

    @Test
    void aSecondCodeWithinAMinuteIsRefusedWith429AndRetryAfter() throws Exception {
        String phone = newPhone();
        assertThat(Api.anonymous(port)
                        .post("/api/v1/auth/register/code", json("phone", phone))
                        .status())
                .isEqualTo(202);

        HttpResponse<String> again = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/auth/register/code"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json("phone", phone)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(again.statusCode()).isEqualTo(429);
        long retryAfter =
                Long.parseLong(again.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 60L);
    }

    @Test
    void theCodeDoorAnswersAlikeForARegisteredPhoneAndSendsItNoCode() {
        String phone = newPhone();
        Api.anonymous(port).post("/api/v1/auth/register/code", json("phone", phone));
        register(phone, codeSentTo(phone), PASSWORD, "阿拉坦");
        String known = newPhone();
        var forUnknown = Api.anonymous(port).post("/api/v1/auth/password-reset/code", json("phone", known));

        jdbc.sql("delete from one_time_code_send").update(); // the minute between two codes is not this test's subject
        var forRegistered = Api.anonymous(port).post("/api/v1/auth/register/code", json("phone", phone));

        assertThat(forRegistered.status()).isEqualTo(forUnknown.status()).isEqualTo(202);
        assertThat(forRegistered.body()).isEqualTo(forUnknown.body());
        assertThat(sms.lastTo(known)).isEmpty();
        assertThat(sms.lastTo(phone).orElseThrow().text()).contains("注册"); // still the registration code
    }

    @Test
    void aMalformedPhoneIsA400NamingPhoneInEnglishToo() {
        var refused = Api.anonymous(port).inLanguage("en").post("/api/v1/auth/register/code", json("phone", "12345"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("field").asString()).isEqualTo("phone");
        assertThat(refused.json().path("detail").asString()).contains("must be");
    }

    @Test
    void aMissingPhoneIsRequiredOnEveryCodeDoor() {
        for (String door : List.of(
                "/api/v1/auth/register/code",
                "/api/v1/auth/password-reset/code",
                "/api/v1/auth/register",
                "/api/v1/auth/password-reset")) {
            var refused = Api.anonymous(port).post(door, "{}");
            assertThat(refused.status()).as(door).isEqualTo(400);
            assertThat(refused.json().path("field").asString()).as(door).isEqualTo("phone");
            assertThat(refused.json().path("rule").asString()).as(door).isEqualTo("required");
        }
    }

    @Test
    void aLandlineCannotRegister() {
        var refused = Api.anonymous(port).post("/api/v1/auth/register/code", json("phone", "0471-6612345"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("field").asString()).isEqualTo("phone");
    }

    @Test
    void aWeakPasswordIsRefusedBeforeTheCodeIsSpent() {
        String phone = newPhone();
        Api.anonymous(port).post("/api/v1/auth/register/code", json("phone", phone));
        String code = codeSentTo(phone);

        var weak = register(phone, code, "short", "敖登");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().path("field").asString()).isEqualTo("password");

        assertThat(register(phone, code, PASSWORD, "敖登").status()).isEqualTo(201);
    }

    @Test
    void aForgottenPasswordIsResetWithACodeAndTheOldOneNoLongerWorks() {
        String phone = newPhone();
        Api.anonymous(port).post("/api/v1/auth/register/code", json("phone", phone));
        register(phone, codeSentTo(phone), PASSWORD, "娜仁");
        jdbc.sql("delete from one_time_code_send").update(); // the minute between two codes is not this test's subject

        assertThat(Api.anonymous(port)
                        .post("/api/v1/auth/password-reset/code", json("phone", phone))
                        .status())
                .isEqualTo(202);
        var reset = Api.anonymous(port)
                .post(
                        "/api/v1/auth/password-reset",
                        json("phone", phone, "code", codeSentTo(phone), "password", "Steppe#Wind2027"));

        assertThat(reset.status()).as(reset.body()).isEqualTo(204);
        assertThat(Api.anonymous(port)
                        .post("/api/v1/auth/token", json("username", phone, "password", PASSWORD))
                        .status())
                .isEqualTo(401);
        assertThat(Api.as(port, phone, "Steppe#Wind2027").get("/api/v1/me").status())
                .isEqualTo(200);
    }

    @Test
    void aRegistrationCodeDoesNotResetAPassword() {
        String phone = newPhone();
        Api.anonymous(port).post("/api/v1/auth/register/code", json("phone", phone));
        String code = codeSentTo(phone);

        var reset = Api.anonymous(port)
                .post("/api/v1/auth/password-reset", json("phone", phone, "code", code, "password", "Steppe#Wind2027"));

        assertThat(reset.status()).isEqualTo(400);
        assertThat(reset.json().path("field").asString()).isEqualTo("code");
    }
}
