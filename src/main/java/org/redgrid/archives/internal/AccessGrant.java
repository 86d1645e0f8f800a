package org.redgrid.archives.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.redgrid.archives.MaterialClass;
import org.redgrid.shared.InvalidValue;

/**
 * A right to read parts of one file, from a delegation to the reader's unit (权限下放) or from an
 * approved request: time-boxed, read-only unless the grant says download. No parts means the whole file.
 */
public record AccessGrant(Source source, long id, List<Part> parts, Instant from, Instant until, boolean download) {

    /** Where a grant comes from. */
    public enum Source {
        DELEGATION,
        REQUEST
    }

    static final int DEFAULT_REQUEST_DAYS = 3;
    static final int MAX_REQUEST_DAYS = 30;
    static final int DEFAULT_DELEGATION_DAYS = 365;
    static final int MAX_DELEGATION_DAYS = 3 * 365;

    public AccessGrant {
        parts = List.copyOf(parts);
    }

    /** The grant an approval gives: the requested parts for the days the keeper chose (1 to 30). */
    public static AccessGrant approved(long requestId, List<Part> parts, Instant now, Integer days, Boolean download) {
        int d = days(days, DEFAULT_REQUEST_DAYS, MAX_REQUEST_DAYS);
        return new AccessGrant(
                Source.REQUEST, requestId, parts, now, now.plus(Duration.ofDays(d)), Boolean.TRUE.equals(download));
    }

    /** The grant a delegation gives to a unit: for 1 day to 3 years, the whole file when no parts are named. */
    public static AccessGrant delegated(List<Part> parts, Instant now, Integer days, Boolean download) {
        int d = days(days, DEFAULT_DELEGATION_DAYS, MAX_DELEGATION_DAYS);
        return new AccessGrant(
                Source.DELEGATION, 0, parts, now, now.plus(Duration.ofDays(d)), Boolean.TRUE.equals(download));
    }

    private static int days(Integer days, int fallback, int max) {
        int d = days == null ? fallback : days;
        if (d < 1 || d > max) {
            throw new InvalidValue(
                    "days",
                    "archives.time-box",
                    "查阅期限应为 1 到 " + max + " 天",
                    "the reading period must be 1 to " + max + " days");
        }
        return d;
    }

    public boolean isLiveAt(Instant now) {
        return !now.isBefore(from) && now.isBefore(until);
    }

    public boolean covers(long material, MaterialClass cls) {
        return parts.isEmpty() || parts.stream().anyMatch(p -> p.covers(material, cls));
    }

    public boolean allowsReading(long material, MaterialClass cls, Instant now) {
        return isLiveAt(now) && covers(material, cls);
    }

    public boolean allowsDownload(long material, MaterialClass cls, Instant now) {
        return download && allowsReading(material, cls, now);
    }

    /** Whether any of the grants lets the reader read the material now. */
    public static boolean anyAllowsReading(List<AccessGrant> grants, long material, MaterialClass cls, Instant now) {
        return grants.stream().anyMatch(g -> g.allowsReading(material, cls, now));
    }

    public static boolean anyAllowsDownload(List<AccessGrant> grants, long material, MaterialClass cls, Instant now) {
        return grants.stream().anyMatch(g -> g.allowsDownload(material, cls, now));
    }
}
