package org.redgrid.people;

import java.util.List;

/** A person to register in a household. Gender and birth date are derived from the ID number. */
public record NewPerson(
        Long householdId,
        String name,
        String idNumber,
        String phone,
        String ethnicity,
        Relation relation,
        List<String> tags) {}
