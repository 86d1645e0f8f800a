package org.redgrid.engagement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.redgrid.engagement.internal.Activities;
import org.redgrid.engagement.internal.Awards;
import org.redgrid.engagement.internal.Members;
import org.redgrid.engagement.internal.Places;
import org.redgrid.engagement.internal.Teams;
import org.redgrid.shared.Actor;
import org.redgrid.shared.AuditRecord;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 双服务: teams (服务队) and their activities, sign-up and check-in. A check-in records being at an
 * activity (time and place), once per member; the first one earns the activity's hours in points.
 */
@Service
@Transactional(readOnly = true)
public class Volunteering {

    /** How early before the start and how late after the end a check-in is taken. */
    static final Duration CHECK_IN_MARGIN = Duration.ofHours(1);

    private static final Duration LONGEST_ACTIVITY = Duration.ofHours(12);

    private final Members members;
    private final Teams teams;
    private final Activities activities;
    private final Awards awards;
    private final Engagement engagement;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Volunteering(
            Members members,
            Teams teams,
            Activities activities,
            Awards awards,
            Engagement engagement,
            ApplicationEventPublisher events,
            Clock clock) {
        this.members = members;
        this.teams = teams;
        this.activities = activities;
        this.awards = awards;
        this.engagement = engagement;
        this.events = events;
        this.clock = clock;
    }

    // Teams

    /** A team of a community with its leader and members, published to the residents of the area. */
    @Transactional
    public TeamView createTeam(NewTeam command) {
        Actor actor = CurrentActor.require();
        String community = Places.community("community", command.community());
        if (!EngagementGuards.mayOrganise(actor, community)) {
            throw new Forbidden("只有社区及以上工作人员可以组建服务队", "only community staff and above form teams");
        }
        String name = Text.required("name", command.name(), 100);
        if (command.kind() == null) throw new InvalidValue("kind", "required", "须指定服务队类型", "kind is required");
        int minimum = new MonthlyMinimum(command.monthlyMinimum() == null ? 1 : command.monthlyMinimum()).activities();
        List<Long> roster = command.members() == null ? List.of() : command.members();
        if (roster.size() > 200) throw new InvalidValue("members", "team.size", "服务队最多 200 人", "at most 200 members");
        long id = teams.insert(
                        name,
                        command.kind(),
                        community,
                        Text.optional("duties", command.duties(), 500),
                        minimum,
                        actor.username(),
                        clock.instant())
                .orElseThrow(() -> new Conflict("team.exists", "该社区已有同名服务队", "the community has a team of that name"));
        if (command.leader() != null) teams.addMember(id, teamMember("leader", command.leader(), community), true);
        for (Long person : roster) teams.addMember(id, teamMember("members", person, community), false);
        events.publishEvent(new AuditRecord("TEAM_CREATED", "team", Long.toString(id), community, name));
        return teams.find(actor.scope(), id).orElseThrow(() -> new NotFound("team", id));
    }

    private long teamMember(String field, Long person, String community) {
        if (person == null || !members.belongsTo(person, community)) {
            throw new InvalidValue(
                    field, "team.member", "队员须为本社区居民或已报到党员", "members live in or are registered at the community");
        }
        return person;
    }

    /** Teams of the actor's area; a resident sees those of their own community, phones masked. */
    /** One team, seen as the list shows it (a resident sees their own community's teams). */
    public TeamView team(long id) {
        return teams.find(CurrentActor.require().scope(), id).orElseThrow(() -> new NotFound("team", id));
    }

    public List<TeamView> teams(String community) {
        String code = community == null || community.isBlank() ? null : Places.community("community", community);
        return teams.visible(CurrentActor.require().scope(), code);
    }

    // Activities

    @Transactional
    public ActivityView createActivity(NewActivity command) {
        Actor actor = CurrentActor.require();
        String community = Places.community("community", command.community());
        if (!EngagementGuards.mayOrganise(actor, community)) {
            throw new Forbidden("只有社区及以上工作人员可以发布活动", "only community staff and above publish activities");
        }
        if (command.team() != null
                && teams.find(actor.scope(), command.team())
                        .filter(team -> team.community().equals(community))
                        .isEmpty()) {
            throw new InvalidValue("team", "activity.team", "服务队须属于该社区", "the team must belong to the community");
        }
        String title = Text.required("title", command.title(), 200);
        String place = Text.required("place", command.place(), 200);
        if (command.startsAt() == null)
            throw new InvalidValue("startsAt", "required", "须填写开始时间", "startsAt is required");
        if (command.endsAt() == null) throw new InvalidValue("endsAt", "required", "须填写结束时间", "endsAt is required");
        Instant now = clock.instant();
        if (command.startsAt().isBefore(now.minus(Duration.ofDays(366)))
                || command.startsAt().isAfter(now.plus(Duration.ofDays(366)))) {
            throw new InvalidValue(
                    "startsAt", "activity.start", "开始时间须在一年之内", "an activity starts within a year of today");
        }
        Duration length = Duration.between(command.startsAt(), command.endsAt());
        if (length.isNegative() || length.isZero() || length.compareTo(LONGEST_ACTIVITY) > 0) {
            throw new InvalidValue(
                    "endsAt",
                    "activity.length",
                    "结束时间须在开始后 12 小时内",
                    "an activity ends after it starts, within 12 hours");
        }
        if (command.capacity() == null || command.capacity() < 1 || command.capacity() > 10_000) {
            throw new InvalidValue(
                    "capacity", "activity.capacity", "人数上限须在 1 到 10000 之间", "capacity must be 1 to 10000");
        }
        long id = activities.insert(command, community, title, place, actor.username(), clock.instant());
        events.publishEvent(new AuditRecord("ACTIVITY_CREATED", "activity", Long.toString(id), community, title));
        return activity(id);
    }

