package org.redgrid.engagement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.redgrid.engagement.ActivityView;
import org.redgrid.engagement.CheckInView;
import org.redgrid.engagement.Engagement;
import org.redgrid.engagement.EngagementFigures;
import org.redgrid.engagement.MemberView;
import org.redgrid.engagement.NewActivity;
import org.redgrid.engagement.NewAward;
import org.redgrid.engagement.NewLink;
import org.redgrid.engagement.NewRegistration;
import org.redgrid.engagement.NewTeam;
import org.redgrid.engagement.PointRules;
import org.redgrid.engagement.Points;
import org.redgrid.engagement.PointsView;
import org.redgrid.engagement.RankingRow;
import org.redgrid.engagement.Rankings;
import org.redgrid.engagement.RegistrationStatus;
import org.redgrid.engagement.RegistrationView;
import org.redgrid.engagement.ServiceRecords;
import org.redgrid.engagement.TeamView;
import org.redgrid.engagement.Volunteering;
import org.redgrid.shared.InvalidValue;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/engagement")
@Tag(
        name = "Engagement",
        description =
                "双报到、双服务、双报告：党员报到、服务队与活动、积分与星级 / party members and volunteers: registration, service, points, stars")
class EngagementController {

    record Member(Long member) {}

    record CheckIn(Long member, Instant at) {}

    record Household(Long household) {}

    record Reason(String reason) {}

    private final Engagement engagement;
    private final Volunteering volunteering;
    private final Points points;
    private final ServiceRecords records;

    EngagementController(Engagement engagement, Volunteering volunteering, Points points, ServiceRecords records) {
        this.engagement = engagement;
        this.volunteering = volunteering;
        this.points = points;
        this.records = records;
    }

    @PostMapping("/members")
    @Operation(
            summary = "Link a login (optional) to its person in the registry; in-service members name their employer",
            description =
                    "`{\"person\", \"username\", \"employer\"}`: employer is a partner unit's credit code. Staff of the person's community and above; 409 when the login is linked to another person.")
    MemberView link(@RequestBody NewLink body) {
        return engagement.link(body);
    }

    @GetMapping("/members")
    @Operation(
            summary =
                    "Members inside the caller's scope; an employer's login sees its own members, a member only themself")
    List<MemberView> members() {
        return engagement.members();
    }

    @GetMapping("/members/{id}")
    @Operation(summary = "One member; 404 outside what the caller may read")
    MemberView member(@PathVariable long id) {
        return engagement.member(id);
    }

    @PostMapping("/members/{id}/households")
    @Operation(summary = "党员包户: assign a household to a member; returns the member's households")
    List<Long> assignHousehold(@PathVariable long id, @RequestBody Household body) {
        return engagement.assignHousehold(id, body == null ? null : body.household());
    }

    @PostMapping("/registrations")
    @Operation(
            summary = "双报到: a member (partyMember) or an employer unit (unit) registers at a community; PENDING",
            description =
                    "`posts`: `[{\"kind\": \"BUILDING_HEAD|UNIT_HEAD|PIONEER|RESPONSIBILITY|DEMONSTRATION\", \"building\", \"unit\"}]`; head posts bound to a building (and unit) of the community.")
    ResponseEntity<RegistrationView> register(@RequestBody NewRegistration body) {
        RegistrationView created = engagement.register(body);
        return ResponseEntity.created(URI.create("/api/v1/engagement/registrations/" + created.id()))
                .body(created);
    }

    @GetMapping("/registrations")
    @Operation(summary = "Registrations at communities in scope, and the caller's own")
    List<RegistrationView> registrations(@RequestParam(required = false) RegistrationStatus status) {
        return engagement.registrations(status);
    }

    @GetMapping("/registrations/{id}")
    @Operation(summary = "One registration; 404 outside scope")
    RegistrationView registration(@PathVariable long id) {
        return engagement.registration(id);
    }

    @PostMapping("/registrations/{id}/approve")
    @Operation(summary = "The community approves a pending registration and the posts applied for; 409 once decided")
    RegistrationView approve(@PathVariable long id) {
        return engagement.decide(id, true);
    }

    @PostMapping("/registrations/{id}/decline")
    @Operation(summary = "The community declines a pending registration; 409 once decided")
    RegistrationView decline(@PathVariable long id) {
        return engagement.decide(id, false);
    }

    @GetMapping("/teams/{id}")
    @Operation(summary = "One team with its public roster, as the list shows it")
    TeamView team(@PathVariable long id) {
        return volunteering.team(id);
    }

    @PostMapping("/teams")
    @Operation(summary = "Form a team of a community with its leader and members")
    ResponseEntity<TeamView> createTeam(@RequestBody NewTeam body) {
        TeamView team = volunteering.createTeam(body);
        return ResponseEntity.created(URI.create("/api/v1/engagement/teams/" + team.id()))
                .body(team);
    }

