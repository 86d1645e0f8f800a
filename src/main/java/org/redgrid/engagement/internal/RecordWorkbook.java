package org.redgrid.engagement.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.redgrid.engagement.PointEntryView;
import org.redgrid.engagement.RegistrationView;
import org.redgrid.engagement.ServiceRecord;

/** 双报告 as a spreadsheet: a summary sheet, the activities attended and the points with their sources. */
public final class RecordWorkbook {

    static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Ledger.LOCAL);

    private RecordWorkbook() {}

    public static void write(ServiceRecord record, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Beijiang Red Grid", "1.0");
            Worksheet summary = workbook.newWorksheet("概况");
            String[][] rows = {
                {"姓名", record.member().name()},
                {"工作单位", record.member().employerName()},
                {"期间", record.from() + " 至 " + record.to()},
                {"服务时长（小时）", String.format("%.1f", record.hours())},
                {"期间积分", Integer.toString(record.total())},
                {"年度星级", Integer.toString(record.stars())}
            };
            int row = 0;
            for (String[] pair : rows) {
                summary.value(row, 0, pair[0]);
                summary.value(row++, 1, cell(pair[1]));
            }
            for (RegistrationView registration : record.registrations()) {
                summary.value(row, 0, "报到社区");
                summary.value(
                        row++,
                        1,
                        registration.community() + " " + registration.status().nameZh());
            }
            Worksheet attended = workbook.newWorksheet("服务纪实");
            header(attended, "活动", "地点", "签到时间", "时长（小时）");
            row = 1;
            for (ServiceRecord.Attendance attendance : record.attendance()) {
                attended.value(row, 0, cell(attendance.title()));
                attended.value(row, 1, cell(attendance.place()));
                attended.value(row, 2, TIME.format(attendance.at()));
                attended.value(row++, 3, attendance.hours());
            }
            Worksheet points = workbook.newWorksheet("积分");
            header(points, "规则", "来源", "积分", "时间", "审批人", "说明");
            row = 1;
            for (PointEntryView entry : record.points()) {
                points.value(row, 0, entry.rule().name());
                points.value(row, 1, cell(entry.source()));
                points.value(row, 2, entry.points());
                points.value(row, 3, TIME.format(entry.at()));
                points.value(row, 4, cell(entry.approver()));
                points.value(row++, 5, cell(entry.note()));
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Worksheet sheet, String... names) {
        for (int i = 0; i < names.length; i++) sheet.value(0, i, names[i]);
        sheet.range(0, 0, 0, names.length - 1).style().bold().set();
    }

    /** Text a spreadsheet would run as a formula is written with a leading apostrophe. */
    static String cell(String value) {
        if (value == null) return "";
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
