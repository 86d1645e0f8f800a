package org.redgrid.people;

/** Filters for the person list; all optional and combined with AND, always inside the actor's scope. */
public record PersonQuery(String gridCode, Long householdId, String name, String idNumber, String phone, String tag) {

    public static PersonQuery all() {
        return new PersonQuery(null, null, null, null, null, null);
    }
}
