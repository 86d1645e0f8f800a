package org.redgrid.people;

import java.util.List;

/**
 * The row-by-row result of an import: every broken rule with its row, column and value, and what was
 * written. With {@link ImportMode#ALL_OR_NOTHING} and any error, nothing is written. A row whose ID
 * number is registered outside the importer's scope files a move-in request ({@code moveInRequests}).
 */
public record ImportReport(
        ImportMode mode,
        int rowsRead,
        int rowsValid,
        int householdsCreated,
        int personsCreated,
        int moveInRequests,
        boolean committed,
        List<RowError> errors) {

    /** One broken rule in one cell. Rows are numbered as the spreadsheet shows them. */
    public record RowError(int row, String column, String value, String rule, String messageZh, String messageEn) {}
}
