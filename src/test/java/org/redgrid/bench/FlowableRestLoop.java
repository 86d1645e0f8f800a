package org.redgrid.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.redgrid.support.Api;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The case loop through Flowable's own REST API ({@link FlowableRestProcess}), with the same HTTP client
 * as the platform's loop ({@link Api}): the resident starts an instance of the same BPMN process as
 * {@link FlowableCaseLoop} with the case's data as variables, then for each user task the task's user
 * asks for the instance's open task and completes it with the step's data and note. Every request
 * carries the user's basic auth, Flowable REST's default. 15 requests a loop against the platform's 8:
 * Flowable's API needs the task's id before it completes a task.
 */
final class FlowableRestLoop implements LoopRace.Loop {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Api> users;
    private final LoopRace race;
    private final AtomicLong loops = new AtomicLong();

    FlowableRestLoop(int port, LoopRace race) {
        this.users = Map.of(
                PlatformHttpLoop.RESIDENT, Api.basic(port, PlatformHttpLoop.RESIDENT, Api.DEMO_PASSWORD),
                PlatformHttpLoop.COMMUNITY, Api.basic(port, PlatformHttpLoop.COMMUNITY, Api.DEMO_PASSWORD),
                PlatformHttpLoop.WORKER, Api.basic(port, PlatformHttpLoop.WORKER, Api.DEMO_PASSWORD));
        this.race = race;
    }

    /** Deploys the loop's BPMN through the REST API, as the community's staff. */
    void deploy() {
        var deployed = users.get(PlatformHttpLoop.COMMUNITY)
                .upload(
                        "/process-api/repository/deployments",
                        "case-loop.bpmn20.xml",
                        FlowableCaseLoop.BPMN.getBytes(StandardCharsets.UTF_8));
        if (deployed.status() != 201) {
            throw new IllegalStateException("deployment: HTTP " + deployed.status() + " " + deployed.body());
        }
    }

    @Override
    public void run(long number) {
        var started = users.get(PlatformHttpLoop.RESIDENT)
                .post(
                        "/process-api/runtime/process-instances",
                        Api.json(
                                "processDefinitionKey",
                                FlowableCaseLoop.PROCESS,
                                "businessKey",
                                "loop-" + number,
                                "variables",
                                variables(FlowableCaseLoop.startVariables(number))));
        String instance = answer(started, 201, "start").path("id").asString();
        for (FlowableCaseLoop.TaskStep step : FlowableCaseLoop.TASKS) complete(instance, step);
        loops.incrementAndGet();
    }

    private void complete(String instance, FlowableCaseLoop.TaskStep step) {
        Api user = users.get(step.user());
        JsonNode open = answer(
                        user.get("/process-api/runtime/tasks?processInstanceId=" + instance),
                        200,
                        step.key() + " query")
                .path("data");
        if (open.size() != 1
                || !step.key().equals(open.get(0).path("taskDefinitionKey").asString())) {
            throw new IllegalStateException("instance " + instance + " is not at " + step.key() + " but " + open);
        }
        var completed = user.post(
                "/process-api/runtime/tasks/" + open.get(0).path("id").asString(),
                Api.json("action", "complete", "variables", variables(step.written())));
        answer(completed, 200, step.key());
    }

    private JsonNode answer(Api.Response response, int expected, String what) {
        if (response.status() != expected) {
            String error = what + ": HTTP " + response.status();
            race.failed(error, response.body());
            throw new IllegalStateException(error);
        }
        return response.bytes().length == 0 ? JSON.createObjectNode() : response.json();
    }

    /** Flowable REST's form of variables: a list of {@code {name, value}}. */
    private static List<Map<String, Object>> variables(Map<String, Object> values) {
        return values.entrySet().stream()
                .map(entry -> Map.of("name", entry.getKey(), "value", entry.getValue()))
                .toList();
    }

    long loops() {
        return loops.get();
    }

    /** How many instances of the loop have ended, as Flowable's history API counts them. */
    long finished() {
        return users.get(PlatformHttpLoop.COMMUNITY)
                .get("/process-api/history/historic-process-instances?processDefinitionKey=" + FlowableCaseLoop.PROCESS
                        + "&finished=true&size=1")
                .json()
                .path("total")
                .asLong();
    }
}
