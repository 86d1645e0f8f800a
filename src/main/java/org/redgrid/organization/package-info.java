/**
 * Organization: the administrative tree of real division codes (自治区 → 盟市 → 旗县区 → 苏木乡镇街道 →
 * 嘎查村社区), grids, buildings and units, the party organisation tree, partner units and service places.
 */
@ApplicationModule(displayName = "Organization", allowedDependencies = "shared")
package org.redgrid.organization;

import org.springframework.modulith.ApplicationModule;
