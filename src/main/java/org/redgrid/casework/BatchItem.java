package org.redgrid.casework;

/** One case of a bulk intake: a report as {@link NewCase} with the idempotency key the channel gave it. */
public record BatchItem(
        String idempotencyKey,
        CaseType type,
        String category,
        Urgency urgency,
        CaseSource source,
        String gridCode,
        Double lat,
        Double lng,
        String address,
        String title,
        String description) {

    public NewCase report() {
        return new NewCase(type, category, urgency, source, gridCode, lat, lng, address, title, description);
    }
}
