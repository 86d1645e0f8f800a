package org.redgrid.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * One unit's published result: its total score and level, its rank within its class, the normalised
 * position ({@code percentile}, 100 first … 0 last in its class), and TOP (commended), BOTTOM (约谈) or null.
 */
public record ResultRow(
        String unit,
        String name,
        @JsonProperty("class") String unitClass,
        BigDecimal score,
        String level,
        int rank,
        BigDecimal percentile,
        @JsonInclude(JsonInclude.Include.ALWAYS) String flag) {}
