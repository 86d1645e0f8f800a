package org.redgrid.engagement;

import java.util.Locale;
import java.util.Set;
import org.redgrid.shared.InvalidValue;

/**
 * What a point entry came from, written {@code kind:reference} (e.g. {@code checkin:12},
 * {@code case:150105-20261101-000001}, {@code learning:2026-11 党课}). Without a source there is no award;
 * use of the app is never a source.
 */
public record PointSource(Kind kind, String reference) {

    /** The kinds of source that may carry points. */
    public enum Kind {
        CHECKIN,
        CASE,
        LEARNING,
        MANUAL
    }

    /** Uses of the app that the 2023 guideline against 指尖上的形式主义 bars from earning points. */
    static final Set<String> APP_USE = Set.of(
            "LOGIN", "SIGN_IN", "SIGNIN", "ONLINE", "ONLINE_TIME", "READING", "FORWARD", "FORWARDING", "SHARE", "VIEW");

    public PointSource {
        if (kind == null) throw missing("source");
        if (reference == null || reference.isBlank()) throw missing("source");
        reference = reference.strip();
        if (reference.length() > 100) {
            throw new InvalidValue("source", "max-length", "来源最多 100 个字符", "source is longer than 100 characters");
        }
    }

    /** Parses {@code kind:reference}; refuses a missing source and every use of the app by name. */
    public static PointSource parse(String field, String raw) {
        if (raw == null || raw.isBlank()) throw missing(field);
        int colon = raw.indexOf(':');
        String kind = (colon < 0 ? raw : raw.substring(0, colon)).strip().toUpperCase(Locale.ROOT);
        if (APP_USE.contains(kind)) {
            throw new InvalidValue(
                    field,
                    "points.no-app-use",
                    "登录、签到、在线时长、阅读和转发不计积分",
                    "logins, sign-ins, online time, reading and forwarding earn no points");
        }
        if (colon < 0 || colon == raw.length() - 1) throw missing(field);
        try {
            return new PointSource(Kind.valueOf(kind), raw.substring(colon + 1));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidValue(
                    field,
                    "points.source-kind",
                    "来源类型须为 checkin、case、learning 或 manual",
                    "the source kind must be checkin, case, learning or manual");
        }
    }

    /** A party-school course attended, one source per course. */
    public static PointSource course(long courseId) {
        return new PointSource(Kind.LEARNING, "course-" + courseId);
    }

    public static PointSource checkIn(long checkInId) {
        return new PointSource(Kind.CHECKIN, Long.toString(checkInId));
    }

    public static PointSource closedCase(String number) {
        return new PointSource(Kind.CASE, number);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + reference;
    }

    private static InvalidValue missing(String field) {
        return new InvalidValue(field, "points.source", "每笔积分须有来源", "every award needs a source");
    }
}
