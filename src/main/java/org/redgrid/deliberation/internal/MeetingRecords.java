package org.redgrid.deliberation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.redgrid.deliberation.MajorityRule;
import org.redgrid.deliberation.MeetingType;
import org.redgrid.deliberation.Meetings.Attendee;
import org.redgrid.deliberation.Meetings.MeetingLine;
import org.redgrid.deliberation.Meetings.OpinionView;
import org.redgrid.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Meetings with their agenda, invitees, roll (签到) and record (发言、纪要). */
@Component
public class MeetingRecords {

    /** A meeting's own row. */
    public record Meeting(
            long id,
            MeetingType type,
            String community,
            String title,
            Instant startsAt,
            String place,
            MajorityRule rule,
            String minutes,
            String organiser) {

        public MeetingLine line() {
            return new MeetingLine(id, type, community, title, startsAt, place);
        }
    }

    /** One entry of the roll, with the ballot it stands for. */
    public record RollEntry(String voter, String name, String ballot, boolean present) {}

    private final JdbcClient jdbc;

    MeetingRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(
            MeetingType type,
            String community,
            String title,
            Instant startsAt,
            String place,
            MajorityRule rule,
            String organiser,
            Instant now) {
        return jdbc.sql("""
                        insert into delib_meeting (type, community_code, title, starts_at, place, quorum, base,
                                                   threshold, organiser, created_at)
                        values (:type, :community, :title, :starts, :place, :quorum, :base, :threshold, :organiser,
                                :now)
                        returning id""")
                .param("type", type.name())
                .param("community", community)
                .param("title", title)
                .param("starts", Timestamp.from(startsAt))
                .param("place", place)
                .param("quorum", rule.quorum())
                .param("base", rule.base().name())
                .param("threshold", rule.threshold().name())
                .param("organiser", organiser)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    public void addToAgenda(long meetingId, long topicId, int position) {
        jdbc.sql("insert into delib_agenda (meeting_id, topic_id, position) values (:m, :t, :p) on conflict do nothing")
                .param("m", meetingId)
                .param("t", topicId)
                .param("p", position)
                .update();
    }

    public void invite(long meetingId, String invitee) {
        jdbc.sql("insert into delib_invitee (meeting_id, invitee) values (:m, :i) on conflict do nothing")
                .param("m", meetingId)
                .param("i", invitee)
                .update();
    }

    public List<String> invitees(long meetingId) {
        return jdbc.sql("select invitee from delib_invitee where meeting_id = :m order by invitee")
                .param("m", meetingId)
                .query(String.class)
                .list();
    }

    public Optional<Meeting> find(DataScope scope, long id) {
        return CommunityScope.bind(
                        jdbc.sql("select * from delib_meeting m where m.id = :id and "
                                + CommunityScope.within("m.community_code")),
                        scope)
                .param("id", id)
                .query(MeetingRecords::map)
                .optional();
    }

    /** Meetings of one community, or of every community in scope, latest first. */
    public List<MeetingLine> list(DataScope scope, String community) {
        return CommunityScope.bind(
                        jdbc.sql("select * from delib_meeting m where " + CommunityScope.within("m.community_code")
                                + " and (cast(:community as varchar) is null or m.community_code = :community)"
                                + " order by m.starts_at desc, m.id desc limit 200"),
                        scope)
                .param("community", community, Types.VARCHAR)
                .query(MeetingRecords::map)
                .list()
                .stream()
                .map(Meeting::line)
                .toList();
    }

    public List<RollEntry> roll(long meetingId) {
        return jdbc.sql("select * from delib_roll where meeting_id = :m order by signed_at, voter")
                .param("m", meetingId)
                .query((rs, n) -> new RollEntry(
                        rs.getString("voter"), rs.getString("name"), rs.getString("ballot"), rs.getBoolean("present")))
                .list();
    }

    /**
     * Puts a voter on the roll, or marks one already there present; false when another voter already
     * holds the same ballot (a household or unit votes once).
     */
    public boolean enrol(long meetingId, RollEntry entry, Instant now) {
        int changed = jdbc.sql("""
                        insert into delib_roll (meeting_id, voter, name, ballot, present, signed_at)
                        values (:m, :voter, :name, :ballot, :present, :now)
                        on conflict (meeting_id, voter) do update set present = delib_roll.present or excluded.present""")
                .param("m", meetingId)
                .param("voter", entry.voter())
                .param("name", entry.name())
                .param("ballot", entry.ballot())
                .param("present", entry.present())
                .param("now", Timestamp.from(now))
                .update();
        return changed > 0;
    }

    public boolean ballotTakenByAnother(long meetingId, RollEntry entry) {
        return jdbc.sql("select count(*) from delib_roll where meeting_id = :m and ballot = :b and voter <> :v")
                        .param("m", meetingId)
                        .param("b", entry.ballot())
                        .param("v", entry.voter())
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void recordOpinion(long meetingId, String speaker, String text, String by, Instant now) {
        jdbc.sql("""
                        insert into delib_opinion (meeting_id, speaker, text, recorded_by, at)
                        values (:m, :speaker, :text, :by, :now)""")
                .param("m", meetingId)
                .param("speaker", speaker)
                .param("text", text)
                .param("by", by)
                .param("now", Timestamp.from(now))
                .update();
    }

    public void recordMinutes(long meetingId, String minutes) {
        jdbc.sql("update delib_meeting set minutes = :minutes where id = :m")
                .param("m", meetingId)
                .param("minutes", minutes)
                .update();
    }

    public List<OpinionView> opinions(long meetingId) {
        return jdbc.sql("select speaker, text, at from delib_opinion where meeting_id = :m order by id")
                .param("m", meetingId)
                .query((rs, n) -> new OpinionView(
                        rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    public static List<Attendee> attendees(List<RollEntry> roll) {
        return roll.stream()
                .map(e -> new Attendee(e.voter(), e.name(), e.present()))
                .toList();
    }

    static Meeting map(ResultSet rs, int row) throws SQLException {
        return new Meeting(
                rs.getLong("id"),
                MeetingType.valueOf(rs.getString("type")),
                rs.getString("community_code"),
                rs.getString("title"),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getString("place"),
                new MajorityRule(
                        rs.getBigDecimal("quorum").stripTrailingZeros(),
                        MajorityRule.Base.valueOf(rs.getString("base")),
                        MajorityRule.Threshold.valueOf(rs.getString("threshold"))),
                rs.getString("minutes"),
                rs.getString("organiser"));
    }
}
