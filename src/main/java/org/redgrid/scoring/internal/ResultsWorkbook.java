package org.redgrid.scoring.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.redgrid.scoring.ResultRow;

/** The published results of a round as one .xlsx sheet, in their overall order. */
public final class ResultsWorkbook {

    private static final List<String> HEADERS = List.of("单位编码", "单位名称", "类别", "得分", "等次", "类内排名", "归一位次", "标记");

    private ResultsWorkbook() {}

    public static byte[] of(String title, List<ResultRow> rows) {
        var out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Beijiang Red Grid", "1.0");
            Worksheet sheet = workbook.newWorksheet("考评结果");
            sheet.value(0, 0, title);
            for (int c = 0; c < HEADERS.size(); c++) sheet.value(1, c, HEADERS.get(c));
            sheet.range(1, 0, 1, HEADERS.size() - 1).style().bold().set();
            int r = 2;
            for (ResultRow row : rows) {
                sheet.value(r, 0, row.unit());
                sheet.value(r, 1, row.name());
                sheet.value(r, 2, row.unitClass());
                sheet.value(r, 3, row.score());
                if (row.level() != null) sheet.value(r, 4, row.level());
                sheet.value(r, 5, row.rank());
                sheet.value(r, 6, row.percentile());
                if (row.flag() != null) sheet.value(r, 7, "TOP".equals(row.flag()) ? "通报表扬" : "约谈");
                r++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
