package org.redgrid.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redgrid.shared.IdNumber;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class PersonRegistryTests {

    static final String GRID = "150105004015001";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** A valid GB 11643 number born on the given day in 赛罕区, unique per sequence. */
    static String idNumber(String birth, int sequence) {
        String first17 = "150105" + birth + String.format("%03d", sequence);
        return first17 + IdNumber.checkCharacter(first17);
    }

    long newHousehold(Api api, String room) {
        var household = api.post("/api/v1/households", json("gridCode", GRID, "room", room));
        assertThat(household.status()).isEqualTo(201);
        assertThat(household.location())
                .isEqualTo("/api/v1/households/" + household.json().path("id").asLong());
        return household.json().path("id").asLong();
    }

    /** Registers a person in a new household of the worker's grid; returns the person's id. */
    long newPerson(Api worker, String room, String name, String idNumber) {
        var created = worker.post(
                "/api/v1/people", json("householdId", newHousehold(worker, room), "name", name, "idNumber", idNumber));
        assertThat(created.status()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    @Test
    void aRegisteredPersonIsMaskedEverywhereAndEncryptedAtRest() {
        var worker = Api.as(port, "taoyuan.grid1");
        long household = newHousehold(worker, "R-101");
        String id = idNumber("19560304", 811);
        var created = worker.post(
                "/api/v1/people",
                json(
                        "householdId",
                        household,
                        "name",
                        "巴特尔",
                        "idNumber",
                        id,
                        "phone",
                        "13904711234",
                        "ethnicity",
                        "蒙古族",
                        "relation",
                        "HEAD",
                        "tags",
                        List.of("独居")));
        assertThat(created.status()).isEqualTo(201);
        var person = created.json();
        assertThat(person.path("idNumberMasked").asString()).isEqualTo("150***********" + id.substring(14));
        assertThat(person.path("phoneMasked").asString()).isEqualTo("139****1234");
        assertThat(person.path("gender").asString()).isEqualTo("MALE");
        assertThat(person.path("birthDate").asString()).isEqualTo("1956-03-04");
        assertThat(created.body()).doesNotContain(id).doesNotContain("13904711234");

        long personId = person.path("id").asLong();
        assertThat(worker.get("/api/v1/people/" + personId).body()).doesNotContain(id);
        assertThat(worker.get("/api/v1/people/export?format=csv").body())
                .doesNotContain(id)
                .contains("巴特尔");

        byte[] stored = jdbc.sql("select id_number_enc from person where id = :id")
                .param("id", personId)
                .query(byte[].class)
                .single();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(id);
        String raw = jdbc.sql("select row_to_json(p)::text from person p where id = :id")
                .param("id", personId)
                .query(String.class)
                .single();
        assertThat(raw).doesNotContain(id).doesNotContain("13904711234");
    }

    @Test
    void exactIdNumberSearchFindsThePersonThroughTheKeyedHash() {
        var worker = Api.as(port, "taoyuan.grid1");
        long household = newHousehold(worker, "R-102");
        String id = idNumber("19900101", 822);
        worker.post("/api/v1/people", json("householdId", household, "name", "乌云", "idNumber", id));
        var found = worker.get("/api/v1/people?idNumber=" + id.toLowerCase()).json();
        assertThat(found.path("total").asLong()).isEqualTo(1);
        assertThat(found.path("items").get(0).path("name").asString()).isEqualTo("乌云");
        String wrongCheck = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
        var badSearch = worker.get("/api/v1/people?idNumber=" + wrongCheck);
        assertThat(badSearch.status()).isEqualTo(400);
        assertThat(badSearch.json().path("field").asString()).isEqualTo("idNumber");
    }

    @Test
    void changingAPhoneReplacesItsCipherAndHashAndAuditsOnlyTheFieldName() {
        var worker = Api.as(port, "taoyuan.grid1");
        long household = newHousehold(worker, "R-108");
        long personId = worker.post(
                        "/api/v1/people",
                        json(
                                "householdId",
                                household,
                                "name",
                                "改号",
                                "idNumber",
                                idNumber("19660606", 888),
                                "phone",
                                "13704710001"))
                .json()
                .path("id")
                .asLong();
        var changed = worker.patch("/api/v1/people/" + personId, json("phone", "18647100002", "tags", List.of("搬迁")));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("phoneMasked").asString()).isEqualTo("186****0002");
        assertThat(worker.get("/api/v1/people?phone=18647100002")
                        .json()
                        .path("total")
                        .asLong())
                .isEqualTo(1);
        assertThat(worker.get("/api/v1/people?phone=13704710001")
                        .json()
                        .path("total")
                        .asLong())
                .isZero();
        var audit = Api.as(port, "region.admin")
                .get("/api/v1/audit?action=PERSON_UPDATED")
                .json();
        assertThat(audit.path("items").findValuesAsString("detail")).contains("phone,tags");
        assertThat(audit.toString()).doesNotContain("18647100002");
        assertThat(Api.as(port, "taoyuan.grid2")
                        .patch("/api/v1/people/" + personId, json("name", "越权"))
                        .status())
                .isEqualTo(404);
        assertThat(worker.patch("/api/v1/people/" + personId, "{}")
                        .json()
                        .path("rule")
                        .asString())
                .isEqualTo("changes.empty");
    }

    @Test
    void revealingNeedsAReasonAndIsAudited() {
        var worker = Api.as(port, "taoyuan.grid1");
        long household = newHousehold(worker, "R-103");
        String id = idNumber("19700707", 833);
        long personId = worker.post(
                        "/api/v1/people",
                        json("householdId", household, "name", "其其格", "idNumber", id, "phone", "15047112345"))
                .json()
                .path("id")
                .asLong();
        var noReason = worker.post("/api/v1/people/" + personId + "/reveal", json("field", "idNumber"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("field").asString()).isEqualTo("reason");

        var revealed =
                worker.post("/api/v1/people/" + personId + "/reveal", json("field", "idNumber", "reason", "办理高龄补贴核实"));
        assertThat(revealed.status()).isEqualTo(200);
        assertThat(revealed.json().path("value").asString()).isEqualTo(id);
        var phone = worker.post("/api/v1/people/" + personId + "/reveal", json("field", "phone", "reason", "电话回访"));
        assertThat(phone.json().path("value").asString()).isEqualTo("15047112345");

        var audit = Api.as(port, "region.admin")
                .get("/api/v1/audit?action=PII_REVEALED&size=100")
                .json();
        assertThat(audit.path("items").findValuesAsString("detail")).contains("idNumber: 办理高龄补贴核实", "phone: 电话回访");
        assertThat(audit.path("items").findValuesAsString("actor")).contains("taoyuan.grid1");
    }

    @Test
    void anInvalidIdNumberIsRejectedNamingTheRuleAndNothingIsWritten() {
        var worker = Api.as(port, "taoyuan.grid1");
        long household = newHousehold(worker, "R-104");
        long before = jdbc.sql("select count(*) from person").query(Long.class).single();
        String valid = idNumber("19800808", 844);
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
        var response =
                worker.post("/api/v1/people", json("householdId", household, "name", "错号", "idNumber", wrongCheck));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("field").asString()).isEqualTo("idNumber");
        assertThat(response.json().path("rule").asString()).isEqualTo("gb11643.check-digit");

        var badDate = worker.post(
                "/api/v1/people", json("householdId", household, "name", "错日", "idNumber", idNumber("19800230", 845)));
        assertThat(badDate.json().path("rule").asString()).isEqualTo("gb11643.birth-date");
        var badPhone = worker.post(
                "/api/v1/people", json("householdId", household, "name", "错机", "idNumber", valid, "phone", "12345"));
        assertThat(badPhone.status()).isEqualTo(400);
        assertThat(badPhone.json().path("field").asString()).isEqualTo("phone");
        assertThat(jdbc.sql("select count(*) from person").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void aSecondRegistrationOfTheSameIdNumberIsRefused() {
        var worker = Api.as(port, "taoyuan.grid1");
        long household = newHousehold(worker, "R-105");
        String id = idNumber("19880808", 855);
        assertThat(worker.post("/api/v1/people", json("householdId", household, "name", "一", "idNumber", id))
                        .status())
                .isEqualTo(201);
        var again = worker.post("/api/v1/people", json("householdId", household, "name", "二", "idNumber", id));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().path("rule").asString()).isEqualTo("idNumber.unique");
    }

    @Test
    void aVisitMovesTheNextDueDateOneCycleOnAndClearsOverdue() {
        var worker = Api.as(port, "taoyuan.grid1");
        long personId = newPerson(worker, "R-106", "孤老", idNumber("19400101", 866));
        var entry = worker.post("/api/v1/ledgers", json("personId", personId, "kind", "EMPTY_NEST_ELDERLY"));
        assertThat(entry.status()).isEqualTo(201);
        assertThat(entry.json().path("visitCycleDays").asInt()).isEqualTo(7);
        long entryId = entry.json().path("id").asLong();
        String dueBefore = entry.json().path("nextVisitDue").asString();
        var visit = worker.post(
                "/api/v1/visits",
                json("personId", personId, "ledgerEntryId", entryId, "content", "送去米面油，老人精神好", "followUp", "下周陪同就医"));
        assertThat(visit.status()).isEqualTo(201);
        assertThat(visit.json().path("visitor").asString()).isEqualTo("taoyuan.grid1");
        var after = worker.get("/api/v1/ledgers/" + entryId).json();
        assertThat(java.time.LocalDate.parse(after.path("nextVisitDue").asString()))
                .isEqualTo(java.time.LocalDate.parse(dueBefore).plusDays(7));
        assertThat(after.path("overdue").asBoolean()).isFalse();
        assertThat(worker.get("/api/v1/people/" + personId)
                        .json()
                        .path("ledgers")
                        .findValuesAsString(""))
                .isNotNull();
        assertThat(worker.get("/api/v1/people/" + personId)
                        .json()
                        .path("ledgers")
                        .get(0)
                        .asString())
                .isEqualTo("EMPTY_NEST_ELDERLY");
        var future = worker.post(
                "/api/v1/visits", json("personId", personId, "content", "x", "visitedAt", "2999-01-01T00:00:00Z"));
        assertThat(future.json().path("rule").asString()).isEqualTo("not-future");
    }

    @Test
    void aVisitRecordedLateAnswersWithItselfNotWithTheLatestVisit() {
        var worker = Api.as(port, "taoyuan.grid1");
        long personId = newPerson(worker, "R-107", "回访", idNumber("19450202", 867));
        var today = worker.post("/api/v1/visits", json("personId", personId, "content", "今天上门"));
        assertThat(today.status()).isEqualTo(201);

        var late = worker.post(
                "/api/v1/visits",
                json("personId", personId, "content", "补录上周的走访", "visitedAt", "2026-01-05T02:00:00Z"));

        assertThat(late.status()).as(late.body()).isEqualTo(201);
        assertThat(late.json().path("content").asString()).isEqualTo("补录上周的走访");
        assertThat(late.json().path("visitedAt").asString()).startsWith("2026-01-05T02:00");
        assertThat(late.json().path("id").asLong())
                .isNotEqualTo(today.json().path("id").asLong());
        assertThat(late.location()).endsWith("/" + late.json().path("id").asLong());
    }

    @Test
    void inServicePartyMembersNeedAnEmployer() {
        var worker = Api.as(port, "taoyuan.grid1");
        long personId = newPerson(worker, "R-107", "党员甲", idNumber("19850505", 877));
        var noEmployer = worker.post("/api/v1/party-members", json("personId", personId, "inService", true));
        assertThat(noEmployer.json().path("field").asString()).isEqualTo("employer");
        var registered = worker.post(
                "/api/v1/party-members", json("personId", personId, "inService", true, "employer", "内蒙古大学"));
        assertThat(registered.status()).isEqualTo(200);
        assertThat(registered.json().path("partyMembership").path("inService").asBoolean())
                .isTrue();
        assertThat(worker.get("/api/v1/party-members?inService=true&size=500")
                        .json()
                        .path("items")
                        .findValuesAsString("name"))
                .contains("党员甲");
    }

    @Test
    void aPartyMemberJoinsOnlyAPartyOrganisationTheRegistrarCanSee() {
        var worker = Api.as(port, "taoyuan.grid1");
        long personId = newPerson(worker, "R-109", "党员乙", idNumber("19870707", 899));
        var admin = Api.as(port, "region.admin");
        long farAway = admin.get("/api/v1/party-orgs?within=150102101205")
                .json()
                .get(0)
                .path("id")
                .asLong();
        long ownCommittee = admin.get("/api/v1/party-orgs?within=150105004015")
                .json()
                .get(0)
                .path("id")
                .asLong();
        for (long org : new long[] {farAway, 99_999_999L}) {
            var refused = worker.post("/api/v1/party-members", json("personId", personId, "partyOrgId", org));
            assertThat(refused.status()).isEqualTo(404);
        }
        assertThat(worker.get("/api/v1/people/" + personId)
                        .json()
                        .path("partyMembership")
                        .isNull())
                .isTrue();
        var joined = worker.post("/api/v1/party-members", json("personId", personId, "partyOrgId", ownCommittee));
        assertThat(joined.status()).isEqualTo(200);
        assertThat(joined.json().path("partyMembership").path("partyOrgId").asLong())
                .isEqualTo(ownCommittee);
    }

    @Test
    void ledgerExportsAreSpreadsheetsOrCsv() {
        var worker = Api.as(port, "taoyuan.community");
        var xlsx = worker.get("/api/v1/ledgers/export?format=xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(new String(xlsx.bytes(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        var csv = worker.get("/api/v1/ledgers/export?format=csv&kind=EMPTY_NEST_ELDERLY");
        assertThat(csv.body()).contains("空巢独居老人").doesNotContain("困境儿童");
        assertThat(worker.get("/api/v1/ledgers/export?format=pdf")
                        .json()
                        .path("field")
                        .asString())
                .isEqualTo("format");
        var audit = Api.as(port, "region.admin")
                .get("/api/v1/audit?action=EXPORT&actor=taoyuan.community")
                .json();
        assertThat(audit.path("total").asLong()).isGreaterThanOrEqualTo(2);
    }
}
