package org.redgrid.engagement;

/** A person known to engagement, as staff see them: the phone always masked. */
public record MemberView(
        long person,
        String username,
        String name,
        String gridCode,
        String phoneMasked,
        boolean partyMember,
        boolean inService,
        Long partyOrg,
        String employerCode,
        String employerName) {}
