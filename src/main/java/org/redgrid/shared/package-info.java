/**
 * Value types and platform services every module uses: division and grid codes, ID numbers, phones,
 * credit codes, data scope, the acting user, PII encryption, audit records and RFC 9457 problems;
 * and the embedded database with its backup and restore commands.
 * Depends on nothing else in the platform.
 */
@ApplicationModule(displayName = "Shared")
package org.redgrid.shared;

import org.springframework.modulith.ApplicationModule;
