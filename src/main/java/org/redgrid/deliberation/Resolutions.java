package org.redgrid.deliberation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.redgrid.casework.CaseView;
import org.redgrid.casework.Casework;
import org.redgrid.casework.ResolutionTask;
import org.redgrid.deliberation.Motions.EvaluationView;
import org.redgrid.deliberation.Motions.MotionView;
import org.redgrid.deliberation.Motions.NewEvaluation;
import org.redgrid.deliberation.Motions.NewMotion;
import org.redgrid.deliberation.Motions.NewTask;
import org.redgrid.deliberation.Motions.NewVote;
import org.redgrid.deliberation.Motions.Result;
import org.redgrid.deliberation.Motions.VoteView;
import org.redgrid.deliberation.internal.Claimants;
import org.redgrid.deliberation.internal.DeliberationCounts;
import org.redgrid.deliberation.internal.MeetingRecords;
import org.redgrid.deliberation.internal.MeetingRecords.Meeting;
import org.redgrid.deliberation.internal.MeetingRecords.RollEntry;
import org.redgrid.deliberation.internal.MeetingViews;
import org.redgrid.deliberation.internal.MotionRecords;
import org.redgrid.deliberation.internal.MotionRecords.Motion;
import org.redgrid.deliberation.internal.ResolutionRecords;
import org.redgrid.deliberation.internal.TopicRecords;
import org.redgrid.deliberation.internal.Voters;
import org.redgrid.shared.Actor;
import org.redgrid.shared.AuditRecord;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.DateBounds;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 协商议事, second half: motions and their votes, the published count, passed resolutions turned into
 * 议定事项 (分级办) with their progress, the rating afterwards (事后评) and the figures streets and the
 * scoring read. Every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class Resolutions {

    /** 公示: a published result stays open to objections this long. */
    public static final Duration OBJECTION_PERIOD = Duration.ofDays(7);

    private static final ZoneId LOCAL = ZoneId.of("Asia/Shanghai");

    private final Deliberation deliberation;
    private final MeetingRecords meetings;
    private final MotionRecords motions;
    private final TopicRecords topics;
    private final ResolutionRecords resolutions;
    private final MeetingViews views;
    private final Claimants claimants;
    private final DeliberationCounts counts;
    private final Casework casework;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @SuppressWarnings("java:S107") // a coordinator names each part it coordinates
    Resolutions(
            Deliberation deliberation,
            MeetingRecords meetings,
            MotionRecords motions,
            TopicRecords topics,
            ResolutionRecords resolutions,
            MeetingViews views,
            Claimants claimants,
            DeliberationCounts counts,
            Casework casework,
            ApplicationEventPublisher events,
            Clock clock) {
        this.deliberation = deliberation;
        this.meetings = meetings;
        this.motions = motions;
        this.topics = topics;
        this.resolutions = resolutions;
        this.views = views;
        this.claimants = claimants;
        this.counts = counts;
        this.casework = casework;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Motions.Created propose(long meetingId, NewMotion body) {
        Actor actor = CurrentActor.require();
        Meeting meeting = deliberation.find(meetingId);
        Deliberation.organiser(actor, meeting.community());
        if (body == null) throw new InvalidValue("text", "required", "text 不能为空", "text is required");
        String text = Text.required("text", body.text(), 1000);
        if (body.topicId() != null && topics.agenda(meetingId).stream().noneMatch(t -> t.id() == body.topicId())) {
            throw new InvalidValue(
                    "topicId", "topic.agenda", "议题不在本次会议议程上", "the topic is not on the meeting's agenda");
        }
        VotingWindow window = VotingWindow.of(body.opensAt(), body.closesAt(), clock.instant());
        long id = motions.insert(meetingId, body.topicId(), text, window);
        events.publishEvent(new AuditRecord("DELIB_MOTION", "motion", String.valueOf(id), meeting.community(), text));
        return new Motions.Created(id);
    }

    public MotionView motion(long id) {
        return views.of(find(id));
    }

    /**
     * A vote. A voter voting for themselves does so in the motion's {@link VotingWindow} and must be
     * entitled (signing in by voting); the secretary enters the votes of voters on the roll (举手表决).
     * A repeated vote changes nothing: the first choice stands.
     */
    @Transactional
    public VoteView vote(long motionId, NewVote body) {
        Actor actor = CurrentActor.require();
        Motion motion = find(motionId);
        Meeting meeting = deliberation.find(motion.meetingId());
        if (motion.outcome() != null) throw new Conflict("motion.closed", "表决已结束", "the vote is closed");
        if (body == null || body.choice() == null)
            throw new InvalidValue("choice", "required", "须选择同意、反对或弃权", "choice is required");
        String given = Text.required("voter", body.voter(), 64);
        Instant now = clock.instant();
        RollEntry entry;
        if (given.equals(actor.username())) {
            if (!motion.window().isOpenAt(now)) throw new Conflict("vote.window", "不在投票时间内", "voting is not open");
            Voter voter = Voters.ofActor(actor);
            Entitlement entitlement = meeting.type().entitlement();
            if (!entitlement.admits(voter, meeting.community())) {
                throw new Forbidden("您没有本次会议的表决资格", "you are not entitled to vote at this meeting");
            }
            entry = new RollEntry(voter.key(), voter.name(), entitlement.ballotOf(voter), true);
            if (meetings.ballotTakenByAnother(meeting.id(), entry)) {
                throw new Conflict("entitlement.one-ballot", "您家（单位）已有人表决", "your household or unit already votes");
            }
        } else {
            Deliberation.organiser(actor, meeting.community());
            entry = deliberation.entry(meeting, "voter", given, true);
            String key = entry.voter();
            if (meetings.roll(meeting.id()).stream().noneMatch(e -> e.voter().equals(key))) {
                throw new InvalidValue("voter", "roll", "表决人不在本次会议的签到名单上", "the voter is not on the meeting's roll");
            }
        }
        meetings.enrol(meeting.id(), entry, now);
        Optional<Choice> before = motions.voteOf(motionId, entry.voter());
        Choice stored = motions.vote(motionId, entry.voter(), body.choice(), actor.username(), now);
        if (before.isEmpty()) {
            events.publishEvent(new AuditRecord(
                    "DELIB_VOTE", "motion", String.valueOf(motionId), meeting.community(), entry.voter()));
        }
        return new VoteView(motionId, entry.voter(), stored, before.isPresent());
    }

    /** Counts the votes under the meeting's {@link MajorityRule} and publishes the result (公示). */
    @Transactional
    public Result close(long motionId) {
        Actor actor = CurrentActor.require();
        Motion motion = find(motionId);
        Meeting meeting = deliberation.find(motion.meetingId());
        Deliberation.organiser(actor, meeting.community());
        Instant now = clock.instant();
        Tally tally = motions.tally(motionId, meeting.id());
        MajorityRule.Outcome outcome = meeting.rule().decide(tally);
        Result result = new Result(
                outcome.passed(),
                outcome,
                tally.inFavour(),
                tally.against(),
                tally.abstain(),
                tally.entitled(),
                tally.present(),
                now.plus(OBJECTION_PERIOD));
        if (!motions.close(motionId, result, now)) throw new Conflict("motion.closed", "表决已结束", "the vote is closed");
        if (motion.topicId() != null) topics.setStatus(motion.topicId(), TopicStatus.DECIDED);
        events.publishEvent(new AuditRecord(
                "DELIB_MOTION_CLOSED", "motion", String.valueOf(motionId), meeting.community(), outcome.name()));
        return result;
    }

    /** 分级办: a passed resolution becomes a 议定事项 in the case engine, claimed and with a deadline. */
    @Transactional
    public CaseView addTask(long motionId, NewTask body) {
        Actor actor = CurrentActor.require();
        Motion motion = find(motionId);
        Meeting meeting = deliberation.find(motion.meetingId());
        Deliberation.organiser(actor, meeting.community());
        if (motion.outcome() != MajorityRule.Outcome.PASSED) {
            throw new Conflict("motion.not-passed", "只有表决通过的决议才能生成议定事项", "only a passed motion gives tasks");
        }
        if (body == null) throw new InvalidValue("title", "required", "title 不能为空", "title is required");
        String title = Text.required("title", body.title(), 200);
        String description = Text.optional("description", body.description(), 4000);
        DateBounds.check("deadline", body.deadline());
        ResolutionTask.Claimant claimant = claimants.parse(body.claimant(), meeting.community());
        String grid = claimants.gridFor(claimant, meeting.community());
        long taskId = resolutions.nextTaskId();
        Instant now = clock.instant();
        CaseView task = casework.createResolutionTask(new ResolutionTask(
                        "deliberation-" + motionId + "-" + taskId,
                        grid,
                        body.category(),
                        title,
                        description != null ? description : "议定事项：" + motion.text(),
                        null,
                        claimant,
                        body.deadline()))
                .view();
        resolutions.insertTask(
                taskId,
                motionId,
                task.id(),
                task.number(),
                title,
                claimant.kind().name(),
                claimant.reference(),
                body.deadline(),
                task.status(),
                now);
        events.publishEvent(
                new AuditRecord("DELIB_TASK", "motion", String.valueOf(motionId), meeting.community(), task.number()));
        return task;
    }

    /** 事后评: once every task of the resolution is done, attendees and residents rate it once each. */
    @Transactional
    public EvaluationView evaluate(long resolutionId, NewEvaluation body) {
        Actor actor = CurrentActor.require();
        MotionView resolution = motion(resolutionId);
        Meeting meeting = deliberation.find(resolution.meetingId());
        boolean attended =
                meetings.roll(meeting.id()).stream().anyMatch(e -> e.voter().equals(actor.username()));
        if (!Participation.mayRate(actor, meeting.community(), attended)) {
            throw new Forbidden("只有到会人员和本社区居民可以评价", "only attendees and residents of the community rate");
        }
        if (!resolution.done()) {
            throw new Conflict("resolution.not-done", "议定事项办结后才能评价", "rate once every task of the resolution is done");
        }
        if (body == null || body.stars() == null || body.stars() < 1 || body.stars() > 5) {
            throw new InvalidValue("stars", "range", "评分须为 1 到 5 星", "stars must be 1 to 5");
        }
        String comment = Text.optional("comment", body.comment(), 500);
        Instant now = clock.instant();
        if (!resolutions.evaluate(resolutionId, actor.username(), body.stars(), comment, now)) {
            throw new Conflict("evaluation.repeated", "您已评价过该决议", "you have rated this resolution");
        }
        events.publishEvent(new AuditRecord(
                "DELIB_EVALUATION", "motion", String.valueOf(resolutionId), meeting.community(), body.stars() + "★"));
        return new EvaluationView(resolutionId, actor.username(), body.stars(), comment, now);
    }

    /**
     * 公示: while a result is published, attendees and residents of the community may object to it, once
     * each; the objections are counted on the result for the organisers to answer.
     */
    @Transactional
    public Motions.ObjectionView object(long motionId, Motions.NewObjection body) {
        Actor actor = CurrentActor.require();
        Motion motion = find(motionId);
        Meeting meeting = deliberation.find(motion.meetingId());
        boolean attended =
                meetings.roll(meeting.id()).stream().anyMatch(e -> e.voter().equals(actor.username()));
        if (!Participation.mayRate(actor, meeting.community(), attended)) {
            throw new Forbidden("只有到会人员和本社区居民可以提出异议", "only attendees and residents of the community object");
        }
        Instant now = clock.instant();
        if (motion.result() == null || !now.isBefore(motion.result().objectionsUntil())) {
            throw new Conflict("objection.period", "不在公示期内", "the result is not in its objection period");
        }
        String reason = Text.required("reason", body == null ? null : body.reason(), 1000);
        if (!resolutions.object(motionId, actor.username(), reason, now)) {
            throw new Conflict("objection.repeated", "您已对该结果提出过异议", "you have objected to this result");
        }
        events.publishEvent(
                new AuditRecord("DELIB_OBJECTION", "motion", String.valueOf(motionId), meeting.community(), reason));
        return new Motions.ObjectionView(motionId, actor.username(), reason, now);
    }

    /** The current user's own vote on the motion, if they cast one (the page then shows it instead of the buttons). */
    public Optional<Choice> myVote(long motionId) {
        find(motionId);
        return motions.voteOf(motionId, CurrentActor.require().username());
    }

    /** Whether the current user has rated the resolution already (the page then offers no form). */
    public boolean ratedByMe(long resolutionId) {
        String me = CurrentActor.require().username();
        find(resolutionId);
        return resolutions.evaluations(resolutionId).stream()
                .anyMatch(e -> e.rater().equals(me));
    }

    /** Meetings held and resolutions carried out in an area over a period (inclusive local dates). */
    public DeliberationFigures figures(String divisionCode, LocalDate from, LocalDate to) {
        String division = visibleDivision(divisionCode);
        LocalDate[] period = period(from, to);
        return counts
                .byArea(
                        CurrentActor.require().scope(),
                        division,
                        division.length(),
                        period[0],
                        period[1],
                        clock.instant())
                .stream()
                .findFirst()
                .orElse(new DeliberationFigures(division, period[0], period[1], 0, 0, 0, 0, 0, null, 0));
    }

    /** The same figures for each area one level below {@code divisionCode} that held a meeting. */
    public List<DeliberationFigures> breakdown(String divisionCode, LocalDate from, LocalDate to) {
        String division = visibleDivision(divisionCode);
        LocalDate[] period = period(from, to);
        int below = switch (division.length()) {
            case 2 -> 4;
            case 4 -> 6;
            case 6 -> 9;
            default -> 12;
        };
        return counts.byArea(CurrentActor.require().scope(), division, below, period[0], period[1], clock.instant());
    }

    private String visibleDivision(String raw) {
        Actor actor = CurrentActor.require();
        String division = raw == null || raw.isBlank()
                ? actor.scope()
                        .prefix()
                        .substring(0, Math.min(12, actor.scope().prefix().length()))
                : org.redgrid.shared.DivisionCode.parse("division", raw).value();
        if (!actor.scope().sees(division)) throw new NotFound("division", division);
        return division;
    }

    private LocalDate[] period(LocalDate from, LocalDate to) {
        LocalDate end = to != null ? DateBounds.check("to", to) : LocalDate.now(clock.withZone(LOCAL));
        LocalDate start = from != null ? DateBounds.check("from", from) : end.withDayOfYear(1);
        if (start.isAfter(end)) throw new InvalidValue("from", "period", "开始日期不能晚于结束日期", "from lies after to");
        return new LocalDate[] {start, end};
    }

    private Motion find(long id) {
        return motions.find(CurrentActor.require().scope(), id).orElseThrow(() -> new NotFound("motion", id));
    }
}
