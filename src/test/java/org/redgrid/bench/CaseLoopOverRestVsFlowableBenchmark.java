package org.redgrid.bench;

import static org.redgrid.bench.BenchSql.execute;
import static org.redgrid.bench.BenchSql.single;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;

/**
 * Yardstick (b), server against server: the packaged platform's case loop through its REST API
 * ({@link PlatformHttpLoop}) against the same loop through Flowable 7's own REST API
 * ({@link FlowableRestLoop} on {@link FlowableRestProcess}), each a JVM of its own on loopback with a
 * pool of 10 connections to its own database of the platform's embedded PostgreSQL, driven by the same
 * HTTP client with the same client threads, step by step in the same run.
 */
class CaseLoopOverRestVsFlowableBenchmark {

    private static final double GOAL_RATIO = 3.0;

    @Test
    void wholeCaseLoopsPerSecondOverRestOnThePlatformAndOnFlowable() throws Exception {
        Path home = BenchFiles.freshDirectory("loop-over-rest");
        try (PlatformProcess platform = PlatformProcess.start(home.resolve("data"), home.resolve("platform.log"))) {
            platform.awaitHealthy();
            try (Connection db = platform.openDatabase()) {
                execute(db, "create database flowable_rest");
                String flowableUrl = "jdbc:postgresql://127.0.0.1:" + platform.databasePort() + "/flowable_rest";
                try (FlowableRestProcess flowable = FlowableRestProcess.start(
                        flowableUrl,
                        "redgrid",
                        platform.databasePassword(),
                        CaseLoopVsFlowableBenchmark.FLOWABLE_POOL,
                        home.resolve("flowable-rest.log"))) {
                    LoopRace race = new LoopRace(
                            platform,
                            engine -> engine.equals("platform")
                                    ? platform.openDatabase()
                                    : DriverManager.getConnection(flowableUrl, "redgrid", platform.databasePassword()));
                    FlowableRestLoop theirs = new FlowableRestLoop(flowable.port(), race);
                    flowable.awaitServing(Api.basic(flowable.port(), PlatformHttpLoop.COMMUNITY, Api.DEMO_PASSWORD));
                    theirs.deploy();
                    Report.title("Whole case loops per second over HTTP: the platform's REST API against Flowable 7's"
                            + " own REST API, same PostgreSQL");
                    Report.line(
                            "loop: on the platform 8 requests (POST /api/v1/cases, then 7 POST"
                                    + " /api/v1/cases/{id}/transitions) with bearer tokens; on Flowable 15 requests"
                                    + " (POST /process-api/runtime/process-instances, then per user task %s a GET"
                                    + " /process-api/runtime/tasks?processInstanceId= and a POST"
                                    + " /process-api/runtime/tasks/{id} action complete) with basic auth; as %s, %s"
                                    + " and %s; history level audit; pools of %d connections each",
                            FlowableCaseLoop.steps(),
                            PlatformHttpLoop.RESIDENT,
                            PlatformHttpLoop.COMMUNITY,
                            PlatformHttpLoop.WORKER,
                            CaseLoopVsFlowableBenchmark.FLOWABLE_POOL);
                    Report.line(
                            "platform and Flowable REST JVMs: %s; load average before: %s",
                            PlatformProcess.jvmDescription(), Report.loadAverage());
                    PlatformHttpLoop ours = new PlatformHttpLoop(platform.port(), race);
                    race.race(ours, theirs, GOAL_RATIO);
                    Report.line("load average after: %s", Report.loadAverage());
                    long rated = Long.parseLong(single(db, PlatformHttpLoop.ratedCases()));
                    LoopRace.checkEnded(ours.loops(), rated, theirs.loops(), theirs.finished());
                }
            }
        }
    }
}
