package org.redgrid.casework.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.redgrid.casework.DeadlineState;
import org.redgrid.casework.Urgency;
import org.redgrid.shared.InvalidValue;

/**
 * 限时办结: a category's time limit per urgency, where the yellow line falls, how far an extension may
 * reach, and how the lines move when a case is suspended, resumed or extended.
 *
 * @param maxExtension the longest extension; empty means at most the case's original limit
 */
public record DeadlinePolicy(
        Duration general, Duration urgent, Duration critical, double warnRatio, Optional<Duration> maxExtension) {

    /** No limit, extension or summons time shorter than this. */
    public static final Duration SHORTEST = Duration.ofMinutes(10);

    /** No limit or extension longer than this: a case that takes longer is a project, not a case. */
    public static final Duration LONGEST = Duration.ofDays(366);

    /** A summoned unit reports in within this at most (吹哨报到 is about hours, not weeks). */
    public static final Duration LONGEST_REPORT_IN = Duration.ofDays(7);

    /** The yellow and red lines of a running clock. */
    public record Lines(Instant warnAt, Instant deadlineAt) {

        /** Both lines later by {@code by}: time suspended (缓办) or an approved extension. */
        public Lines movedBy(Duration by) {
            return new Lines(warnAt == null ? null : warnAt.plus(by), deadlineAt == null ? null : deadlineAt.plus(by));
        }
    }

    public DeadlinePolicy {
        if (!(warnRatio > 0 && warnRatio < 1)) {
            throw new InvalidValue("warnRatio", "range", "预警比例须在 0 与 1 之间", "warnRatio must lie between 0 and 1");
        }
    }

    public Duration limit(Urgency urgency) {
        return switch (urgency) {
            case GENERAL -> general;
            case URGENT -> urgent;
            case CRITICAL -> critical;
        };
    }

    /** The clock starts at dispatch, with the yellow line at the warning ratio of the limit. */
    public Lines start(Urgency urgency, Instant now) {
        Duration limit = limit(urgency);
        return new Lines(now.plusMillis((long) (limit.toMillis() * warnRatio)), now.plus(limit));
    }

    /** The longest extension a case of this urgency may be granted. */
    public Duration extensionBound(Urgency urgency) {
        return maxExtension.orElse(limit(urgency));
    }

    /** The requested extension, or 400 naming {@code extension} when it is not a duration within the bound. */
    public Duration extension(Urgency urgency, String requested) {
        Duration bound = extensionBound(urgency);
        Duration extension = parse(requested).orElse(null);
        if (extension == null || extension.compareTo(SHORTEST) < 0 || extension.compareTo(bound) > 0) {
            throw new InvalidValue(
                    "extension",
                    "extension.bound",
                    "延期时长须为 " + SHORTEST + " 至 " + bound + " 之间的 ISO-8601 时长，如 P3D",
                    "extension must be an ISO-8601 duration between " + SHORTEST + " and " + bound + ", such as P3D");
        }
        return extension;
    }

    /**
     * The light of an open case: the sweep's marks once set, otherwise the clock against the lines.
     * While suspended the clock stands still, so the light is judged at the moment it stopped.
     */
    public static DeadlineState light(
            boolean open, Lines lines, Instant suspendedSince, Instant warnedAt, Instant overdueAt, Instant now) {
        if (lines.deadlineAt() == null || !open) return DeadlineState.NONE;
        Instant at = suspendedSince != null ? suspendedSince : now;
        if (overdueAt != null || at.isAfter(lines.deadlineAt())) return DeadlineState.RED;
        if (warnedAt != null || (lines.warnAt() != null && at.isAfter(lines.warnAt()))) return DeadlineState.YELLOW;
        return DeadlineState.GREEN;
    }

    /** An ISO-8601 duration between {@link #SHORTEST} and {@code longest}, or 400 naming the field. */
    public static Duration bounded(String field, String value, Duration longest) {
        Duration duration = parse(value).orElse(null);
        if (duration == null || duration.compareTo(SHORTEST) < 0 || duration.compareTo(longest) > 0) {
            throw new InvalidValue(
                    field,
                    "duration.range",
                    field + " 须为 " + SHORTEST + " 至 " + longest + " 之间的 ISO-8601 时长，如 PT2H、P7D",
                    field + " must be an ISO-8601 duration between " + SHORTEST + " and " + longest
                            + ", such as PT2H or P7D");
        }
        return duration;
    }

    private static Optional<Duration> parse(String value) {
        if (value == null || value.isBlank() || value.length() > 32) return Optional.empty();
        try {
            return Optional.of(Duration.parse(value.strip()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
