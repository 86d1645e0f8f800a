package org.redgrid.engagement.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.redgrid.engagement.EngagementGuards;
import org.redgrid.engagement.NewPost;
import org.redgrid.engagement.PostKind;
import org.redgrid.engagement.PostView;
import org.redgrid.engagement.RegistrationStatus;
import org.redgrid.engagement.RegistrationView;
import org.redgrid.shared.Actor;
import org.redgrid.shared.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** 双报到 registrations with the posts applied for, as stored; who may see or decide them is asked here. */
@Component
public class Registrations {

    /** What a new registration stores, checked by the facade. */
    public record Filing(
            Long person,
            String unit,
            String unitName,
            String community,
            String grid,
            String serviceCentre,
            String residentsGroup,
            List<NewPost> posts) {}

    private static final String SELECT = """
            select r.*, m.name as member_name from engagement_registration r
            left join engagement_member m on m.person_id = r.person_id""";

    private final JdbcClient jdbc;

    Registrations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The new registration's id, or empty when one is already pending or approved there. */
    public Optional<Long> file(Filing filing, String by, Instant now) {
        Optional<Long> id = jdbc.sql("""
                        insert into engagement_registration (kind, person_id, unit_code, unit_name, community_code,
                                grid_code, service_centre, residents_group, status, requested_by, requested_at)
                        values (:kind, :person, :unit, :unitName, :community, :grid, :centre, :group, 'PENDING', :by, :now)
                        on conflict do nothing returning id""")
                .param("kind", filing.person() != null ? "MEMBER" : "UNIT")
                .param("person", filing.person(), Types.BIGINT)
                .param("unit", filing.unit(), Types.VARCHAR)
                .param("unitName", filing.unitName(), Types.VARCHAR)
                .param("community", filing.community())
                .param("grid", filing.grid(), Types.VARCHAR)
                .param("centre", filing.serviceCentre(), Types.VARCHAR)
                .param("group", filing.residentsGroup(), Types.VARCHAR)
                .param("by", by)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .optional();
        id.ifPresent(registration -> {
            for (NewPost post : filing.posts()) {
                jdbc.sql("""
                                insert into engagement_post (registration_id, kind, building_id, unit_name)
                                values (:registration, :kind, :building, :unit)""")
                        .param("registration", registration)
                        .param("kind", post.kind().name())
                        .param("building", post.building(), Types.BIGINT)
                        .param("unit", post.unit(), Types.VARCHAR)
                        .update();
            }
        });
        return id;
    }

    /** A registration the actor may see: staff at a community in scope, anyone their own or their unit's. */
    public Optional<RegistrationView> find(Actor actor, Long ownPerson, long id) {
        return bind(jdbc.sql(SELECT + " where r.id = :id and " + visible()).param("id", id), actor, ownPerson)
                .query((rs, row) -> view(rs, actor))
                .optional();
    }

    public List<RegistrationView> list(Actor actor, Long ownPerson, RegistrationStatus status) {
        return bind(
                        jdbc.sql(SELECT + " where " + visible()
                                        + (status == null ? "" : " and r.status = :status")
                                        + " order by (r.status = 'PENDING') desc, r.id desc limit 200")
                                .param("status", status == null ? "" : status.name()),
                        actor,
                        ownPerson)
                .query((rs, row) -> view(rs, actor))
                .list();
    }

    /** The member's own registrations, whatever the viewer (the facade has checked who may read them). */
    public List<RegistrationView> ofMember(Actor actor, long person) {
        return jdbc.sql(SELECT + " where r.person_id = :person order by r.id")
                .param("person", person)
                .query((rs, row) -> view(rs, actor))
                .list();
    }

    /** Decides a pending registration; false when it was decided meanwhile. */
    public boolean decide(long id, RegistrationStatus status, String by, Instant now) {
        return jdbc.sql("""
                        update engagement_registration set status = :status, decided_by = :by, decided_at = :now
                        where id = :id and status = 'PENDING'""")
                        .param("status", status.name())
                        .param("by", by)
                        .param("now", Timestamp.from(now))
                        .param("id", id)
                        .update()
                > 0;
    }

    /** Approved member registrations at communities inside the division. */
    public long registeredMembers(String division) {
        return jdbc.sql("""
                        select count(distinct person_id) from engagement_registration
                        where kind = 'MEMBER' and status = 'APPROVED' and community_code like :prefix""").param("prefix", division + "%").query(Long.class).single();
    }

    private static String visible() {
        return "((:staff and " + ScopedSql.within("r.community_code")
                + ") or r.person_id = :own or r.unit_code = :ownUnit)";
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Actor actor, Long ownPerson) {
        // Staff of the area see its registrations; a member or a unit's login only their own.
        return ScopedSql.bind(statement, actor.scope())
                .param("staff", actor.managesRegistry())
                .param("own", ownPerson == null ? -1L : ownPerson)
                .param("ownUnit", actor.partnerUnit() == null ? "" : actor.partnerUnit());
    }

    private List<PostView> posts(long registration) {
        return jdbc.sql(
                        "select id, kind, building_id, unit_name from engagement_post where registration_id = :id order by id")
                .param("id", registration)
                .query((rs, row) -> new PostView(
                        rs.getLong("id"),
                        PostKind.valueOf(rs.getString("kind")),
                        rs.getObject("building_id", Long.class),
                        rs.getString("unit_name")))
                .list();
    }

    private RegistrationView view(ResultSet rs, Actor actor) throws SQLException {
        RegistrationStatus status = RegistrationStatus.valueOf(rs.getString("status"));
        String community = rs.getString("community_code");
        String name = rs.getString("member_name");
        return new RegistrationView(
                rs.getLong("id"),
                rs.getString("kind"),
                rs.getObject("person_id", Long.class),
                name != null ? name : rs.getString("unit_name"),
                rs.getString("unit_code"),
                community,
                rs.getString("grid_code"),
                rs.getString("service_centre"),
                rs.getString("residents_group"),
                status,
                posts(rs.getLong("id")),
                rs.getString("requested_by"),
                instant(rs, "requested_at"),
                rs.getString("decided_by"),
                instant(rs, "decided_at"),
                EngagementGuards.mayApprove(actor, community, status));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
