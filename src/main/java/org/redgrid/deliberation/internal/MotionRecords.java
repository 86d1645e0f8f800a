package org.redgrid.deliberation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.redgrid.deliberation.Choice;
import org.redgrid.deliberation.MajorityRule;
import org.redgrid.deliberation.Motions.Result;
import org.redgrid.deliberation.Tally;
import org.redgrid.deliberation.VotingWindow;
import org.redgrid.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Motions, their votes (one per voter) and the published count. */
@Component
public class MotionRecords {

    /** A motion's own row; {@code result} once it is closed. */
    public record Motion(
            long id,
            long meetingId,
            Long topicId,
            String text,
            VotingWindow window,
            MajorityRule.Outcome outcome,
            Result result) {}

    private final JdbcClient jdbc;

    MotionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long meetingId, Long topicId, String text, VotingWindow window) {
        return jdbc.sql("""
                        insert into delib_motion (meeting_id, topic_id, text, opens_at, closes_at)
                        values (:m, :topic, :text, :opens, :closes) returning id""")
                .param("m", meetingId)
                .param("topic", topicId, Types.BIGINT)
                .param("text", text)
                .param("opens", Timestamp.from(window.opensAt()))
                .param("closes", Timestamp.from(window.closesAt()))
                .query(Long.class)
                .single();
    }

    /** The motion, if its meeting lies inside the scope. */
    public Optional<Motion> find(DataScope scope, long id) {
        return CommunityScope.bind(
                        jdbc.sql("select v.* from delib_motion v join delib_meeting m on m.id = v.meeting_id"
                                + " where v.id = :id and " + CommunityScope.within("m.community_code")),
                        scope)
                .param("id", id)
                .query(MotionRecords::map)
                .optional();
    }

    public List<Motion> ofMeeting(long meetingId) {
        return jdbc.sql("select * from delib_motion where meeting_id = :m order by id")
                .param("m", meetingId)
                .query(MotionRecords::map)
                .list();
    }

    /** Records a vote once: a repeated vote changes nothing and the first choice stands. */
    public Choice vote(long motionId, String voter, Choice choice, String by, Instant now) {
        jdbc.sql("""
                        insert into delib_vote (motion_id, voter, choice, recorded_by, at)
                        values (:motion, :voter, :choice, :by, :now) on conflict do nothing""")
                .param("motion", motionId)
                .param("voter", voter)
                .param("choice", choice.name())
                .param("by", by)
                .param("now", Timestamp.from(now))
                .update();
        return Choice.valueOf(jdbc.sql("select choice from delib_vote where motion_id = :motion and voter = :voter")
                .param("motion", motionId)
                .param("voter", voter)
                .query(String.class)
                .single());
    }

    public Optional<Choice> voteOf(long motionId, String voter) {
        return jdbc.sql("select choice from delib_vote where motion_id = :motion and voter = :voter")
                .param("motion", motionId)
                .param("voter", voter)
                .query(String.class)
                .optional()
                .map(Choice::valueOf);
    }

    /** The count of the motion's votes against its meeting's roll. */
    public Tally tally(long motionId, long meetingId) {
        return jdbc.sql("""
                        select count(*) filter (where choice = 'FOR'), count(*) filter (where choice = 'AGAINST'),
                               count(*) filter (where choice = 'ABSTAIN'),
                               (select count(*) from delib_roll where meeting_id = :m),
                               (select count(*) from delib_roll where meeting_id = :m and present)
                        from delib_vote where motion_id = :motion""")
                .param("motion", motionId)
                .param("m", meetingId)
                .query((rs, n) -> new Tally(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .single();
    }

    /** Closes the motion with its published count; false when it had been closed already. */
    public boolean close(long motionId, Result result, Instant now) {
        return jdbc.sql("""
                        update delib_motion set outcome = :outcome, votes_for = :for, votes_against = :against,
                               votes_abstain = :abstain, entitled = :entitled, present = :present, closed_at = :now,
                               objections_until = :objections
                        where id = :id and outcome is null""")
                        .param("id", motionId)
                        .param("outcome", result.outcome().name())
                        .param("for", result.inFavour())
                        .param("against", result.against())
                        .param("abstain", result.abstain())
                        .param("entitled", result.entitled())
                        .param("present", result.present())
                        .param("now", Timestamp.from(now))
                        .param("objections", Timestamp.from(result.objectionsUntil()))
                        .update()
                > 0;
    }

    static Motion map(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        long topic = rs.getLong("topic_id");
        Result result = outcome == null
                ? null
                : new Result(
                        MajorityRule.Outcome.valueOf(outcome).passed(),
                        MajorityRule.Outcome.valueOf(outcome),
                        rs.getInt("votes_for"),
                        rs.getInt("votes_against"),
                        rs.getInt("votes_abstain"),
                        rs.getInt("entitled"),
                        rs.getInt("present"),
                        rs.getTimestamp("objections_until").toInstant());
        return new Motion(
                rs.getLong("id"),
                rs.getLong("meeting_id"),
                topic == 0 ? null : topic,
                rs.getString("text"),
                new VotingWindow(
                        rs.getTimestamp("opens_at").toInstant(),
                        rs.getTimestamp("closes_at").toInstant()),
                outcome == null ? null : MajorityRule.Outcome.valueOf(outcome),
                result);
    }
}
