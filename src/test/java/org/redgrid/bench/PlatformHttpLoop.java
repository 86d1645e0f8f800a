package org.redgrid.bench;

import java.util.concurrent.atomic.AtomicLong;
import org.redgrid.support.Api;

/**
 * The platform's case loop through its HTTP API: report → file → dispatch → accept → report back →
 * verify → close → rate, eight requests as the three demo users who do them, each with the bearer token
 * its user got at login. A loop counts only if its case ends {@code RATED}.
 */
final class PlatformHttpLoop implements LoopRace.Loop {

    static final String GRID = "150105004015001";
    static final String RESIDENT = "resident.zhang";
    static final String COMMUNITY = "taoyuan.community";
    static final String WORKER = "taoyuan.grid1";
    static final String TITLE_PREFIX = "Case loop ";
    static final String DESCRIPTION = "A car has been parked across the fire lane behind building 3 since the morning.";

    private final Api resident;
    private final Api community;
    private final Api worker;
    private final LoopRace race;
    private final AtomicLong loops = new AtomicLong();

    PlatformHttpLoop(int port, LoopRace race) {
        this.resident = Api.as(port, RESIDENT);
        this.community = Api.as(port, COMMUNITY);
        this.worker = Api.as(port, WORKER);
        this.race = race;
    }

    @Override
    public void run(long number) {
        var created = resident.post(
                "/api/v1/cases",
                Api.json(
                        "type",
                        "PROBLEM",
                        "category",
                        "EVENT.PARKING",
                        "gridCode",
                        GRID,
                        "title",
                        TITLE_PREFIX + number,
                        "description",
                        DESCRIPTION));
        if (created.status() != 201) throw new IllegalStateException("report: HTTP " + created.status());
        long id = created.json().path("id").asLong();
        act(community, id, "action", "FILE", "note", "立案");
        act(community, id, "action", "DISPATCH", "assignee", WORKER, "note", "网格员上门处理");
        act(worker, id, "action", "ACCEPT");
        act(worker, id, "action", "REPORT_BACK", "note", "已劝离，消防通道畅通");
        act(community, id, "action", "VERIFY_PASS", "note", "现场核查通过");
        act(community, id, "action", "CLOSE");
        String status = act(resident, id, "action", "RATE", "resolved", true, "satisfaction", "SATISFIED");
        if (!"RATED".equals(status)) throw new IllegalStateException("rated case is " + status);
        loops.incrementAndGet();
    }

    private String act(Api api, long id, Object... fields) {
        var response = api.post("/api/v1/cases/" + id + "/transitions", Api.json(fields));
        if (response.status() != 200) {
            String error = fields[1] + ": HTTP " + response.status();
            race.failed(error, response.body());
            throw new IllegalStateException(error);
        }
        return response.json().path("status").asString();
    }

    /** How many loops ended RATED. */
    long loops() {
        return loops.get();
    }

    /** The SQL that counts the cases this loop rated, to hold against {@link #loops()}. */
    static String ratedCases() {
        return "select count(*) from work_case where reporter = '" + RESIDENT
                + "' and status = 'RATED' and title like '" + TITLE_PREFIX + "%'";
    }
}
