package org.redgrid.casework.internal;

import org.redgrid.casework.CaseIndicators;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Folds the committed changes of cases into the indicator rollups every few seconds, so that the
 * not yet folded changes a report adds on the fly stay few. Nodes folding at the same time do not
 * conflict: each moves only the changes it deleted.
 */
@Component
class IndicatorFolder {

    private final CaseIndicators indicators;

    IndicatorFolder(CaseIndicators indicators) {
        this.indicators = indicators;
    }

    @Scheduled(fixedDelayString = "${redgrid.casework.rollup-interval:PT5S}", initialDelayString = "PT10S")
    void fold() {
        indicators.foldChanges();
    }
}
