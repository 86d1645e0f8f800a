package org.redgrid.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * The case loop as a BPMN process on Flowable 7's standalone engine, for {@link CaseLoopVsFlowableBenchmark}:
 * one user task per step (file, dispatch, accept, report back, verify, close, rate), each completed by
 * the same demo user as on the platform, with the same data and notes written as process variables,
 * history level {@code audit} (every task and activity with its actor and times, the variables' values).
 * It runs in the benchmark's JVM on its own database of the platform's
 * embedded PostgreSQL, through a pool as large as the platform's.
 */
final class FlowableCaseLoop implements AutoCloseable {

    static final String PROCESS = "caseLoop";
    private static final String[] STEPS = {"file", "dispatch", "accept", "reportBack", "verify", "close", "rate"};
    private static final String BPMN = """
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

    /**
     * One whole loop: the resident reports, the community files and dispatches, the grid worker accepts
     * and reports back, the community verifies and closes, the resident rates; returns the instance id.
     */
    String runOnce(long number) {
        Map<String, Object> start = new HashMap<>();
        start.put("type", "PROBLEM");
        start.put("category", "EVENT.PARKING");
        start.put("gridCode", CaseLoopVsFlowableBenchmark.GRID);
        start.put("title", "Car parked across the fire lane, loop " + number);
        start.put("description", "A car has been parked across the fire lane behind building 3 since the morning.");
        start.put("status", "INTAKE");
        ProcessInstance instance;
        Authentication.setAuthenticatedUserId(CaseLoopVsFlowableBenchmark.RESIDENT);
        try {
            instance = engine.getRuntimeService().startProcessInstanceByKey(PROCESS, "loop-" + number, start);
        } finally {
            Authentication.setAuthenticatedUserId(null);
        }
        String id = instance.getId();
        complete(id, "file", CaseLoopVsFlowableBenchmark.COMMUNITY, "立案", Map.of("status", "FILED"));
        complete(
                id,
                "dispatch",
                CaseLoopVsFlowableBenchmark.COMMUNITY,
                "网格员上门处理",
                Map.of("status", "DISPATCHED", "assignee", CaseLoopVsFlowableBenchmark.WORKER, "limit", "PT72H"));
        complete(id, "accept", CaseLoopVsFlowableBenchmark.WORKER, null, Map.of("status", "HANDLING"));
        complete(id, "reportBack", CaseLoopVsFlowableBenchmark.WORKER, "已劝离，消防通道畅通", Map.of("status", "REPORTED"));
        complete(id, "verify", CaseLoopVsFlowableBenchmark.COMMUNITY, "现场核查通过", Map.of("status", "VERIFIED"));
        complete(id, "close", CaseLoopVsFlowableBenchmark.COMMUNITY, null, Map.of("status", "CLOSED"));
        complete(
                id,
                "rate",
                CaseLoopVsFlowableBenchmark.RESIDENT,
                null,
                Map.of("status", "RATED", "satisfaction", "SATISFIED", "resolved", true));
        return id;
    }

    /**
     * The open task of the instance, which must be {@code step}, completed as {@code user}; the note is
     * kept as a variable of its own per step ({@code fileNote}, …), so that history keeps every note as
     * the platform's event log does. Flowable needs the task's id: one query, then the completion.
     */
    private void complete(String instance, String step, String user, String note, Map<String, Object> variables) {
        TaskService tasks = engine.getTaskService();
        Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        if (task == null || !step.equals(task.getTaskDefinitionKey())) {
            throw new IllegalStateException("instance " + instance + " is not at " + step + " but at "
                    + (task == null ? "no task" : task.getTaskDefinitionKey()));
        }
        Map<String, Object> written = new HashMap<>(variables);
        if (note != null) written.put(step + "Note", note);
        Authentication.setAuthenticatedUserId(user);
        try {
            tasks.complete(task.getId(), user, written);
        } finally {
            Authentication.setAuthenticatedUserId(null);
        }
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
        return List.of(STEPS);
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
