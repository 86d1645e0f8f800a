package org.redgrid.organization;

import java.util.Map;

/**
 * Where a map's values come from: the module that counts cases implements this, so that the map can
 * colour areas without the organization module knowing cases. Called as the signed-in user; the
 * implementation applies the same scope rules as the indicators themselves.
 */
public interface AreaIndicators {

    /** The indicator's value for each area one level below {@code division} (grids under a community). */
    Map<String, Double> valuesBelow(String division, MapIndicator indicator);
}
