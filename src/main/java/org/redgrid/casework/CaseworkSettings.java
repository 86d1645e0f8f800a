package org.redgrid.casework;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Casework settings under {@code redgrid.casework}.
 *
 * @param reopenWindow how long after closing a dissatisfied rating reopens the case
 * @param duplicateRadiusMetres how near an open case of the same category a new report must be to be
 *     offered as its duplicate
 */
@ConfigurationProperties("redgrid.casework")
public record CaseworkSettings(Duration reopenWindow, Integer duplicateRadiusMetres) {

    public CaseworkSettings {
        if (reopenWindow == null) reopenWindow = Duration.ofDays(7);
        if (duplicateRadiusMetres == null) duplicateRadiusMetres = 100;
    }
}
