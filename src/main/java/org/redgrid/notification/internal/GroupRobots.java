package org.redgrid.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import org.redgrid.notification.Channel;
import org.redgrid.notification.GroupRobot;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The robots bound to groups: one per grid, community or meal point, listed inside a scope. */
@Component
public class GroupRobots {

    private final JdbcClient jdbc;

    GroupRobots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<GroupRobot> within(DataScope scope) {
        return ScopedSql.bind(
                        jdbc.sql("select * from group_robot where " + ScopedSql.within("scope_code")
                                + " order by scope_code, place_id nulls first"),
                        scope)
                .query(GroupRobots::map)
                .list();
    }

    /** Binds the group's robot, replacing the one it had. */
    public GroupRobot bind(
            String scope,
            Long place,
            String name,
            Channel channel,
            String url,
            String secret,
            boolean enabled,
            String by,
            Instant now) {
        return jdbc.sql("""
                        insert into group_robot (scope_code, place_id, name, channel, url, secret, enabled, updated_by,
                                                 updated_at)
                        values (:scope, :place, :name, :channel, :url, :secret, :enabled, :by, :now)
                        on conflict (scope_code, coalesce(place_id, 0)) do update set name = excluded.name,
                            channel = excluded.channel, url = excluded.url, secret = excluded.secret,
                            enabled = excluded.enabled, updated_by = excluded.updated_by,
                            updated_at = excluded.updated_at
                        returning *""")
                .param("scope", scope)
                .param("place", place, Types.BIGINT)
                .param("name", name)
                .param("channel", channel.name())
                .param("url", url)
                .param("secret", secret, Types.VARCHAR)
                .param("enabled", enabled)
                .param("by", by)
                .param("now", Timestamp.from(now))
                .query(GroupRobots::map)
                .single();
    }

    private static GroupRobot map(ResultSet rs, int row) throws SQLException {
        return new GroupRobot(
                rs.getLong("id"),
                rs.getString("scope_code"),
                (Long) rs.getObject("place_id"),
                rs.getString("name"),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("url"),
                rs.getString("secret") == null ? null : "******",
                rs.getBoolean("enabled"));
    }
}
