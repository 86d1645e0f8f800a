package org.redgrid.open311;

import java.time.OffsetDateTime;

/**
 * A service request as GeoReport v2 shows it publicly: the case's number, open or closed, what was
 * reported where and who handles it as an agency. Never the reporter's name, email or phone.
 */
public record ServiceRequest(
        String serviceRequestId,
        String status,
        String statusNotes,
        String serviceName,
        String serviceCode,
        String description,
        String agencyResponsible,
        String serviceNotice,
        OffsetDateTime requestedDatetime,
        OffsetDateTime updatedDatetime,
        OffsetDateTime expectedDatetime,
        String address,
        String addressId,
        String zipcode,
        Double lat,
        Double lng,
        String mediaUrl) {}
