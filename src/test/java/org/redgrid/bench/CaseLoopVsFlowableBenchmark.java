package org.redgrid.bench;

import static org.redgrid.bench.BenchSql.execute;
import static org.redgrid.bench.BenchSql.single;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;

/**
 * Whole case loops per second: the platform's loop through its HTTP API ({@link PlatformHttpLoop})
 * against the same loop as a BPMN process on Flowable 7 in the benchmark's JVM ({@link FlowableCaseLoop})
 * on the same embedded PostgreSQL, with the same number of client threads, step by step in the same run.
 * The fair pairs are {@link CaseLoopInProcessVsFlowableBenchmark} and {@link CaseLoopOverRestVsFlowableBenchmark}; this one
 * is kept so that the earlier figures can be measured again.
 */
class CaseLoopVsFlowableBenchmark {

    // Hikari's default, which is also the platform's pool unless configured otherwise.
    static final int FLOWABLE_POOL = Integer.getInteger("redgrid.bench.flowable-pool", 10);
    private static final double GOAL_RATIO = 5.0;

    @Test
    void wholeCaseLoopsPerSecondOnThePlatformAndOnFlowable() throws Exception {
        Path home = BenchFiles.freshDirectory("lifecycle");
        try (PlatformProcess platform = PlatformProcess.start(home.resolve("data"), home.resolve("platform.log"))) {
            platform.awaitHealthy();
            try (Connection db = platform.openDatabase()) {
                execute(db, "create database flowable");
                String flowableUrl = "jdbc:postgresql://127.0.0.1:" + platform.databasePort() + "/flowable";
                try (FlowableCaseLoop flowable =
                        FlowableCaseLoop.start(flowableUrl, "redgrid", platform.databasePassword(), FLOWABLE_POOL)) {
                    Report.title("Whole case loops per second: the platform over HTTP against Flowable 7 on the same"
                            + " PostgreSQL");
                    Report.line(
                            "loop: report, file, dispatch, accept, report back, verify, close, rate (8 requests on the"
                                    + " platform; on Flowable a start and %d user tasks %s, history level audit, pool"
                                    + " of %d connections, in the benchmark's JVM)",
                            FlowableCaseLoop.steps().size(), FlowableCaseLoop.steps(), FLOWABLE_POOL);
                    Report.line(
                            "platform JVM: %s; benchmark JVM (Flowable): %s; load average before: %s",
                            PlatformProcess.jvmDescription(),
                            System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                            Report.loadAverage());
                    LoopRace race = new LoopRace(
                            platform,
                            engine -> engine.equals("platform")
                                    ? platform.openDatabase()
                                    : DriverManager.getConnection(flowableUrl, "redgrid", platform.databasePassword()));
                    PlatformHttpLoop ours = new PlatformHttpLoop(platform.port(), race);
                    race.race(ours, flowable::runOnce, GOAL_RATIO);
                    long rated = Long.parseLong(single(db, PlatformHttpLoop.ratedCases()));
                    flowable.checkEnded(ours.loops(), rated);
                }
            }
        }
    }
}
