package org.redgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import org.redgrid.support.Api;
import tools.jackson.databind.JsonNode;

/** What the casework tests set up through the API: a resident's report of a gas smell, a ten-minute category. */
public final class CaseReports {

    private CaseReports() {}

    /** Files the report in {@code grid} under {@code category}; fails unless it is created (201 with its location). */
    public static JsonNode report(Api reporter, String grid, String category) {
        var created = reporter.post(
                "/api/v1/cases",
                json(
                        "type",
                        "PROBLEM",
                        "category",
                        category,
                        "gridCode",
                        grid,
                        "title",
                        "3号楼楼道有燃气味",
                        "description",
                        "外卖小哥送餐时闻到3号楼2单元楼道有明显燃气味，请尽快处理"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location())
                .isEqualTo("/api/v1/cases/" + created.json().path("id").asLong());
        return created.json();
    }

    /** Creates or resets {@code code} as a category whose red line is ten minutes after dispatch, so a sweep can pass it. */
    public static void tenMinuteCategory(Api regionAdmin, String code, String nameZh, String nameEn) {
        var saved = regionAdmin.put(
                "/api/v1/case-categories/" + code,
                json(
                        "parentCode",
                        "EVENT",
                        "nameZh",
                        nameZh,
                        "nameEn",
                        nameEn,
                        "limitGeneral",
                        "PT10M",
                        "limitUrgent",
                        "PT10M",
                        "limitCritical",
                        "PT10M",
                        "warnRatio",
                        0.5));
        assertThat(saved.status()).isEqualTo(200);
    }
}