    @GetMapping("/teams")
    @Operation(summary = "Teams of the caller's area as published to residents (phones masked)")
    List<TeamView> teams(@RequestParam(required = false) String community) {
        return volunteering.teams(community);
    }

    @PostMapping("/activities")
    @Operation(summary = "Publish an activity: team, community, title, startsAt, endsAt, place, capacity")
    ResponseEntity<ActivityView> createActivity(@RequestBody NewActivity body) {
        ActivityView activity = volunteering.createActivity(body);
        return ResponseEntity.created(URI.create("/api/v1/engagement/activities/" + activity.id()))
                .body(activity);
    }

    @GetMapping("/activities")
    @Operation(summary = "Activities of the caller's area, newest first; upcoming=true for those not yet over")
    List<ActivityView> activities(
            @RequestParam(required = false) String community, @RequestParam(defaultValue = "false") boolean upcoming) {
        return volunteering.activities(community, upcoming);
    }

    @GetMapping("/activities/{id}")
    @Operation(summary = "One activity; 404 outside the caller's area")
    ActivityView activity(@PathVariable long id) {
        return volunteering.activity(id);
    }

    @PostMapping("/activities/{id}/signups")
    @Operation(summary = "Sign a member up (the caller themself when member is absent); 409 when full or over")
    ActivityView signUp(@PathVariable long id, @RequestBody(required = false) Member body) {
        return volunteering.signUp(id, body == null ? null : body.member());
    }

    @PostMapping("/activities/{id}/checkins")
    @Operation(
            summary =
                    "Check a signed-up member in at the activity (time and place); the first check-in earns the hours",
            description =
                    "A retry with the same Idempotency-Key, or a second check-in of the member, returns the first check-in with `replayed: true` and awards nothing.")
    CheckInView checkIn(
            @PathVariable long id,
            @RequestBody(required = false) CheckIn body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return volunteering.checkIn(
                id, body == null ? null : body.member(), body == null ? null : body.at(), idempotencyKey);
    }

    @GetMapping("/points")
    @Operation(summary = "A member's points: total, stars and every entry with its rule and source")
    PointsView points(@RequestParam(required = false) Long member) {
        if (member == null) throw new InvalidValue("member", "required", "须指定党员", "member is required");
        return points.points(member);
    }

    @PostMapping("/points")
    @Operation(
            summary = "Award a learning session, manual award or deduction; the caller is the approver",
            description =
                    "`source` is `learning:…` or `manual:…`; logins, sign-ins, online time, reading and forwarding are never a source.")
    PointsView award(@RequestBody NewAward body) {
        return points.award(body);
    }

    @PostMapping("/points/{id}/reversal")
    @Operation(summary = "Correct an entry by a reversing entry with a reason; 409 when already corrected")
    PointsView reverse(@PathVariable long id, @RequestBody Reason body) {
        return points.reverse(id, body == null ? null : body.reason());
    }

    @GetMapping("/rankings")
    @Operation(summary = "Groups of a division ranked by points: by=COMMUNITY|BRANCH|EMPLOYER; this year by default")
    List<RankingRow> rankings(
            @RequestParam(required = false) String division,
            @RequestParam(required = false) Rankings by,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        return points.rankings(division, by, from, to);
    }

    @GetMapping("/figures")
    @Operation(summary = "Registered members, service hours, points, stars and teams below minimum of a division")
    EngagementFigures figures(
            @RequestParam(required = false) String division,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        return points.figures(division, from, to);
    }

    @GetMapping("/point-rules")
    @Operation(summary = "The point rules of a county (6-digit code)")
    PointRules rules(@RequestParam(required = false) String county) {
        return points.rules(county);
    }

    @PutMapping("/point-rules")
    @Operation(summary = "Set the point rules of a county; its administrators and those above")
    PointRules setRules(@RequestParam(required = false) String county, @RequestBody PointRules body) {
        return points.setRules(county, body);
    }

    @GetMapping("/members/{id}/report")
    @Operation(
            summary = "双报告: a member's service record as xlsx or a printable html page; audited",
            description =
                    "Read by the member, staff over the member's area, and the employer unit's logins for their own members only.")
    ResponseEntity<byte[]> report(
            @PathVariable long id,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "xlsx") String format) {
        ServiceRecords.Format chosen = switch (format.toLowerCase(Locale.ROOT)) {
            case "xlsx" -> ServiceRecords.Format.XLSX;
            case "html" -> ServiceRecords.Format.HTML;
            default -> throw new InvalidValue("format", "format", "格式须为 xlsx 或 html", "format must be xlsx or html");
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        records.write(id, from, to, chosen, out);
        return chosen == ServiceRecords.Format.HTML
                ? ResponseEntity.ok()
                        .contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                        .body(out.toByteArray())
                : ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                        .header("Content-Disposition", "attachment; filename=\"service-record-" + id + ".xlsx\"")
                        .body(out.toByteArray());
    }
}
