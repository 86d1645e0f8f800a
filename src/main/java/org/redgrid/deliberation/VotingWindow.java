package org.redgrid.deliberation;

import java.time.Duration;
import java.time.Instant;
import org.redgrid.shared.InvalidValue;

/**
 * When residents may cast their own vote on their phones: from {@code opensAt} (inclusive) to
 * {@code closesAt} (exclusive). The secretary's roll-call entry (举手表决) is bound by the motion being
 * open, not by the window.
 */
public record VotingWindow(Instant opensAt, Instant closesAt) {

    /** A window given without times opens at once and stays open this long. */
    public static final Duration DEFAULT_LENGTH = Duration.ofHours(24);

    public VotingWindow {
        if (opensAt == null || closesAt == null) throw new IllegalArgumentException("a window has both ends");
        if (!closesAt.isAfter(opensAt)) {
            throw new InvalidValue("closesAt", "window.order", "投票截止时间须晚于开始时间", "closesAt must lie after opensAt");
        }
    }

    /** The window asked for, with what is missing filled in from {@code now}. */
    public static VotingWindow of(Instant opensAt, Instant closesAt, Instant now) {
        Instant opens = opensAt == null ? now : Instants.check("opensAt", opensAt);
        return new VotingWindow(
                opens, closesAt == null ? opens.plus(DEFAULT_LENGTH) : Instants.check("closesAt", closesAt));
    }

    public boolean isOpenAt(Instant instant) {
        return !instant.isBefore(opensAt) && instant.isBefore(closesAt);
    }
}
