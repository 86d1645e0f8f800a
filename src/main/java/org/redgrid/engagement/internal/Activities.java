package org.redgrid.engagement.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.redgrid.engagement.ActivityView;
import org.redgrid.engagement.CheckInView;
import org.redgrid.engagement.NewActivity;
import org.redgrid.engagement.ServiceRecord;
import org.redgrid.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Activities with their sign-ups and check-ins (a record of being there, once per member). */
@Component
public class Activities {

    private static final String SELECT = """
            select a.*, t.name as team_name,
                   (select count(*) from engagement_signup s where s.activity_id = a.id) as signed_up,
                   (select count(*) from engagement_checkin c where c.activity_id = a.id) as checked_in,
                   exists (select 1 from engagement_signup s where s.activity_id = a.id and s.person_id = :me) as mine,
                   exists (select 1 from engagement_checkin c where c.activity_id = a.id and c.person_id = :me) as here
            from engagement_activity a left join engagement_team t on t.id = a.team_id""";

    private final JdbcClient jdbc;

    Activities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(NewActivity activity, String community, String title, String place, String by, Instant now) {
        return jdbc.sql("""
                        insert into engagement_activity (team_id, community_code, title, place, starts_at, ends_at,
                                capacity, created_by, created_at)
                        values (:team, :community, :title, :place, :starts, :ends, :capacity, :by, :now) returning id""")
                .param("team", activity.team(), Types.BIGINT)
                .param("community", community)
                .param("title", title)
                .param("place", place)
                .param("starts", Timestamp.from(activity.startsAt()))
                .param("ends", Timestamp.from(activity.endsAt()))
                .param("capacity", activity.capacity())
                .param("by", by)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    public Optional<ActivityView> find(DataScope scope, Long me, long id) {
        return Places.bind(
                        jdbc.sql(SELECT + " where a.id = :id and " + Places.visible("a.community_code"))
                                .param("id", id)
                                .param("me", me == null ? -1L : me),
                        scope)
                .query(Activities::view)
                .optional();
    }

    /** Activities the scope sees, newest first; {@code from} limits them to those ending after it. */
    public List<ActivityView> visible(DataScope scope, Long me, String community, Instant from) {
        return Places.bind(
                        jdbc.sql(SELECT + " where " + Places.visible("a.community_code")
                                        + (community == null ? "" : " and a.community_code = :community")
                                        + (from == null ? "" : " and a.ends_at >= :from")
                                        + " order by a.starts_at desc limit 100")
                                .param("me", me == null ? -1L : me)
                                .param("community", community == null ? "" : community)
                                .param("from", from == null ? null : Timestamp.from(from), Types.TIMESTAMP),
                        scope)
                .query(Activities::view)
                .list();
    }

    /** Locks the activity row so that sign-ups against its capacity queue. */
    public void lock(long id) {
        jdbc.sql("select id from engagement_activity where id = :id for update")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    /** Signs the member up; false when they were signed up already. */
    public boolean signUp(long activity, long person, String by, Instant now) {
        return jdbc.sql("""
                        insert into engagement_signup (activity_id, person_id, signed_by, signed_at)
                        values (:activity, :person, :by, :now) on conflict do nothing""")
                        .param("activity", activity)
                        .param("person", person)
                        .param("by", by)
                        .param("now", Timestamp.from(now))
                        .update()
                > 0;
    }

    public boolean signedUp(long activity, long person) {
        return jdbc.sql("select count(*) from engagement_signup where activity_id = :activity and person_id = :person")
                        .param("activity", activity)
                        .param("person", person)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The new check-in's id, or empty when the member is checked in already or the key was used. */
    public Optional<Long> checkIn(
            long activity, long person, Instant at, String place, int minutes, String by, String key) {
        return jdbc.sql("""
                        insert into engagement_checkin (activity_id, person_id, checked_in_at, place, minutes,
                                recorded_by, idempotency_key)
                        values (:activity, :person, :at, :place, :minutes, :by, :key)
                        on conflict do nothing returning id""")
                .param("activity", activity)
                .param("person", person)
                .param("at", Timestamp.from(at))
                .param("place", place)
                .param("minutes", minutes)
                .param("by", by)
                .param("key", key, Types.VARCHAR)
                .query(Long.class)
                .optional();
    }

    /** An earlier check-in by the recorder's Idempotency-Key, or else of this member at this activity. */
    public Optional<CheckInView> earlier(String by, String key, long activity, long person) {
        String select = "select * from engagement_checkin where ";
        Optional<CheckInView> byKey = key == null
                ? Optional.empty()
                : jdbc.sql(select + "recorded_by = :by and idempotency_key = :key")
                        .param("by", by)
                        .param("key", key)
                        .query(Activities::replay)
                        .optional();
        if (byKey.isPresent()) return byKey;
        return jdbc.sql(select + "activity_id = :activity and person_id = :person")
                .param("activity", activity)
                .param("person", person)
                .query(Activities::replay)
                .optional();
    }

    public List<ServiceRecord.Attendance> attended(long person, Instant from, Instant to) {
        return jdbc.sql("""
                        select a.title, c.place, c.checked_in_at, c.minutes from engagement_checkin c
                        join engagement_activity a on a.id = c.activity_id
                        where c.person_id = :person and c.checked_in_at >= :from and c.checked_in_at < :to
                        order by c.checked_in_at""")
                .param("person", person)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, row) -> new ServiceRecord.Attendance(
                        rs.getString("title"),
                        rs.getString("place"),
                        rs.getTimestamp("checked_in_at").toInstant(),
                        rs.getInt("minutes") / 60.0))
                .list();
    }

    private static CheckInView replay(ResultSet rs, int row) throws SQLException {
        return new CheckInView(
                rs.getLong("id"),
                rs.getLong("activity_id"),
                rs.getLong("person_id"),
                rs.getTimestamp("checked_in_at").toInstant(),
                rs.getString("place"),
                rs.getInt("minutes"),
                0,
                true);
    }

    private static ActivityView view(ResultSet rs, int row) throws SQLException {
        return new ActivityView(
                rs.getLong("id"),
                rs.getObject("team_id", Long.class),
                rs.getString("team_name"),
                rs.getString("community_code"),
                rs.getString("title"),
                rs.getString("place"),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(),
                rs.getInt("capacity"),
                rs.getInt("signed_up"),
                rs.getInt("checked_in"),
                rs.getBoolean("mine"),
                rs.getBoolean("here"));
    }
}
