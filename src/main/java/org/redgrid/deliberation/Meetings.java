package org.redgrid.deliberation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The API bodies of meetings (现场议). */
public final class Meetings {

    private Meetings() {}

    /** The rule a meeting asks for; what it leaves out comes from its type's default. */
    public record RuleChoice(BigDecimal quorum, MajorityRule.Base base, MajorityRule.Threshold threshold) {}

    /**
     * A meeting to schedule. {@code invitees}: usernames, {@code ROLE:<role>} for the officials of that
     * role over the community (e.g. ROLE:STREET_STAFF, the town's leaders) or {@code UNIT:<credit code>}.
     */
    public record NewMeeting(
            MeetingType type,
            String community,
            String title,
            Instant startsAt,
            String place,
            List<Long> topicIds,
            RuleChoice rule,
            List<String> invitees) {}

    /** Sign-in: voters present (usernames or person ids) and, optionally, those entitled but absent. */
    public record Attendance(List<String> voters, List<String> absent) {}

    /** One speaker's opinion (发言), or the minutes when {@code speaker} is absent. */
    public record Opinion(String speaker, String text) {}

    public record Attendee(String voter, String name, boolean present) {}

    public record OpinionView(String speaker, String text, Instant at) {}

    /** The whole meeting in one view: topic → discussion → vote → tasks → outcome → rating. */
    public record MeetingView(
            long id,
            MeetingType type,
            String typeName,
            String community,
            String title,
            Instant startsAt,
            String place,
            MajorityRule rule,
            Entitlement entitlement,
            String organiser,
            String minutes,
            List<Topics.TopicView> agenda,
            List<String> invitees,
            List<Attendee> roll,
            List<OpinionView> opinions,
            List<Motions.MotionView> motions) {

        public long present() {
            return roll.stream().filter(Attendee::present).count();
        }
    }

    /** A line of a meeting list. */
    public record MeetingLine(
            long id, MeetingType type, String community, String title, Instant startsAt, String place) {}
}
