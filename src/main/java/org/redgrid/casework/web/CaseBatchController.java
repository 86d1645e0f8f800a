package org.redgrid.casework.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.redgrid.casework.BatchItem;
import org.redgrid.casework.CaseBatches;
import org.redgrid.casework.internal.OutsideScope;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.JsonItems;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/cases/batch}: always 200 with one answer per item, in request order — 201 with the
 * new case's id, number and location, 200 with the earlier case for a known idempotency key, or the
 * RFC 9457 problem an intake of that item alone would have had, carrying the item's {@code index}.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Cases", description = "诉求闭环 / the case engine: intake, workflow, events, categories")
class CaseBatchController {

    record BatchRequest(List<JsonNode> items) {}

    /** One item's answer: {@code status} 201 (created), 200 (replayed) or the problem's status. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ItemAnswer(
            int index, int status, Long id, String number, String location, Boolean replayed, ProblemDetail problem) {}

    record BatchAnswer(int created, int replayed, int refused, List<ItemAnswer> items) {}

    private final CaseBatches batches;
    private final JsonMapper json;

    CaseBatchController(CaseBatches batches, JsonMapper json) {
        this.batches = batches;
        this.json = json;
    }

    @PostMapping("/cases/batch")
    @Operation(
            summary = "Take in up to 500 cases at once (channel feeds such as the 12345 hotline)",
            description = "Each item is a case as for POST /cases plus its own required idempotencyKey. "
                    + "Always 200 with items[i].status per item: 201 created, 200 replayed (a known key, "
                    + "also one used by a single intake), or 4xx with an RFC 9457 problem naming index, "
                    + "field and rule. A refused item never blocks the others; the taken ones commit together "
                    + "before the answer. More than 500 items or none: 400 problem naming items.")
    BatchAnswer create(@RequestBody BatchRequest body) {
        List<CaseBatches.Item> items = new ArrayList<>();
        if (body.items() != null) {
            for (JsonNode item : body.items()) items.add(read(item));
        }
        List<ItemAnswer> answers = new ArrayList<>();
        int created = 0;
        int replayed = 0;
        for (CaseBatches.Outcome outcome : batches.create(body.items() == null ? null : items)) {
            if (outcome.intake() == null) {
                answers.add(refused(outcome.index(), outcome.refusal()));
                continue;
            }
            boolean replay = outcome.intake().replayed();
            long id = outcome.intake().view().id();
            answers.add(new ItemAnswer(
                    outcome.index(),
                    replay ? 200 : 201,
                    id,
                    outcome.intake().view().number(),
                    "/api/v1/cases/" + id,
                    replay,
                    null));
            if (replay) replayed++;
            else created++;
        }
        return new BatchAnswer(created, replayed, answers.size() - created - replayed, answers);
    }

    private CaseBatches.Item read(JsonNode item) {
        try {
            return CaseBatches.Item.of(JsonItems.read(json, item, BatchItem.class));
        } catch (InvalidValue unreadable) {
            return CaseBatches.Item.unreadable(unreadable);
        }
    }

    private static ItemAnswer refused(int index, RuntimeException refusal) {
        ProblemDetail problem = problemOf(refusal);
        problem.setProperty("index", index);
        return new ItemAnswer(index, problem.getStatus(), null, null, null, null, problem);
    }

    private static ProblemDetail problemOf(RuntimeException refusal) {
        if (refusal instanceof InvalidValue invalid) {
            return Problems.invalidField(invalid.field(), invalid.rule(), invalid.messageZh(), invalid.messageEn());
        }
        if (refusal instanceof Forbidden forbidden) {
            ProblemDetail problem = Problems.of(
                    HttpStatus.FORBIDDEN, "forbidden", "Forbidden", forbidden.messageZh(), forbidden.getMessage());
            if (forbidden instanceof OutsideScope outside) {
                problem.setProperty("field", outside.field());
                problem.setProperty("rule", "grid.in-scope");
            }
            return problem;
        }
        NotFound notFound = (NotFound) refusal;
        return Problems.of(
                HttpStatus.NOT_FOUND,
                "not-found",
                "Not found",
                "未找到 " + notFound.what() + " " + notFound.id(),
                notFound.what() + " " + notFound.id() + " was not found");
    }
}
