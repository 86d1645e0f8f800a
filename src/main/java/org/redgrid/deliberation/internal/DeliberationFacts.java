package org.redgrid.deliberation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.redgrid.deliberation.DeliberationFigures;
import org.redgrid.deliberation.Resolutions;
import org.redgrid.scoring.AssessedUnit;
import org.redgrid.scoring.FactSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Deliberation's figures as measured facts a scoring item may read for the unit's area (decision
 * 0017): the share of resolution tasks done (议定事项办结率), the share of voted motions that passed, and
 * the residents' average rating out of five.
 */
@Configuration(proxyBeanMethods = false)
class DeliberationFacts {

    @Bean
    FactSource resolutionsDone(Resolutions resolutions) {
        return new Figure(resolutions, "deliberation.resolutionsDone", "议定事项办结率", f -> share(f.tasksDone(), f.tasks()));
    }

    @Bean
    FactSource motionsPassed(Resolutions resolutions) {
        return new Figure(
                resolutions, "deliberation.passRate", "议题表决通过率", f -> share(f.motionsPassed(), f.motionsClosed()));
    }

    @Bean
    FactSource resolutionRating(Resolutions resolutions) {
        return new Figure(
                resolutions,
                "deliberation.rating",
                "事后评价（满分 5 星）",
                f -> f.averageRating() == null ? null : f.averageRating() / 5);
    }

    static Double share(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    /** One figure of the unit's area over the period, 0 … 1 with 1 best; empty when nothing was measured. */
    record Figure(Resolutions resolutions, String key, String label, Function<DeliberationFigures, Double> figure)
            implements FactSource {

        @Override
        public Optional<Fact> value(AssessedUnit unit, LocalDate from, LocalDate to) {
            if (unit.area() == null) return Optional.empty();
            DeliberationFigures figures = resolutions.figures(unit.area(), from, to);
            Double value = figure.apply(figures);
            if (value == null) return Optional.empty();
            String source = "协商议事 " + label + " " + unit.area() + " " + from + "—" + to + "：会议 "
                    + figures.meetingsHeld() + " 次，表决 " + figures.motionsClosed() + " 项，通过 "
                    + figures.motionsPassed() + " 项，议定事项 " + figures.tasksDone() + "/" + figures.tasks() + " 件办结";
            return Optional.of(new Fact(BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP), source));
        }
    }
}
