package org.redgrid.engagement.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.redgrid.engagement.PointRules;
import org.redgrid.engagement.ResetPolicy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The point rules of each county (旗县区); a county that has set none uses {@link PointRules#defaults()}. */
@Component
public class RuleBook {

    private final JdbcClient jdbc;

    RuleBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The rules that apply at a place: those of the county it lies in. */
    public PointRules at(String code) {
        if (code == null || code.length() < 6) return PointRules.defaults();
        return jdbc.sql("select * from engagement_point_rules where county_code = :county")
                .param("county", code.substring(0, 6))
                .query((rs, row) -> new PointRules(
                        rs.getInt("per_service_hour"),
                        rs.getInt("per_micro_wish"),
                        rs.getInt("per_service_order"),
                        rs.getInt("per_learning"),
                        rs.getInt("manual_max"),
                        rs.getInt("yearly_cap"),
                        ResetPolicy.valueOf(rs.getString("reset")),
                        Arrays.asList((Integer[]) rs.getArray("star_thresholds").getArray()),
                        rs.getInt("monthly_minimum")))
                .optional()
                .orElseGet(PointRules::defaults);
    }

    public void save(String county, PointRules rules, String by, Instant now) {
        List<Integer> stars = rules.starThresholds();
        jdbc.sql("""
                        insert into engagement_point_rules (county_code, per_service_hour, per_micro_wish, per_service_order,
                                per_learning, manual_max, yearly_cap, reset, star_thresholds, monthly_minimum, updated_by, updated_at)
                        values (:county, :hour, :wish, :order, :learning, :manual, :cap, :reset,
                                array[:s1, :s2, :s3, :s4, :s5], :minimum, :by, :now)
                        on conflict (county_code) do update
                           set per_service_hour = excluded.per_service_hour, per_micro_wish = excluded.per_micro_wish,
                               per_service_order = excluded.per_service_order, per_learning = excluded.per_learning,
                               manual_max = excluded.manual_max, yearly_cap = excluded.yearly_cap, reset = excluded.reset,
                               star_thresholds = excluded.star_thresholds, monthly_minimum = excluded.monthly_minimum,
                               updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .param("county", county)
                .param("hour", rules.perServiceHour())
                .param("wish", rules.perMicroWish())
                .param("order", rules.perServiceOrder())
                .param("learning", rules.perLearningSession())
                .param("manual", rules.manualMax())
                .param("cap", rules.yearlyCap())
                .param("reset", rules.reset().name())
                .param("s1", stars.get(0))
                .param("s2", stars.get(1))
                .param("s3", stars.get(2))
                .param("s4", stars.get(3))
                .param("s5", stars.get(4))
                .param("minimum", rules.monthlyMinimum())
                .param("by", by)
                .param("now", Timestamp.from(now))
                .update();
    }
}
