package org.redgrid.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * An Open311 key's area is asked the same thing as a user's scope: a division of a natural length or
 * a grid, inside the issuing administrator's scope (403 first), that exists. Administrators issue and
 * revoke keys, audited; a revoked key files nothing.
 */
@IntegrationTest
class ApiKeyAreaTests extends Open311Client {

    private Api.Response issue(String admin, String name, String scope) {
        return Api.as(port, admin).post("/api/v1/open311/keys", json("name", name, "scope", scope));
    }

    private long keysNamed(String name) {
        return jdbc.sql("select count(*) from open311_key where name = :name")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    @Test
    void aSevenDigitPrefixIsNotAKeyAreaAndNothingIsStored() {
        var refused = issue("saihan.admin", "seven-digit kiosk", "1501050");

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("field").asString()).isEqualTo("scope");
        assertThat(refused.json().path("rule").asString()).isEqualTo("scope.format");
        assertThat(issue("saihan.admin", "five-digit kiosk", "15010").status()).isEqualTo(400);
        assertThat(issue("saihan.admin", "zero-segment kiosk", "150105000").status())
                .isEqualTo(400);
        assertThat(keysNamed("seven-digit kiosk") + keysNamed("five-digit kiosk") + keysNamed("zero-segment kiosk"))
                .isZero();
    }

    @Test
    void aGridOrDivisionThatDoesNotExistIsNotAKeyAreaEvenForTheRegionAdministrator() {
        var noGrid = issue("region.admin", "no-grid kiosk", "159999999999999");

        assertThat(noGrid.status()).as(noGrid.body()).isEqualTo(400);
        assertThat(noGrid.json().path("field").asString()).isEqualTo("scope");
        assertThat(noGrid.json().path("rule").asString()).isEqualTo("scope.exists");
        var noDivision = issue("region.admin", "no-division kiosk", "150199");
        assertThat(noDivision.status()).isEqualTo(400);
        assertThat(noDivision.json().path("rule").asString()).isEqualTo("scope.exists");
        assertThat(keysNamed("no-grid kiosk") + keysNamed("no-division kiosk")).isZero();
    }

    @Test
    void anAreaOutsideTheAdministratorsScopeIsForbiddenBeforeItsExistenceIsAsked() {
        var existing = issue("saihan.admin", "yuquan kiosk", "150104");
        var missing = issue("saihan.admin", "nowhere kiosk", "150104999999");

        assertThat(existing.status()).as(existing.body()).isEqualTo(403);
        assertThat(missing.status())
                .as("a place outside the scope answers alike whether it exists or not")
                .isEqualTo(403);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(keysNamed("yuquan kiosk") + keysNamed("nowhere kiosk")).isZero();
    }

    @Test
    void anExistingGridInsideTheScopeIsAKeyArea() {
        var issued = issue("saihan.admin", "grid kiosk", "150105004015001");

        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        assertThat(issued.json().path("key").path("scope").asString()).isEqualTo("150105004015001");
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

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void anApiKeyIsNeverWrittenToTheLogEvenWhenItCannotBeDecoded(CapturedOutput log) {
        String secret = "o311_neverLogThisSecret";

        assertError(client().get(BASE + "requests.json?api_key=" + secret + "%FF"), 400);
        assertError(client().get(BASE + "services/PART.STREET_LIGHT.xml?api_key=" + secret + "%C3"), 400);
        assertError(file("json", "api_key", secret), 403);

        assertThat(log.getAll()).doesNotContain("neverLogThisSecret");
    }
}
