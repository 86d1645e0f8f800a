package org.redgrid.deliberation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.redgrid.casework.CaseView;
import org.redgrid.deliberation.Deliberation;
import org.redgrid.deliberation.DeliberationFigures;
import org.redgrid.deliberation.Meetings;
import org.redgrid.deliberation.Motions;
import org.redgrid.deliberation.Resolutions;
import org.redgrid.deliberation.Topics;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Deliberation", description = "协商议事 / topics, meetings, votes, resolution tasks and their rating")
class DeliberationController {

    private final Deliberation deliberation;
    private final Resolutions resolutions;

    DeliberationController(Deliberation deliberation, Resolutions resolutions) {
        this.deliberation = deliberation;
        this.resolutions = resolutions;
    }

    @PostMapping("/topics")
    @Operation(summary = "Propose a topic for a community (定主题); staff may raise one from open cases (caseIds)")
    ResponseEntity<Topics.Created> propose(@RequestBody Topics.NewTopic body) {
        Topics.Created created = deliberation.propose(body);
        return ResponseEntity.created(URI.create("/api/v1/topics/" + created.id()))
                .body(created);
    }

    @GetMapping("/topics")
    @Operation(
            summary = "The topics of a community (or of every community the caller sees), with status and supporters")
    List<Topics.TopicView> topics(@RequestParam(required = false) String community) {
        return deliberation.topics(community);
    }

    @GetMapping("/topics/suggestions")
    @Operation(
            summary =
                    "Recurring problems of a community (open cases of one category from one grid) to raise as topics; staff only")
    List<Topics.Suggestion> suggestions(@RequestParam String community) {
        return deliberation.suggestions(community);
    }

    @GetMapping("/topics/{id}")
    Topics.TopicView topic(@PathVariable long id) {
        return deliberation.topic(id);
    }

    @PostMapping("/topics/{id}/support")
    @Operation(summary = "Support a topic; a repeated support changes nothing")
    Topics.TopicView support(@PathVariable long id) {
        return deliberation.support(id);
    }

    @PostMapping("/topics/{id}/merge")
    @Operation(summary = "Merge a duplicate topic into another of the same community; staff only")
    Topics.TopicView merge(@PathVariable long id, @RequestBody Topics.Merge body) {
        return deliberation.merge(id, body);
    }

    @PostMapping("/meetings")
    @Operation(
            summary = "Schedule a meeting (现场议) with agenda, invitees and vote rule",
            description =
                    "type: NEIGHBOUR_NIGHT, MELON_SHED, CONSULTATION, JOINT_COMMITTEE, MORAL_REVIEW; "
                            + "rule {quorum 0–1, base ENTITLED|PRESENT, threshold AT_LEAST_HALF|MORE_THAN_HALF|AT_LEAST_TWO_THIRDS}, "
                            + "each part defaulting to the type's rule; invitees: usernames, ROLE:<role> or UNIT:<credit code>.")
    ResponseEntity<Meetings.MeetingView> schedule(@RequestBody Meetings.NewMeeting body) {
        Meetings.MeetingView meeting = deliberation.schedule(body);
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + meeting.id()))
                .body(meeting);
    }

    @GetMapping("/meetings")
    List<Meetings.MeetingLine> meetings(@RequestParam(required = false) String community) {
        return deliberation.meetings(community);
    }

    @GetMapping("/meetings/{id}")
    @Operation(summary = "A meeting in one view: agenda, roll, opinions, motions, tasks, progress and ratings")
    Meetings.MeetingView meeting(@PathVariable long id) {
        return deliberation.meeting(id);
    }

    @PostMapping("/meetings/{id}/attendance")
    @Operation(summary = "Sign-in: voters present (usernames or person ids), optionally the entitled absent")
    Meetings.MeetingView attend(@PathVariable long id, @RequestBody Meetings.Attendance body) {
        return deliberation.attend(id, body);
    }

    @PostMapping("/meetings/{id}/opinions")
    @Operation(summary = "Record a speaker's opinion, or the minutes when no speaker is given")
    Meetings.MeetingView record(@PathVariable long id, @RequestBody Meetings.Opinion body) {
        return deliberation.record(id, body);
    }

    @PostMapping("/meetings/{id}/motions")
    ResponseEntity<Motions.Created> motion(@PathVariable long id, @RequestBody Motions.NewMotion body) {
        Motions.Created created = resolutions.propose(id, body);
        return ResponseEntity.created(URI.create("/api/v1/motions/" + created.id()))
                .body(created);
    }

    @GetMapping({"/motions/{id}", "/resolutions/{id}"})
    @Operation(summary = "A motion with its count; once passed its tasks, percent done and rating")
    Motions.MotionView motion(@PathVariable long id) {
        return resolutions.motion(id);
    }

    @PostMapping("/motions/{id}/votes")
    @Operation(summary = "Vote FOR, AGAINST or ABSTAIN: one's own in the window, or the secretary's roll-call entry")
    Motions.VoteView vote(@PathVariable long id, @RequestBody Motions.NewVote body) {
        return resolutions.vote(id, body);
    }

    @PostMapping("/motions/{id}/close")
    @Operation(summary = "Count the votes under the meeting's rule and publish the result")
    Motions.Result close(@PathVariable long id) {
        return resolutions.close(id);
    }

    @PostMapping("/motions/{id}/objections")
    @Operation(summary = "Object to a published result within its objection period; attendees and residents, once each")
    ResponseEntity<Motions.ObjectionView> object(@PathVariable long id, @RequestBody Motions.NewObjection body) {
        return ResponseEntity.status(201).body(resolutions.object(id, body));
    }

    @PostMapping("/motions/{id}/tasks")
    @Operation(summary = "Turn a passed motion into a 议定事项 case; 409 when the motion did not pass")
    ResponseEntity<CaseView> task(@PathVariable long id, @RequestBody Motions.NewTask body) {
        CaseView created = resolutions.addTask(id, body);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + created.id()))
                .body(created);
    }

    @PostMapping("/resolutions/{id}/evaluations")
    @Operation(summary = "Rate a resolution (1–5 stars) once its tasks are done; attendees and residents, once each")
    ResponseEntity<Motions.EvaluationView> evaluate(@PathVariable long id, @RequestBody Motions.NewEvaluation body) {
        return ResponseEntity.status(201).body(resolutions.evaluate(id, body));
    }

    @GetMapping("/deliberation/figures")
    @Operation(summary = "Meetings held, pass rate, resolution tasks done and rating of an area over a period")
    DeliberationFigures figures(
            @RequestParam(required = false) String division,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        return resolutions.figures(division, from, to);
    }

    @GetMapping("/deliberation/breakdown")
    @Operation(summary = "The same figures for each area one level down")
    List<DeliberationFigures> breakdown(
            @RequestParam(required = false) String division,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        return resolutions.breakdown(division, from, to);
    }
}
