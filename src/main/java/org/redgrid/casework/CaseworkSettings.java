package org.redgrid.casework;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Casework settings under {@code redgrid.casework}.
 *
 * @param reopenWindow how long after closing a dissatisfied rating reopens the case
 */
@ConfigurationProperties("redgrid.casework")
public record CaseworkSettings(Duration reopenWindow) {

    public CaseworkSettings {
        if (reopenWindow == null) reopenWindow = Duration.ofDays(7);
    }
}
