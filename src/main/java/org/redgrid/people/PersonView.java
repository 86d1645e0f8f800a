package org.redgrid.people;

import java.time.LocalDate;
import java.util.List;
import org.redgrid.shared.Gender;

/**
 * A person as every list and page shows them: the ID number and phone masked. The plain values come
 * only from the separate, audited reveal action.
 */
public record PersonView(
        long id,
        Long householdId,
        String gridCode,
        String name,
        String idNumberMasked,
        Gender gender,
        LocalDate birthDate,
        String phoneMasked,
        String ethnicity,
        Relation relation,
        List<String> tags,
        List<LedgerKind> ledgers,
        PartyMembership partyMembership) {}
