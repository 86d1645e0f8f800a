package org.redgrid.deliberation.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.redgrid.casework.CaseStatus;
import org.redgrid.deliberation.Motions.EvaluationView;
import org.redgrid.deliberation.Motions.TaskView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A resolution's tasks, whose status follows their cases, and the ratings of its outcome. */
@Component
public class ResolutionRecords {

    private final JdbcClient jdbc;

    ResolutionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long nextTaskId() {
        return jdbc.sql("select nextval('delib_task_seq')").query(Long.class).single();
    }

    public void insertTask(
            long id,
            long motionId,
            long caseId,
            String caseNumber,
            String title,
            String claimantKind,
            String claimant,
            LocalDate deadline,
            CaseStatus status,
            Instant now) {
        jdbc.sql("""
                        insert into delib_task (id, motion_id, case_id, case_number, title, claimant_kind, claimant,
                                                deadline, case_status, created_at)
                        values (:id, :motion, :case, :number, :title, :kind, :claimant, :deadline, :status, :now)
                        on conflict (case_id) do nothing""")
                .param("id", id)
                .param("motion", motionId)
                .param("case", caseId)
                .param("number", caseNumber)
                .param("title", title)
                .param("kind", claimantKind)
                .param("claimant", claimant)
                .param("deadline", deadline == null ? null : Date.valueOf(deadline), Types.DATE)
                .param("status", status.name())
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Follows a case's status; a case that is no resolution task changes nothing. */
    public void follow(long caseId, CaseStatus status) {
        jdbc.sql("update delib_task set case_status = :status where case_id = :case")
                .param("status", status.name())
                .param("case", caseId)
                .update();
    }

    public List<TaskView> tasks(long motionId) {
        return jdbc.sql("select * from delib_task where motion_id = :motion order by id")
                .param("motion", motionId)
                .query(ResolutionRecords::task)
                .list();
    }

    /** Records one rating per rater; false when the rater had rated already. */
    public boolean evaluate(long motionId, String rater, int stars, String comment, Instant now) {
        return jdbc.sql("""
                        insert into delib_evaluation (motion_id, rater, stars, comment, at)
                        values (:motion, :rater, :stars, :comment, :now) on conflict do nothing""")
                        .param("motion", motionId)
                        .param("rater", rater)
                        .param("stars", stars)
                        .param("comment", comment, Types.VARCHAR)
                        .param("now", Timestamp.from(now))
                        .update()
                > 0;
    }

    public List<EvaluationView> evaluations(long motionId) {
        return jdbc.sql("select * from delib_evaluation where motion_id = :motion order by at")
                .param("motion", motionId)
                .query((rs, n) -> new EvaluationView(
                        motionId,
                        rs.getString("rater"),
                        rs.getInt("stars"),
                        rs.getString("comment"),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }

    /** Records one objection per person; false when they had objected already. */
    public boolean object(long motionId, String objector, String reason, Instant now) {
        return jdbc.sql("""
                        insert into delib_objection (motion_id, objector, reason, at)
                        values (:motion, :objector, :reason, :now) on conflict do nothing""")
                        .param("motion", motionId)
                        .param("objector", objector)
                        .param("reason", reason)
                        .param("now", Timestamp.from(now))
                        .update()
                > 0;
    }

    public int objections(long motionId) {
        return jdbc.sql("select count(*) from delib_objection where motion_id = :motion")
                .param("motion", motionId)
                .query(Integer.class)
                .single();
    }

    static boolean done(CaseStatus status) {
        return status == CaseStatus.CLOSED || status == CaseStatus.RATED;
    }

    static TaskView task(ResultSet rs, int row) throws SQLException {
        CaseStatus status = CaseStatus.valueOf(rs.getString("case_status"));
        Date deadline = rs.getDate("deadline");
        return new TaskView(
                rs.getLong("id"),
                rs.getLong("motion_id"),
                rs.getLong("case_id"),
                rs.getString("case_number"),
                rs.getString("title"),
                rs.getString("claimant_kind"),
                rs.getString("claimant"),
                deadline == null ? null : deadline.toLocalDate(),
                status,
                done(status));
    }
}
