package org.redgrid.open311;

/**
 * The GET requests filters as sent, unparsed: {@code service_request_id} (a comma list that overrides
 * the others), {@code service_code} (a comma list), {@code start_date}, {@code end_date} and
 * {@code status} (open, closed or both, comma separated).
 */
public record RequestFilter(
        String serviceRequestIds, String serviceCodes, String startDate, String endDate, String status) {}
