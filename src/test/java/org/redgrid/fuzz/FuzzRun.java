package org.redgrid.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import org.redgrid.support.Api;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What both fuzz runs share: the row counts a refused request must leave untouched, the run's own case. */
final class FuzzRun {

    private static final String COUNTS = "select concat_ws(',',"
            + " (select count(*) from work_case), (select count(*) from case_attachment),"
            + " (select count(*) from case_whistle), (select count(*) from app_user),"
            + " (select count(*) from household), (select count(*) from person),"
            + " (select count(*) from party_member), (select count(*) from ledger_entry),"
            + " (select count(*) from visit), (select count(*) from grid), (select count(*) from building),"
            + " (select count(*) from party_org), (select count(*) from partner_unit),"
            + " (select count(*) from service_place), (select count(*) from case_category))";

    private FuzzRun() {}

    /** Row counts of the main tables (none is written by a scheduled job). */
    static String counts(JdbcClient jdbc) {
        return jdbc.sql(COUNTS).query(String.class).single();
    }

    /** At most 300 characters of a request or answer, on one line, for a failure message. */
    static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }

    /** A case of the run's own, filed by {@code community} in grid 1, for the requests that change a case. */
    static long ownCase(Api community) {
        var response = community.post(
                "/api/v1/cases",
                Api.json(
                        "type",
                        "PROBLEM",
                        "category",
                        "EVENT.ENVIRONMENT",
                        "gridCode",
                        "150105004015001",
                        "title",
                        "fuzz target",
                        "description",
                        "a case the fuzz run may change"));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asLong();
    }
}
