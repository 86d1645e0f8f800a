package org.redgrid.scoring.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redgrid.scoring.AssessedUnit;
import org.redgrid.scoring.FactSource;
import org.redgrid.scoring.SchemeDefinition;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.InvalidValue;
import org.springframework.stereotype.Component;

/**
 * The measured facts of a unit's items: frozen ones as they were frozen, the others read now from the
 * {@link FactSource} beans the modules offer, as the platform (a fact is the same whoever looks at it).
 */
@Component
public class FactReader {

    private final Map<String, FactSource> sources = new LinkedHashMap<>();

    FactReader(List<FactSource> sources) {
        sources.forEach(source -> this.sources.put(source.key(), source));
    }

    /** Refuses a scheme whose items read facts nobody offers. */
    public void check(SchemeDefinition scheme) {
        for (var item : scheme.allItems()) {
            if (item.fact() != null && !sources.containsKey(item.fact())) {
                throw new InvalidValue(
                        "items.fact",
                        "fact.unknown",
                        "没有名为 " + item.fact() + " 的自动指标，可用：" + sources.keySet(),
                        "no measured fact is called " + item.fact() + "; there are " + sources.keySet());
            }
        }
    }

    /** The facts of the unit's measured items: frozen ones first, the rest read now (not yet frozen). */
    public Map<String, EntryStore.Frozen> facts(
            SchemeDefinition scheme, AssessedUnit unit, LocalDate from, LocalDate to, List<EntryStore.Frozen> frozen) {
        Map<String, EntryStore.Frozen> facts = new LinkedHashMap<>();
        frozen.forEach(f -> facts.put(f.item(), f));
        for (var item : scheme.allItems()) {
            if (item.fact() == null || facts.containsKey(item.code())) continue;
            FactSource source = sources.get(item.fact());
            var fact = source == null
                    ? java.util.Optional.<FactSource.Fact>empty()
                    : CurrentActor.runAsSystem(() -> source.value(unit, from, to));
            facts.put(
                    item.code(),
                    new EntryStore.Frozen(
                            item.code(),
                            item.fact(),
                            fact.map(FactSource.Fact::value).orElse(null),
                            fact.map(FactSource.Fact::source).orElse("无数据 / no data: " + item.fact())));
        }
        return facts;
    }

    static Map<String, BigDecimal> values(Map<String, EntryStore.Frozen> facts) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        facts.forEach((item, fact) -> values.put(item, fact.value()));
        return values;
    }
}
