package org.redgrid.engagement.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import org.redgrid.engagement.EngagementFigures;
import org.redgrid.engagement.Points;
import org.redgrid.scoring.AssessedUnit;
import org.redgrid.scoring.FactSource;
import org.springframework.stereotype.Component;

/**
 * Engagement as a measured fact a scoring item may read for the unit's area (decision 0017): the share
 * of the members registered there (双报到) who served in the period, with the hours and points behind
 * it named in the source. Only service counts, never use of the app.
 */
@Component
class EngagementFacts implements FactSource {

    private final Points points;

    EngagementFacts(Points points) {
        this.points = points;
    }

    @Override
    public String key() {
        return "engagement.servingMembers";
    }

    @Override
    public Optional<Fact> value(AssessedUnit unit, LocalDate from, LocalDate to) {
        if (unit.area() == null || unit.area().length() > 12) return Optional.empty();
        EngagementFigures figures = points.figures(unit.area(), from, to);
        if (figures.registeredMembers() == 0) return Optional.empty();
        long serving = figures.members().stream().filter(m -> m.hours() > 0).count();
        double share = Math.min(1.0, (double) serving / figures.registeredMembers());
        String source = "党员服务 " + unit.area() + " " + from + "—" + to + "：报到党员 " + figures.registeredMembers()
                + " 名，参加服务 " + serving + " 名，服务 " + figures.serviceHours() + " 小时，积分 " + figures.points();
        return Optional.of(new Fact(BigDecimal.valueOf(share).setScale(4, RoundingMode.HALF_UP), source));
    }
}
