package org.redgrid.open311;

import java.util.List;
import java.util.Map;

/**
 * A GeoReport v2 POST as the client sent it, unparsed: the service, a location ({@code lat} and
 * {@code long}, {@code address_string} or {@code address_id}), the reporter's optional contact
 * details, and values for the service's attributes by attribute code.
 */
public record Submission(
        String serviceCode,
        String lat,
        String lng,
        String addressString,
        String addressId,
        String email,
        String deviceId,
        String accountId,
        String firstName,
        String lastName,
        String phone,
        String description,
        String mediaUrl,
        Map<String, List<String>> attributes) {

    public Submission {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
