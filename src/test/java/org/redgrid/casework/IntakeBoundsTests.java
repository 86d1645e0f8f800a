package org.redgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every free text and number a case or category takes is checked by the engine, naming its field,
 * before it reaches a column: nothing is left to the database to refuse.
 */
@IntegrationTest
class IntakeBoundsTests {

    static final String GRID1 = "150105004015001";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api.Response report(Object... extra) {
        Object[] base = {
            "type", "PROBLEM", "category", "EVENT.PARKING", "gridCode", GRID1, "title", "边界", "description", "边界检查"
        };
        return Api.as(port, "resident.zhang").post("/api/v1/cases", json(with(base, extra)));
    }

    long cases() {
        return jdbc.sql("select count(*) from work_case").query(Long.class).single();
    }

    static void refused(Api.Response answer, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().path("field").asString()).isEqualTo(field);
    }

    @Test
    void anAddressLongerThan200CharactersIsRefusedNamingTheField() {
        long before = cases();
        refused(report("address", "长".repeat(201)), "address");
        assertThat(cases()).isEqualTo(before);
        assertThat(report("address", "  " + "长".repeat(200) + "  ").status()).isEqualTo(201);
    }

    @Test
    void aPointGivenWithAGridCodeLiesOnTheGlobeAndComesAsAPair() {
        long before = cases();
        refused(report("lat", 1000.0, "lng", 111.7), "lat");
        refused(report("lat", 40.8, "lng", -181.0), "lng");
        refused(report("lat", 40.8), "lng");
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void aCategoryNamesEveryOverlongChecklistItemAndAWarningRatioItCannotKeep() {
        var admin = Api.as(port, "region.admin");
        Object[] base = {
            "parentCode",
            "EVENT",
            "nameZh",
            "边界类别",
            "nameEn",
            "Bounds",
            "limitGeneral",
            "P3D",
            "limitUrgent",
            "P1D",
            "limitCritical",
            "PT4H"
        };
        refused(
                admin.put(
                        "/api/v1/case-categories/EVENT.BOUNDS",
                        json(with(base, "checklist", List.of("证".repeat(201))))),
                "checklist");
        refused(
                admin.put(
                        "/api/v1/case-categories/EVENT.BOUNDS",
                        json(with(base, "checklist", java.util.Collections.nCopies(31, "身份证")))),
                "checklist");
        refused(admin.put("/api/v1/case-categories/EVENT.BOUNDS", json(with(base, "warnRatio", 0.996))), "warnRatio");
        assertThat(jdbc.sql("select count(*) from case_category where code = 'EVENT.BOUNDS'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aCategoryFormNamesAnOverlongFieldDescriptionAndChoiceName() {
        refused(form(Map.of("datatype", "STRING", "datatypeDescription", "提".repeat(201))), "datatypeDescription");
        refused(
                form(Map.of(
                        "datatype",
                        "SINGLEVALUELIST",
                        "values",
                        List.of(Map.of("key", "car", "name", "车".repeat(101))))),
                "values.name");
    }

    /** Puts a form of one field into the parking category; {@code field} adds to its code, description and order. */
    Api.Response form(Map<String, Object> field) {
        Map<String, Object> whole =
                new java.util.HashMap<>(Map.of("code", "plate", "required", false, "description", "车牌", "order", 1));
        whole.putAll(field);
        return Api.as(port, "region.admin")
                .put("/api/v1/case-categories/EVENT.PARKING/form", json("open311", false, "fields", List.of(whole)));
    }

    /** The keys and values of {@code base} followed by {@code extra}. */
    static Object[] with(Object[] base, Object... extra) {
        Object[] body = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, body, base.length, extra.length);
        return body;
    }
}
