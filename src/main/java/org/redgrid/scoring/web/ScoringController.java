package org.redgrid.scoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.redgrid.scoring.AssessmentView;
import org.redgrid.scoring.NewRound;
import org.redgrid.scoring.ResultRow;
import org.redgrid.scoring.RoundView;
import org.redgrid.scoring.SchemeDefinition;
import org.redgrid.scoring.SchemeRef;
import org.redgrid.scoring.SchemeView;
import org.redgrid.scoring.ScoreSheet;
import org.redgrid.scoring.Scoring;
import org.redgrid.scoring.Stage;
import org.redgrid.scoring.Talk;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/scoring")
@Tag(name = "Scoring", description = "考评 / schemes, rounds, self, peer and final assessment, results")
class ScoringController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Scoring scoring;

    ScoringController(Scoring scoring) {
        this.scoring = scoring;
    }

    @PostMapping("/schemes")
    @Operation(summary = "Define a scheme; a key already used makes its next version")
    ResponseEntity<SchemeRef> defineScheme(@RequestBody SchemeDefinition body) {
        SchemeRef ref = scoring.defineScheme(body);
        return ResponseEntity.created(URI.create("/api/v1/scoring/schemes/" + ref.id()))
                .body(ref);
    }

    @GetMapping("/schemes")
    @Operation(summary = "Scheme versions defined in the caller's scope, newest first")
    List<SchemeView> schemes() {
        return scoring.schemes();
    }

    @GetMapping("/schemes/{id}")
    SchemeView scheme(@PathVariable long id) {
        return scoring.scheme(id);
    }

    @PostMapping("/rounds")
    @Operation(summary = "Run a round of one scheme version over the assessed units with their reviewers")
    ResponseEntity<RoundView> openRound(@RequestBody NewRound body) {
        RoundView round = scoring.openRound(body);
        return ResponseEntity.created(URI.create("/api/v1/scoring/rounds/" + round.id()))
                .body(round);
    }

    @GetMapping("/rounds")
    @Operation(summary = "Rounds the caller runs, is assessed in or reviews for")
    List<RoundView> rounds() {
        return scoring.rounds();
    }

    @GetMapping("/rounds/{id}")
    RoundView round(@PathVariable long id) {
        return scoring.round(id);
    }

    @GetMapping("/rounds/{id}/assessments/{unit}")
    @Operation(summary = "One unit's assessment: items at each stage, facts with their source, history")
    AssessmentView assessment(@PathVariable long id, @PathVariable String unit) {
        return scoring.assessment(id, unit);
    }

    @PutMapping("/rounds/{id}/assessments/{unit}/self")
    @Operation(summary = "自评 by the unit's bound login: {\"items\":{code:{\"points\",\"evidence\"}}}")
    AssessmentView self(@PathVariable long id, @PathVariable String unit, @RequestBody ScoreSheet body) {
        return scoring.score(id, unit, Stage.SELF, body);
    }

    @PutMapping("/rounds/{id}/assessments/{unit}/peer")
    @Operation(summary = "互评 by a reviewer assigned to the unit")
    AssessmentView peer(@PathVariable long id, @PathVariable String unit, @RequestBody ScoreSheet body) {
        return scoring.score(id, unit, Stage.PEER, body);
    }

    @PutMapping("/rounds/{id}/assessments/{unit}/final")
    @Operation(summary = "综合认定 by the department: every item with a reason")
    AssessmentView fin(@PathVariable long id, @PathVariable String unit, @RequestBody ScoreSheet body) {
        return scoring.score(id, unit, Stage.FINAL, body);
    }

    @PostMapping("/rounds/{id}/close")
    @Operation(summary = "Close the round and publish its results")
    List<ResultRow> close(@PathVariable long id) {
        return scoring.close(id);
    }

    @GetMapping("/rounds/{id}/results")
    @Operation(summary = "Published results in overall order: unit, class, score, level, rank, flag TOP|BOTTOM|null")
    List<ResultRow> results(@PathVariable long id) {
        return scoring.results(id);
    }

    @GetMapping("/rounds/{id}/results.xlsx")
    @Operation(summary = "The published results as an Excel workbook")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        return ResponseEntity.ok()
                .header("Content-Type", XLSX)
                .header("Content-Disposition", "attachment; filename=\"scoring-round-" + id + ".xlsx\"")
                .body(scoring.exportResults(id));
    }

    record TalkRequest(LocalDate heldOn, String note) {}

    @PostMapping("/rounds/{id}/talks/{unit}")
    @Operation(summary = "Record the talk (约谈) held with a unit flagged BOTTOM")
    ResponseEntity<Talk> talk(@PathVariable long id, @PathVariable String unit, @RequestBody TalkRequest body) {
        return ResponseEntity.status(201).body(scoring.recordTalk(id, unit, body.heldOn(), body.note()));
    }

    @GetMapping("/rounds/{id}/talks")
    List<Talk> talks(@PathVariable long id) {
        return scoring.talks(id);
    }
}
