package org.redgrid.representation;

import java.time.LocalDate;

/** 意见箱: opinions on a named department or project for a period; {@code open} whether it takes them today. */
public record ReviewMailbox(
        long id,
        ReviewSubject subject,
        String name,
        String scopeCode,
        LocalDate opensOn,
        LocalDate closesOn,
        boolean open,
        long opinions) {}
