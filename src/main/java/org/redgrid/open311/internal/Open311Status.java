package org.redgrid.open311.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.redgrid.casework.CaseStatus;
import org.redgrid.shared.InvalidValue;

/**
 * How a case's status reads in Open311: {@code closed} once the case is closed, rated or not taken up,
 * otherwise {@code open}; and which of the two a {@code status} filter of GET requests asks for.
 */
public enum Open311Status {
    OPEN,
    CLOSED;

    public static Open311Status of(CaseStatus status) {
        return status.isOpen() ? OPEN : CLOSED;
    }

    /** The name GeoReport v2 writes: {@code open} or {@code closed}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The one status a filter asks for; empty when it names none or both. Any value other than {@code
     * open} or {@code closed} is a 400 naming {@code status}.
     */
    public static Optional<Open311Status> filter(List<String> statuses) {
        for (String status : statuses) {
            if (!status.equals("open") && !status.equals("closed")) {
                throw new InvalidValue(
                        "status", "status.value", "status 只能为 open 或 closed", "status must be open or closed");
            }
        }
        if (statuses.stream().distinct().count() != 1) return Optional.empty();
        return Optional.of(statuses.get(0).equals("closed") ? CLOSED : OPEN);
    }

    /** The case status in words, followed by what staff wrote when closing, cancelling or reopening. */
    public static String notes(CaseStatus status, String staffNote, boolean english) {
        String words = english ? status.name().toLowerCase(Locale.ROOT) : status.nameZh();
        return staffNote == null ? words : words + "：" + staffNote;
    }
}
