package org.redgrid.representation.internal;

import java.time.LocalDate;

/**
 * 评议征集期: a review mailbox takes opinions on its department or project from its first day to its
 * last, both included, by the local calendar.
 */
public record ReviewPeriod(LocalDate opensOn, LocalDate closesOn) {

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }
}
