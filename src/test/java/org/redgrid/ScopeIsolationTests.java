package org.redgrid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A grid worker of 桃园社区 grid 001 against the data of grid 002 next door, on every path: lists,
 * details, searches, exports, counts and writes. Out-of-scope details answer 404, lists leave them out.
 */
@IntegrationTest
class ScopeIsolationTests {

    static final String GRID1 = "150105004015001";
    static final String GRID2 = "150105004015002";

    @LocalServerPort
    int port;

    Api grid1;
    Api admin;
    JsonNode otherPerson;

    @BeforeEach
    void logIn() {
        grid1 = Api.as(port, "taoyuan.grid1");
        admin = Api.as(port, "region.admin");
        otherPerson = admin.get("/api/v1/people?grid=" + GRID2 + "&size=1")
                .json()
                .path("items")
                .get(0);
        assertThat(otherPerson.path("gridCode").asString()).isEqualTo(GRID2);
    }

    @Test
    void gridWorkerCannotSeeAnotherGrid() {
        assertThat(grid1.get("/api/v1/grids/" + GRID2).status()).isEqualTo(404);
        var grids = grid1.get("/api/v1/grids?size=100").json();
        assertThat(grids.path("total").asLong()).isEqualTo(1);
        assertThat(grids.path("items").findValuesAsString("code")).containsExactly(GRID1);
        assertThat(admin.get("/api/v1/grids/" + GRID2).status()).isEqualTo(200);
    }

    @Test
    void gridWorkerCannotSeeBuildingsOfAnotherGrid() {
        long otherBuilding = admin.get("/api/v1/buildings?grid=" + GRID2)
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asLong();
        assertThat(grid1.get("/api/v1/buildings/" + otherBuilding).status()).isEqualTo(404);
        assertThat(grid1.get("/api/v1/buildings?size=500").json().path("items").findValuesAsString("gridCode"))
                .isNotEmpty()
                .allMatch(GRID1::equals);
        assertThat(grid1.get("/api/v1/buildings?grid=" + GRID2)
                        .json()
                        .path("total")
                        .asLong())
                .isZero();
    }

    @Test
    void gridWorkerCannotSeeHouseholdsOfAnotherGrid() {
        long otherHousehold = otherPerson.path("householdId").asLong();
        assertThat(grid1.get("/api/v1/households/" + otherHousehold).status()).isEqualTo(404);
        var households = grid1.get("/api/v1/households?size=500").json();
        assertThat(households.path("items").findValuesAsString("gridCode"))
                .isNotEmpty()
                .allMatch(GRID1::equals);
        assertThat(households.path("total").asLong())
                .isEqualTo(admin.get("/api/v1/households?grid=" + GRID1)
                        .json()
                        .path("total")
                        .asLong());
    }