    public ActivityView activity(long id) {
        return activities
                .find(CurrentActor.require().scope(), myPerson(), id)
                .orElseThrow(() -> new NotFound("activity", id));
    }

    /** Activities of the actor's area (those not yet over when {@code upcoming}), newest first. */
    public List<ActivityView> activities(String community, boolean upcoming) {
        String code = community == null || community.isBlank() ? null : Places.community("community", community);
        return activities.visible(CurrentActor.require().scope(), myPerson(), code, upcoming ? clock.instant() : null);
    }

    /** Signs a member up while there is room and (for members) the activity is not over; a repeat changes nothing. */
    @Transactional
    public ActivityView signUp(long id, Long member) {
        Actor actor = CurrentActor.require();
        MemberView who = actingFor(actor, member);
        ActivityView activity = activity(id);
        // Staff may record a sign-up afterwards, with the attendance they took on paper.
        if (!activity.endsAt().isAfter(clock.instant()) && !EngagementGuards.mayOrganise(actor, activity.community())) {
            throw new Conflict("activity.over", "活动已结束", "the activity is over");
        }
        activities.lock(id);
        if (activities.signedUp(id, who.person())) return activity(id);
        if (activity(id).signedUp() >= activity.capacity()) {
            throw new Conflict("activity.full", "报名人数已满", "the activity is full");
        }
        activities.signUp(id, who.person(), actor.username(), clock.instant());
        events.publishEvent(new AuditRecord(
                "ACTIVITY_SIGNED_UP", "activity", Long.toString(id), activity.community(), "member " + who.person()));
        return activity(id);
    }

    /**
     * Records a signed-up member at the activity. A retry with the same Idempotency-Key, or a second
     * check-in of the member, answers with the first one and awards nothing.
     */
    @Transactional
    public CheckInView checkIn(long id, Long member, Instant at, String idempotencyKey) {
        Actor actor = CurrentActor.require();
        String key = idempotencyKey == null ? null : idempotencyKey.strip();
        if (key != null && (key.isEmpty() || key.length() > 100)) {
            throw new InvalidValue(
                    "Idempotency-Key",
                    "idempotency-key.length",
                    "Idempotency-Key 须为 1–100 个字符",
                    "Idempotency-Key must be 1–100 characters");
        }
        MemberView who = actingFor(actor, member);
        ActivityView activity = activity(id);
        Optional<CheckInView> earlier = activities.earlier(actor.username(), key, id, who.person());
        if (earlier.isPresent()) return earlier.get();
        Instant when = at == null ? clock.instant() : at;
        if (when.isBefore(activity.startsAt().minus(CHECK_IN_MARGIN))
                || when.isAfter(activity.endsAt().plus(CHECK_IN_MARGIN))
                || when.isAfter(clock.instant().plus(Duration.ofMinutes(5)))) {
            throw new InvalidValue("at", "checkin.time", "签到时间须在活动时间内", "a check-in falls within the activity's time");
        }
        if (!activities.signedUp(id, who.person())) {
            throw new Conflict("checkin.signup", "须先报名再签到", "sign up before checking in");
        }
        int minutes =
                (int) Duration.between(activity.startsAt(), activity.endsAt()).toMinutes();
        Optional<Long> created =
                activities.checkIn(id, who.person(), when, activity.place(), minutes, actor.username(), key);
        if (created.isEmpty()) {
            // A concurrent request with the same key or for the same member committed first.
            return activities.earlier(actor.username(), key, id, who.person()).orElseThrow();
        }
        events.publishEvent(new AuditRecord(
                "ACTIVITY_CHECKED_IN", "activity", Long.toString(id), activity.community(), "member " + who.person()));
        PointSource source = PointSource.checkIn(created.get());
        Awards.Added added = awards.award(
                who.person(),
                (rules, earned) -> PointAward.forService(rules, source, minutes, earned),
                activity.title(),
                when);
        return new CheckInView(created.get(), id, who.person(), when, activity.place(), minutes, added.points(), false);
    }

    /** The member a sign-up or check-in is for: the actor themself unless staff name someone in scope. */
    private MemberView actingFor(Actor actor, Long member) {
        Optional<MemberView> me = engagement.me();
        if (member == null) {
            return me.orElseThrow(() -> new InvalidValue("member", "required", "须指定党员或志愿者", "member is required"));
        }
        MemberView who = members.find(member)
                .orElseThrow(() -> new InvalidValue("member", "member.exists", "人员未关联", "no such member"));
        if (!EngagementGuards.mayActFor(actor, me.map(MemberView::person).orElse(null), who.person(), who.gridCode())) {
            throw new InvalidValue("member", "member.exists", "人员未关联", "no such member");
        }
        return who;
    }

    private Long myPerson() {
        return engagement.me().map(MemberView::person).orElse(null);
    }
}
