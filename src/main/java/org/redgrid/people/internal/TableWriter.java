package org.redgrid.people.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes one table as .xlsx or CSV, row by row, so that exports stream instead of building the whole
 * file in memory. CSV starts with a UTF-8 byte-order mark (Excel opens Chinese text correctly) and
 * cells that a spreadsheet would run as a formula are neutralised.
 */
public final class TableWriter implements AutoCloseable {

    /** The two export formats. */
    public enum Format {
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        CSV("text/csv;charset=UTF-8", "csv");

        private final String contentType;
        private final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }
    }

    private final Workbook workbook;
    private final Worksheet sheet;
    private final Writer csv;
    private int row;

    public TableWriter(Format format, OutputStream out, String sheetName, List<String> headers) {
        try {
            if (format == Format.XLSX) {
                this.workbook = new Workbook(out, "Beijiang Red Grid", "1.0");
                this.sheet = workbook.newWorksheet(sheetName);
                this.csv = null;
            } else {
                this.workbook = null;
                this.sheet = null;
                this.csv = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                csv.write('\uFEFF');
            }
            add(headers);
            if (sheet != null) sheet.style(0, 0).bold().set();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void add(List<?> cells) {
        try {
            if (sheet != null) {
                for (int column = 0; column < cells.size(); column++) {
                    Object value = cells.get(column);
                    if (value instanceof Number number) {
                        sheet.value(row, column, number);
                    } else if (value != null) {
                        sheet.value(row, column, value.toString());
                    }
                }
                if (row % 1000 == 999) sheet.flush();
            } else {
                StringBuilder line = new StringBuilder();
                for (int column = 0; column < cells.size(); column++) {
                    if (column > 0) line.append(',');
                    line.append(csvCell(cells.get(column)));
                }
                csv.write(line.append("\r\n").toString());
            }
            row++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (workbook != null) workbook.finish();
            if (csv != null) csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String csvCell(Object value) {
        if (value == null) return "";
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
