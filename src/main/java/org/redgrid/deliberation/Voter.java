package org.redgrid.deliberation;

/**
 * Someone who may be on a meeting's roll: a user (key = username) or a registered person (key =
 * {@code person:<id>}). {@code placeCode} is where they live or work (a grid or a division);
 * {@code householdId} their household when known; {@code unit} the partner unit they act for.
 */
public record Voter(String key, String name, String placeCode, Long householdId, boolean resident, String unit) {

    public static final String PERSON_PREFIX = "person:";
}
