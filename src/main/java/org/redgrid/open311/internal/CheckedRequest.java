package org.redgrid.open311.internal;

import java.util.List;
import java.util.Map;
import org.redgrid.casework.CategoryForm;

/**
 * A GeoReport POST once every field is checked: the service, where it is, how it reads as a case,
 * the attribute values the form asks for, and what is kept beside the case (the contact details as
 * JSON, still unencrypted, the media URL, the client's device and account ids).
 */
public record CheckedRequest(
        CategoryForm service,
        Place place,
        String title,
        String description,
        Map<String, List<String>> attributes,
        String contact,
        String mediaUrl,
        String deviceId,
        String accountId) {}
