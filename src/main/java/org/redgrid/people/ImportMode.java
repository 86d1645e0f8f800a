package org.redgrid.people;

/** How an import treats a file with errors: write nothing, or write the rows that are valid. */
public enum ImportMode {
    ALL_OR_NOTHING,
    VALID_ROWS
}
