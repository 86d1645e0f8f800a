package org.redgrid.people;

import java.util.List;

/**
 * Changes to a person's record; absent fields stay as they are, an empty phone clears it. The ID
 * number is not editable: a wrong one is corrected by a new registration, which keeps the audit clear.
 */
public record PersonChanges(String name, String phone, String ethnicity, Relation relation, List<String> tags) {}
