package org.redgrid.bench;

import static org.redgrid.bench.BenchSql.execute;
import static org.redgrid.bench.BenchSql.single;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.redgrid.RedGridApplication;
import org.redgrid.casework.Casework;
import org.redgrid.identity.Identity;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Yardstick (a), engine against engine: the platform's case engine called in-process through its
 * facade ({@link PlatformInProcessLoop}) against Flowable 7's engine called in-process through its
 * RuntimeService and TaskService ({@link FlowableCaseLoop}), both in the benchmark's JVM, each with a
 * pool of 10 connections to its own database of the same embedded PostgreSQL, the same client threads,
 * step by step in the same run. Neither pays HTTP, JSON or authentication.
 */
class CaseLoopInProcessVsFlowableBenchmark {

    private static final double GOAL_RATIO = 5.0;

    @Test
    void wholeCaseLoopsPerSecondInProcessOnThePlatformAndOnFlowable() throws Exception {
        Path home = BenchFiles.freshDirectory("loop-in-process");
        Path dataDir = home.resolve("data");
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0", "--server.address=127.0.0.1", "--redgrid.data-dir=" + dataDir.toAbsolutePath()));
        // The benchmark's own logging (WARN but for the figures) instead of the platform's, as in the other runs.
        String logging = System.getProperty("logback.configurationFile");
        if (logging != null) arguments.add("--logging.config=" + logging);
        try (ConfigurableApplicationContext platform =
                new SpringApplicationBuilder(RedGridApplication.class).run(arguments.toArray(String[]::new))) {
            DataSource platformData = platform.getBean(DataSource.class);
            try (Connection db = platformData.getConnection()) {
                execute(db, "create database flowable");
                String flowableUrl = db.getMetaData().getURL().replaceFirst("/redgrid(\\?.*)?$", "/flowable");
                String password = Files.readString(dataDir.resolve("db.password"), StandardCharsets.UTF_8)
                        .trim();
                try (FlowableCaseLoop flowable = FlowableCaseLoop.start(
                        flowableUrl, "redgrid", password, CaseLoopVsFlowableBenchmark.FLOWABLE_POOL)) {
                    Report.title("Whole case loops per second in-process: the platform's case engine against Flowable"
                            + " 7's engine, same JVM, same PostgreSQL");
                    Report.line(
                            "loop: on the platform Casework.create and 7 Casework.transition calls (file, dispatch,"
                                    + " accept, report back, verify, close, rate) as %s, %s and %s; on Flowable"
                                    + " startProcessInstanceByKey and, per user task %s, a task query and"
                                    + " TaskService.complete as the same user; history level audit; pools of"
                                    + " %d connections each",
                            PlatformHttpLoop.RESIDENT,
                            PlatformHttpLoop.COMMUNITY,
                            PlatformHttpLoop.WORKER,
                            FlowableCaseLoop.steps(),
                            CaseLoopVsFlowableBenchmark.FLOWABLE_POOL);
                    Report.line(
                            "JVM: %s %s, max heap %d MB; database %s; load average before: %s",
                            System.getProperty("java.vm.name"),
                            System.getProperty("java.version"),
                            Runtime.getRuntime().maxMemory() / (1024 * 1024),
                            flowableUrl.replace("/flowable", "/{redgrid,flowable}"),
                            Report.loadAverage());
                    String platformUrl = db.getMetaData().getURL();
                    LoopRace race = new LoopRace(
                            null,
                            engine -> DriverManager.getConnection(
                                    engine.equals("platform") ? platformUrl : flowableUrl, "redgrid", password));
                    PlatformInProcessLoop ours = new PlatformInProcessLoop(
                            platform.getBean(Casework.class), platform.getBean(Identity.class));
                    race.race(ours, flowable::runOnce, GOAL_RATIO);
                    Report.line("load average after: %s", Report.loadAverage());
                    long rated = Long.parseLong(single(db, PlatformHttpLoop.ratedCases()));
                    flowable.checkEnded(ours.loops(), rated);
                }
            }
        }
    }
}
