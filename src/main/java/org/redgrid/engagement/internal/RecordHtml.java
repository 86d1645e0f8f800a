package org.redgrid.engagement.internal;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.redgrid.engagement.PointEntryView;
import org.redgrid.engagement.RegistrationView;
import org.redgrid.engagement.ServiceRecord;
import org.springframework.web.util.HtmlUtils;

/** 双报告 as a printable page: the same record as the spreadsheet, every value escaped. */
public final class RecordHtml {

    private RecordHtml() {}

    public static void write(ServiceRecord record, OutputStream out) {
        PrintWriter html = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
        html.printf(
                """
                <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>党员服务纪实 %s</title>
                <style>body{font-family:sans-serif;margin:1.5rem;max-width:60rem}table{border-collapse:collapse;width:100%%;table-layout:fixed}
                th,td{border:1px solid #999;padding:.3rem .5rem;text-align:left;overflow-wrap:anywhere}h1{color:#b71c1c;font-size:1.4rem}
                @media print{button{display:none}}</style></head><body>
                <h1>在职党员“双报告”服务纪实</h1>
                <button type="button" onclick="window.print()">打印</button>
                <table id="summary"><tr><th>姓名</th><td>%s</td></tr><tr><th>工作单位</th><td>%s</td></tr>
                <tr><th>期间</th><td>%s 至 %s</td></tr><tr><th>服务时长（小时）</th><td>%.1f</td></tr>
                <tr><th>期间积分</th><td>%d</td></tr><tr><th>年度星级</th><td>%s</td></tr></table>
                """,
                e(record.member().name()),
                e(record.member().name()),
                e(record.member().employerName()),
                record.from(),
                record.to(),
                record.hours(),
                record.total(),
                "★".repeat(record.stars()) + "☆".repeat(5 - record.stars()));
        html.println("<h2>报到</h2><table id=\"registrations\"><tr><th>社区</th><th>网格</th><th>状态</th><th>岗位</th></tr>");
        for (RegistrationView r : record.registrations()) {
            html.printf(
                    "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>%n",
                    e(r.community()),
                    e(r.grid()),
                    e(r.status().nameZh()),
                    e(String.join(
                            "、", r.posts().stream().map(p -> p.kind().nameZh()).toList())));
        }
        html.println(
                "</table><h2>服务纪实</h2><table id=\"attendance\"><tr><th>活动</th><th>地点</th><th>签到时间</th><th>时长（小时）</th></tr>");
        for (ServiceRecord.Attendance a : record.attendance()) {
            html.printf(
                    "<tr><td>%s</td><td>%s</td><td>%s</td><td>%.1f</td></tr>%n",
                    e(a.title()), e(a.place()), RecordWorkbook.TIME.format(a.at()), a.hours());
        }
        html.println(
                "</table><h2>积分明细</h2><table id=\"points\"><tr><th>规则</th><th>来源</th><th>积分</th><th>时间</th><th>审批人</th></tr>");
        for (PointEntryView p : record.points()) {
            html.printf(
                    "<tr><td>%s</td><td>%s</td><td>%d</td><td>%s</td><td>%s</td></tr>%n",
                    e(p.rule().name()), e(p.source()), p.points(), RecordWorkbook.TIME.format(p.at()), e(p.approver()));
        }
        html.println("</table></body></html>");
        html.flush();
    }

    private static String e(String value) {
        return value == null ? "" : HtmlUtils.htmlEscape(value);
    }
}
