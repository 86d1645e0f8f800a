/**
 * Personnel archives (干部人事档案): one digitised file per cadre with its catalogue of materials and
 * sealed pages, read online through a delegation or an approved request as watermarked images only,
 * transferred between holding units with a receipt, and every view, decision and transfer audited.
 */
@ApplicationModule(
        displayName = "Archives",
        allowedDependencies = {"shared", "identity", "people"})
package org.redgrid.archives;

import org.springframework.modulith.ApplicationModule;
