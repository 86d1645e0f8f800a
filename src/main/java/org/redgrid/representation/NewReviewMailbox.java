package org.redgrid.representation;

import java.time.LocalDate;

/** A review mailbox to open. */
public record NewReviewMailbox(
        ReviewSubject subject, String name, String scopeCode, LocalDate opensOn, LocalDate closesOn) {}
