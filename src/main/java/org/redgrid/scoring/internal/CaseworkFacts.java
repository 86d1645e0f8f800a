package org.redgrid.scoring.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.redgrid.casework.CaseIndicators;
import org.redgrid.casework.IndicatorReport;
import org.redgrid.scoring.AssessedUnit;
import org.redgrid.scoring.FactSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The closed-loop indicators of casework as measured facts of a grid or community (the unit's area):
 * 满意率, 按期结案率 and 返工率 (counted as 1 − 返工率, so that 1 is best like every fact).
 */
@Configuration(proxyBeanMethods = false)
class CaseworkFacts {

    @Bean
    FactSource satisfactionRate(CaseIndicators indicators) {
        return new Indicator(
                indicators, "casework.satisfactionRate", "满意率", IndicatorReport.Figures::satisfactionRate, false);
    }

    @Bean
    FactSource onTimeClosureRate(CaseIndicators indicators) {
        return new Indicator(
                indicators, "casework.onTimeClosureRate", "按期结案率", IndicatorReport.Figures::onTimeClosureRate, false);
    }

    @Bean
    FactSource reworkRate(CaseIndicators indicators) {
        return new Indicator(indicators, "casework.reworkRate", "返工率", IndicatorReport.Figures::reworkRate, true);
    }

    /** One indicator of the unit's area over the period, from {@link CaseIndicators}. */
    record Indicator(
            CaseIndicators indicators,
            String key,
            String label,
            Function<IndicatorReport.Figures, Double> figure,
            boolean lowerIsBetter)
            implements FactSource {

        @Override
        public Optional<Fact> value(AssessedUnit unit, LocalDate from, LocalDate to) {
            if (unit.area() == null) return Optional.empty();
            IndicatorReport report = indicators.report(unit.area(), from, to);
            Double rate = figure.apply(report.total());
            if (rate == null) return Optional.empty();
            BigDecimal value =
                    BigDecimal.valueOf(lowerIsBetter ? 1 - rate : rate).setScale(4, java.math.RoundingMode.HALF_UP);
            String source = "诉求闭环指标 " + label + " " + unit.area() + " " + from + "—" + to + "：" + rate + "（"
                    + report.total().cases() + " 件）";
            return Optional.of(new Fact(value, source));
        }
    }
}