    @Test
    void gridWorkerCannotSeeFindOrRevealPersonsOfAnotherGrid() {
        long otherId = otherPerson.path("id").asLong();
        assertThat(grid1.get("/api/v1/people/" + otherId).status()).isEqualTo(404);
        assertThat(grid1.post("/api/v1/people/" + otherId + "/reveal", json("field", "idNumber", "reason", "核实身份"))
                        .status())
                .isEqualTo(404);
        String name = otherPerson.path("name").asString();
        assertThat(grid1.get("/api/v1/people?q="
                                + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8))
                        .json()
                        .path("items")
                        .findValuesAsString("gridCode"))
                .allMatch(GRID1::equals);
        String plainId = admin.post(
                        "/api/v1/people/" + otherId + "/reveal", json("field", "idNumber", "reason", "测试范围隔离"))
                .json()
                .path("value")
                .asString();
        assertThat(admin.get("/api/v1/people?idNumber=" + plainId)
                        .json()
                        .path("total")
                        .asLong())
                .isEqualTo(1);
        assertThat(grid1.get("/api/v1/people?idNumber=" + plainId)
                        .json()
                        .path("total")
                        .asLong())
                .isZero();
        var persons = grid1.get("/api/v1/people?size=500").json();
        assertThat(persons.path("items").findValuesAsString("gridCode"))
                .isNotEmpty()
                .allMatch(GRID1::equals);
        assertThat(persons.path("total").asLong())
                .isEqualTo(admin.get("/api/v1/people?grid=" + GRID1)
                        .json()
                        .path("total")
                        .asLong());
    }

    @Test
    void exportsContainOnlyTheScope() {
        var csv = grid1.get("/api/v1/people/export?format=csv");
        assertThat(csv.status()).isEqualTo(200);
        var lines = csv.body().lines().toList();
        long total = grid1.get("/api/v1/people").json().path("total").asLong();
        assertThat(lines).hasSize((int) total + 1);
        assertThat(lines.subList(1, lines.size())).allMatch(line -> line.contains("," + GRID1 + ","));
        assertThat(csv.body()).doesNotContain(GRID2);

        var ledgerCsv = grid1.get("/api/v1/ledgers/export?format=csv");
        assertThat(ledgerCsv.status()).isEqualTo(200);
        assertThat(ledgerCsv.body()).doesNotContain(GRID2);
        assertThat(ledgerCsv.body().lines().count() - 1)
                .isEqualTo(grid1.get("/api/v1/ledgers").json().path("total").asLong());
    }

    @Test
    void gridWorkerCannotSeeLedgersVisitsOrPartyMembersOfAnotherGrid() {
        var otherEntry =
                admin.get("/api/v1/ledgers?grid=" + GRID2).json().path("items").get(0);
        assertThat(grid1.get("/api/v1/ledgers/" + otherEntry.path("id").asLong())
                        .status())
                .isEqualTo(404);
        assertThat(grid1.get("/api/v1/ledgers?size=500").json().path("items").findValuesAsString("gridCode"))
                .isNotEmpty()
                .allMatch(GRID1::equals);

        var grid2 = Api.as(port, "taoyuan.grid2");
        assertThat(grid2.post(
                                "/api/v1/visits",
                                json(
                                        "personId",
                                        otherEntry.path("personId").asLong(),
                                        "ledgerEntryId",
                                        otherEntry.path("id").asLong(),
                                        "content",
                                        "上门走访，身体状况良好"))
                        .status())
                .isEqualTo(201);
        assertThat(grid1.get("/api/v1/visits?person="
                                + otherEntry.path("personId").asLong())
                        .json()
                        .path("total")
                        .asLong())
                .isZero();
        assertThat(grid1.get("/api/v1/visits?size=500").json().path("items").findValuesAsString("gridCode"))
                .allMatch(GRID1::equals);
        assertThat(grid1.get("/api/v1/party-members?size=500")
                        .json()
                        .path("items")
                        .findValuesAsString("gridCode"))
                .allMatch(GRID1::equals);
    }

    @Test
    void gridWorkerCannotWriteIntoAnotherGrid() {
        long before = admin.get("/api/v1/households?grid=" + GRID2)
                .json()
                .path("total")
                .asLong();
        var write = grid1.post("/api/v1/households", json("gridCode", GRID2, "room", "999"));
        assertThat(write.status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/households?grid=" + GRID2)
                        .json()
                        .path("total")
                        .asLong())
                .isEqualTo(before);
        var person = grid1.post(
                "/api/v1/people",
                json(
                        "householdId",
                        otherPerson.path("householdId").asLong(),
                        "name",
                        "越权",
                        "idNumber",
                        "11010519491231002X"));
        assertThat(person.status()).isEqualTo(404);
    }

    @Test
    void divisionsShowTheChainAboveTheScopeButNoSiblings() {
        assertThat(grid1.get("/api/v1/divisions/150105004015").status()).isEqualTo(200);
        assertThat(grid1.get("/api/v1/divisions/150105").status()).isEqualTo(200);
        assertThat(grid1.get("/api/v1/divisions/150105004016").status()).isEqualTo(404);
        assertThat(grid1.get("/api/v1/divisions/1502").status()).isEqualTo(404);
        assertThat(grid1.get("/api/v1/divisions/150105004/children").json().findValuesAsString("code"))
                .containsExactly("150105004015");
        assertThat(grid1.get("/api/v1/divisions?q=社区&size=500")
                        .json()
                        .path("items")
                        .findValuesAsString("code"))
                .containsExactly("150105004015");
    }

    @Test
    void eachLevelSeesItsWholeSubtreeAndNothingBeside() {
        var community = Api.as(port, "taoyuan.community");
        assertThat(community.get("/api/v1/grids?size=100").json().path("items").findValuesAsString("code"))
                .isNotEmpty()
                .allMatch(code -> code.startsWith("150105004015"))
                .contains(GRID1, GRID2);
        var street = Api.as(port, "dxdl.street");
        assertThat(street.get("/api/v1/divisions/150105004/children").json().size())
                .isEqualTo(
                        admin.get("/api/v1/divisions/150105004/children").json().size());
        assertThat(street.get("/api/v1/divisions/150105001").status()).isEqualTo(404);
        var county = Api.as(port, "saihan.admin");
        assertThat(county.get("/api/v1/grids?size=500").json().path("items").findValuesAsString("code"))
                .allMatch(code -> code.startsWith("150105"));
        assertThat(county.get("/api/v1/grids?size=500").json().path("total").asLong())
                .isLessThan(admin.get("/api/v1/grids").json().path("total").asLong());
        assertThat(county.get("/api/v1/people").json().path("total").asLong())
                .isLessThan(admin.get("/api/v1/people").json().path("total").asLong());
        assertThat(county.get("/api/v1/service-places").json().findValuesAsString("scopeCode"))
                .allMatch(code -> code.startsWith("150105"));
        assertThat(county.get("/api/v1/party-orgs").json().findValuesAsString("scopeCode"))
                .allMatch(code -> code.startsWith("150105"));
    }

    @Test
    void residentsAndDepartmentsDoNotReadThePeopleRegistry() {
        for (String user : new String[] {"resident.zhang", "gas.dept"}) {
            var api = Api.as(port, user);
            assertThat(api.get("/api/v1/people").status()).isEqualTo(403);
            assertThat(api.get("/api/v1/households").status()).isEqualTo(403);
            assertThat(api.get("/api/v1/ledgers").status()).isEqualTo(403);
            assertThat(api.get("/api/v1/people/export?format=csv").status()).isEqualTo(403);
        }
    }
}
