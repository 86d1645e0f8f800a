package org.redgrid.deliberation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.redgrid.deliberation.Meetings.Attendance;
import org.redgrid.deliberation.Meetings.MeetingLine;
import org.redgrid.deliberation.Meetings.MeetingView;
import org.redgrid.deliberation.Meetings.NewMeeting;
import org.redgrid.deliberation.Meetings.Opinion;
import org.redgrid.deliberation.Meetings.RuleChoice;
import org.redgrid.deliberation.Topics.NewTopic;
import org.redgrid.deliberation.Topics.TopicView;
import org.redgrid.deliberation.internal.CaseTopics;
import org.redgrid.deliberation.internal.MeetingRecords;
import org.redgrid.deliberation.internal.MeetingRecords.Meeting;
import org.redgrid.deliberation.internal.MeetingRecords.RollEntry;
import org.redgrid.deliberation.internal.MeetingViews;
import org.redgrid.deliberation.internal.TopicRecords;
import org.redgrid.deliberation.internal.Voters;
import org.redgrid.shared.Actor;
import org.redgrid.shared.AuditRecord;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.DivisionCode;
import org.redgrid.shared.DivisionLevel;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 协商议事, first half: topics gathered and supported (定主题), meetings scheduled with their invitees, roll
 * and record (现场议). Votes and what follows are {@link Resolutions}. Who may do what is
 * {@link Participation}; every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class Deliberation {

    private final TopicRecords topics;
    private final MeetingRecords meetings;
    private final MeetingViews views;
    private final Voters voters;
    private final CaseTopics caseTopics;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Deliberation(
            TopicRecords topics,
            MeetingRecords meetings,
            MeetingViews views,
            Voters voters,
            CaseTopics caseTopics,
            ApplicationEventPublisher events,
            Clock clock) {
        this.topics = topics;
        this.meetings = meetings;
        this.views = views;
        this.voters = voters;
        this.caseTopics = caseTopics;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Topics.Created propose(NewTopic body) {
        Actor actor = CurrentActor.require();
        String community = community(body.community());
        if (!Participation.mayPropose(actor, community)) throw new NotFound("community", community);
        String title = Text.required("title", body.title(), 200);
        String description = Text.required("description", body.description(), 2000);
        List<Long> caseIds = body.caseIds() == null ? List.of() : body.caseIds();
        TopicChannel channel = body.channel() != null ? body.channel() : TopicChannel.ONLINE;
        String fromCases = null;
        if (!caseIds.isEmpty() || channel == TopicChannel.CASES) {
            fromCases = caseTopics.numbers(actor, community, caseIds);
            channel = TopicChannel.CASES;
        }
        long id = topics.insert(community, title, description, channel, actor.username(), fromCases, clock.instant());
        events.publishEvent(new AuditRecord("DELIB_TOPIC_PROPOSED", "topic", String.valueOf(id), community, title));
        return new Topics.Created(id, TopicStatus.OPEN);
    }

    /** Where one category keeps coming from one grid of the community (staff only). */
    public List<Topics.Suggestion> suggestions(String community) {
        return caseTopics.suggestions(CurrentActor.require(), community(community));
    }

    public List<TopicView> topics(String community) {
        Actor actor = CurrentActor.require();
        return topics.list(actor.scope(), community == null || community.isBlank() ? null : community(community));
    }

    public TopicView topic(long id) {
        return topics.find(CurrentActor.require().scope(), id).orElseThrow(() -> new NotFound("topic", id));
    }

    /** 支持: one supporter once; a repeated support changes nothing. */
    @Transactional
    public TopicView support(long id) {
        Actor actor = CurrentActor.require();
        TopicView topic = topic(id);
        if (!Participation.mayPropose(actor, topic.community())) {
            throw new Forbidden("只有本社区居民和工作人员可以支持议题", "only people of the community support its topics");
        }
        if (topic.status() == TopicStatus.MERGED) {
            throw new org.redgrid.shared.Conflict("topic.merged", "议题已合并，请支持合并后的议题", "the topic was merged");
        }
        if (topics.support(id, actor.username(), clock.instant())) {
            events.publishEvent(
                    new AuditRecord("DELIB_TOPIC_SUPPORTED", "topic", String.valueOf(id), topic.community(), null));
        }
        return topic(id);
    }

    /** Merges a duplicate into another topic of the same community; its supporters follow. */
    @Transactional
    public TopicView merge(long id, Topics.Merge body) {
        Actor actor = CurrentActor.require();
        TopicView duplicate = topic(id);
        if (body == null || body.into() == null)
            throw new InvalidValue("into", "required", "须指定合并到的议题", "into is required");
        TopicView into = topic(body.into());
        organiser(actor, duplicate.community());
        if (into.id() == duplicate.id()
                || !into.community().equals(duplicate.community())
                || into.status() == TopicStatus.MERGED) {
            throw new InvalidValue(
                    "into", "topic.merge", "只能合并到同一社区的另一个议题", "merge into another topic of the community");
        }
        topics.merge(id, into.id());
        events.publishEvent(new AuditRecord(
                "DELIB_TOPIC_MERGED", "topic", String.valueOf(id), duplicate.community(), "into " + into.id()));
        return topic(into.id());
    }

    @Transactional
    public MeetingView schedule(NewMeeting body) {
        Actor actor = CurrentActor.require();
        if (body.type() == null) throw new InvalidValue("type", "required", "须指定会议类型", "type is required");
        String community = community(body.community());
        organiser(actor, community);
        String title = Text.required("title", body.title(), 200);
        String place = Text.required("place", body.place(), 200);
        if (body.startsAt() == null) throw new InvalidValue("startsAt", "required", "须指定会议时间", "startsAt is required");
        Instants.check("startsAt", body.startsAt());
        MajorityRule rule = rule(body.type(), body.rule());
        List<TopicView> agenda = new ArrayList<>();
        for (Long topicId : body.topicIds() == null ? List.<Long>of() : body.topicIds()) {
            TopicView topic = topics.find(actor.scope(), topicId == null ? -1 : topicId)
                    .filter(t -> t.community().equals(community) && t.status() != TopicStatus.MERGED)
                    .orElseThrow(() -> new InvalidValue(
                            "topicIds",
                            "topic.community",
                            "议题不属于该社区或已合并",
                            "a topic is not an open topic of the community"));
            agenda.add(topic);
        }
        List<String> invitees = body.invitees() == null ? List.of() : body.invitees();
        if (invitees.size() > 50) throw new InvalidValue("invitees", "size", "最多邀请 50 项", "at most 50 invitees");
        Set<String> recipients = voters.recipients(invitees, community);
        Instant now = clock.instant();
        long id = meetings.insert(body.type(), community, title, body.startsAt(), place, rule, actor.username(), now);
        for (int i = 0; i < agenda.size(); i++) {
            meetings.addToAgenda(id, agenda.get(i).id(), i);
            topics.setStatus(agenda.get(i).id(), TopicStatus.ON_AGENDA);
        }
        invitees.forEach(invitee -> meetings.invite(id, invitee.trim()));
        events.publishEvent(
                new AuditRecord("DELIB_MEETING_SCHEDULED", "meeting", String.valueOf(id), community, title));
        events.publishEvent(new MeetingScheduled(
                id, community, title, body.type().nameZh(), body.startsAt(), place, List.copyOf(recipients)));
        return meeting(id);
    }

    private static MajorityRule rule(MeetingType type, RuleChoice choice) {
        MajorityRule fallback = type.defaultRule();
        if (choice == null) return fallback;
        return new MajorityRule(
                choice.quorum() != null ? choice.quorum() : fallback.quorum(),
                choice.base() != null ? choice.base() : fallback.base(),
                choice.threshold() != null ? choice.threshold() : fallback.threshold());
    }

    public List<MeetingLine> meetings(String community) {
        return meetings.list(
                CurrentActor.require().scope(), community == null || community.isBlank() ? null : community(community));
    }

    public MeetingView meeting(long id) {
        return views.of(find(id));
    }

    /**
     * 签到: puts voters on the roll as present (and the entitled absent as absent). Every voter is checked
     * against the meeting type's {@link Entitlement} first; one refused voter changes nothing.
     */
    @Transactional
    public MeetingView attend(long id, Attendance body) {
        Actor actor = CurrentActor.require();
        Meeting meeting = find(id);
        organiser(actor, meeting.community());
        if (body == null
                || body.voters() == null
                || body.voters().isEmpty()
                || body.voters().size() > 500) {
            throw new InvalidValue("voters", "size", "须列出 1–500 名到会人员", "list 1 to 500 voters present");
        }
        List<RollEntry> entries = new ArrayList<>();
        for (String raw : body.voters()) entries.add(entry(meeting, "voters", raw, true));
        for (String raw : body.absent() == null ? List.<String>of() : body.absent()) {
            entries.add(entry(meeting, "absent", raw, false));
        }
        Instant now = clock.instant();
        for (RollEntry entry : entries) {
            if (meetings.ballotTakenByAnother(id, entry)
                    || entries.stream()
                            .anyMatch(e -> e.ballot().equals(entry.ballot())
                                    && !e.voter().equals(entry.voter()))) {
                throw new InvalidValue(
                        "voters",
                        "entitlement.one-ballot",
                        "同一户（单位）只有一票：" + entry.name(),
                        "one vote per household or unit");
            }
        }
        entries.forEach(entry -> meetings.enrol(id, entry, now));
        events.publishEvent(new AuditRecord(
                "DELIB_ATTENDANCE",
                "meeting",
                String.valueOf(id),
                meeting.community(),
                entries.size() + " on the roll"));
        return meeting(id);
    }

    /** The roll entry of a voter the meeting's entitlement admits; anyone else is refused naming the field. */
    RollEntry entry(Meeting meeting, String field, String raw, boolean present) {
        Voter voter = voters.resolve(field, raw);
        Entitlement entitlement = meeting.type().entitlement();
        if (!entitlement.admits(voter, meeting.community())) {
            throw new InvalidValue(
                    field,
                    "entitlement",
                    voter.name() + " 无表决资格（" + entitlement.nameZh() + "）",
                    voter.key() + " is not entitled to vote at this meeting");
        }
        return new RollEntry(voter.key(), voter.name(), entitlement.ballotOf(voter), present);
    }

    /** Records a speaker's opinion, or the minutes (纪要) when no speaker is named. */
    @Transactional
    public MeetingView record(long id, Opinion body) {
        Actor actor = CurrentActor.require();
        Meeting meeting = find(id);
        organiser(actor, meeting.community());
        if (body == null) throw new InvalidValue("text", "required", "text 不能为空", "text is required");
        String speaker = Text.optional("speaker", body.speaker(), 100);
        if (speaker == null) {
            meetings.recordMinutes(id, Text.required("text", body.text(), 8000));
        } else {
            meetings.recordOpinion(
                    id, speaker, Text.required("text", body.text(), 2000), actor.username(), clock.instant());
        }
        events.publishEvent(new AuditRecord(
                speaker == null ? "DELIB_MINUTES" : "DELIB_OPINION",
                "meeting",
                String.valueOf(id),
                meeting.community(),
                speaker));
        return meeting(id);
    }

    /** The meeting if the actor may see it; 404 otherwise. */
    Meeting find(long id) {
        return meetings.find(CurrentActor.require().scope(), id).orElseThrow(() -> new NotFound("meeting", id));
    }

    static void organiser(Actor actor, String community) {
        if (!Participation.mayOrganise(actor, community)) {
            throw new Forbidden("只有该社区或其上级的工作人员可以组织议事", "only staff over the community organise its deliberation");
        }
    }

    private static String community(String raw) {
        DivisionCode code = DivisionCode.parse("community", raw);
        if (code.level() != DivisionLevel.VILLAGE) {
            throw new InvalidValue(
                    "community", "community.level", "须为社区（嘎查村）区划编码", "community must be a community's code");
        }
        return code.value();
    }
}
