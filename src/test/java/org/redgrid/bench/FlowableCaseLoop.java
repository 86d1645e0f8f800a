package org.redgrid.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.common.engine.impl.identity.Authentication;
import org.flowable.common.engine.impl.persistence.StrongUuidGenerator;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;

/**
 * The case loop as a BPMN process on Flowable 7's standalone engine, for {@link CaseLoopVsFlowableBenchmark} and {@link CaseLoopInProcessVsFlowableBenchmark}:
 * one user task per step (file, dispatch, accept, report back, verify, close, rate), each completed by
 * the same demo user as on the platform, with the same data and notes written as process variables,
 * history level {@code audit} (every task and activity with its actor and times, the variables' values).
 * It runs in the benchmark's JVM on its own database of the platform's
 * embedded PostgreSQL, through a pool as large as the platform's.
 */
final class FlowableCaseLoop implements AutoCloseable {

    static final String PROCESS = "caseLoop";
    static final String BPMN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                         xmlns:flowable="http://flowable.org/bpmn"
                         targetNamespace="org.redgrid.bench">
              <process id="caseLoop" name="Case loop" isExecutable="true">
                <startEvent id="start" flowable:initiator="reporter"/>
                <sequenceFlow id="f0" sourceRef="start" targetRef="file"/>
                <userTask id="file" name="File" flowable:candidateGroups="community"/>
                <sequenceFlow id="f1" sourceRef="file" targetRef="dispatch"/>
                <userTask id="dispatch" name="Dispatch" flowable:candidateGroups="community"/>
                <sequenceFlow id="f2" sourceRef="dispatch" targetRef="accept"/>
                <userTask id="accept" name="Accept" flowable:assignee="${assignee}"/>
                <sequenceFlow id="f3" sourceRef="accept" targetRef="reportBack"/>
                <userTask id="reportBack" name="Report back" flowable:assignee="${assignee}"/>
                <sequenceFlow id="f4" sourceRef="reportBack" targetRef="verify"/>
                <userTask id="verify" name="Verify" flowable:candidateGroups="community"/>
                <sequenceFlow id="f5" sourceRef="verify" targetRef="close"/>
                <userTask id="close" name="Close" flowable:candidateGroups="community"/>
                <sequenceFlow id="f6" sourceRef="close" targetRef="rate"/>
                <userTask id="rate" name="Rate" flowable:assignee="${reporter}"/>
                <sequenceFlow id="f7" sourceRef="rate" targetRef="end"/>
                <endEvent id="end"/>
              </process>
            </definitions>
            """;

    private final HikariDataSource dataSource;
    private final ProcessEngine engine;
    private final AtomicLong loops = new AtomicLong();

    private FlowableCaseLoop(HikariDataSource dataSource, ProcessEngine engine) {
        this.dataSource = dataSource;
        this.engine = engine;
    }

    /** Builds the engine on {@code jdbcUrl} (creating Flowable's tables) and deploys the process. */
    static FlowableCaseLoop start(String jdbcUrl, String username, String password, int poolSize) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(jdbcUrl);
        dataSource.setUsername(username);
        dataSource.setPassword(password);
        dataSource.setMaximumPoolSize(poolSize);
        dataSource.setPoolName("flowable");
        StandaloneProcessEngineConfiguration configuration = (StandaloneProcessEngineConfiguration)
                ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration();
        configuration.setDataSource(dataSource);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistoryLevel(HistoryLevel.AUDIT);
        configuration.setAsyncExecutorActivate(false);
        // The default id generator takes blocks of ids in a transaction of its own, on a second connection
        // while the command holds the first: with more threads than pooled connections they deadlock.
        // Flowable's advice for concurrent use is this one.
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setDisableIdmEngine(true);
        configuration.setDisableEventRegistry(true);
        ProcessEngine engine = configuration.buildProcessEngine();
        engine.getRepositoryService()
                .createDeployment()
                .name("case loop")
                .addString("case-loop.bpmn20.xml", BPMN)
                .deploy();
        return new FlowableCaseLoop(dataSource, engine);
    }

    /** One user task of the loop: who completes it, with which note and variables. */
    record TaskStep(String key, String user, String note, Map<String, Object> variables) {

        /** The variables the completion writes: the step's data and its note under a name of its own. */
        Map<String, Object> written() {
            Map<String, Object> written = new HashMap<>(variables);
            if (note != null) written.put(key + "Note", note);
            return written;
        }
    }

    /** The seven tasks in their order, with the same users, data and notes as the platform's loop. */
    static final List<TaskStep> TASKS = List.of(
            new TaskStep("file", PlatformHttpLoop.COMMUNITY, "立案", Map.of("status", "FILED")),
            new TaskStep(
                    "dispatch",
                    PlatformHttpLoop.COMMUNITY,
                    "网格员上门处理",
                    Map.of("status", "DISPATCHED", "assignee", PlatformHttpLoop.WORKER, "limit", "PT72H")),
            new TaskStep("accept", PlatformHttpLoop.WORKER, null, Map.of("status", "HANDLING")),
            new TaskStep("reportBack", PlatformHttpLoop.WORKER, "已劝离，消防通道畅通", Map.of("status", "REPORTED")),
            new TaskStep("verify", PlatformHttpLoop.COMMUNITY, "现场核查通过", Map.of("status", "VERIFIED")),
            new TaskStep("close", PlatformHttpLoop.COMMUNITY, null, Map.of("status", "CLOSED")),
            new TaskStep(
                    "rate",
                    PlatformHttpLoop.RESIDENT,
                    null,
                    Map.of("status", "RATED", "satisfaction", "SATISFIED", "resolved", true)));

    /** The case's data the instance starts with, as the resident reports it. */
    static Map<String, Object> startVariables(long number) {
        Map<String, Object> start = new HashMap<>();
        start.put("type", "PROBLEM");
        start.put("category", "EVENT.PARKING");
        start.put("gridCode", PlatformHttpLoop.GRID);
        start.put("title", "Car parked across the fire lane, loop " + number);
        start.put("description", PlatformHttpLoop.DESCRIPTION);
        start.put("status", "INTAKE");
        return start;
    }

    /**
     * One whole loop: the resident reports, the community files and dispatches, the grid worker accepts
     * and reports back, the community verifies and closes, the resident rates; returns the instance id.
     */
    String runOnce(long number) {
        ProcessInstance instance;
        Authentication.setAuthenticatedUserId(PlatformHttpLoop.RESIDENT);
        try {
            instance = engine.getRuntimeService()
                    .startProcessInstanceByKey(PROCESS, "loop-" + number, startVariables(number));
        } finally {
            Authentication.setAuthenticatedUserId(null);
        }
        String id = instance.getId();
        for (TaskStep step : TASKS) complete(id, step);
        loops.incrementAndGet();
        return id;
    }

    /**
     * The open task of the instance, which must be the step's, completed as its user; the note is kept as
     * a variable of its own per step ({@code fileNote}, …), so that history keeps every note as the
     * platform's event log does. Flowable needs the task's id: one query, then the completion.
     */
    private void complete(String instance, TaskStep step) {
        TaskService tasks = engine.getTaskService();
        Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        if (task == null || !step.key().equals(task.getTaskDefinitionKey())) {
            throw new IllegalStateException("instance " + instance + " is not at " + step.key() + " but at "
                    + (task == null ? "no task" : task.getTaskDefinitionKey()));
        }
        Authentication.setAuthenticatedUserId(step.user());
        try {
            tasks.complete(task.getId(), step.user(), step.written());
        } finally {
            Authentication.setAuthenticatedUserId(null);
        }
    }

    /**
     * Every loop counted really ended: as many platform loops as {@code rated} cases, as many of these
     * loops as finished instances in Flowable's history.
     */
    void checkEnded(long platformLoops, long rated) {
        LoopRace.checkEnded(platformLoops, rated, loops.get(), finished());
    }

    /** How many instances of the loop have ended, as the history records them. */
    long finished() {
        return engine.getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(PROCESS)
                .finished()
                .count();
    }

    /** The steps of one loop, for the report. */
    static List<String> steps() {
        return TASKS.stream().map(TaskStep::key).toList();
    }

    @Override
    public void close() {
        try {
            engine.close();
        } finally {
            dataSource.close();
        }
    }
}
