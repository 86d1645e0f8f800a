package org.redgrid.people;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.redgrid.organization.Organization;
import org.redgrid.people.ImportReport.RowError;
import org.redgrid.people.internal.ImportRows;
import org.redgrid.people.internal.ImportRows.Parsed;
import org.redgrid.people.internal.MoveInRule;
import org.redgrid.shared.Actor;
import org.redgrid.shared.AuditRecord;
import org.redgrid.shared.InvalidValue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports households and persons from the .xlsx template. Every row is checked first and every broken
 * rule reported with its row, column and value; then, in one transaction, either nothing is written
 * (all-or-nothing with errors) or the valid rows are. Rows at one address form one household. A row
 * whose ID number is registered outside the importer's scope is no error: it files a move-in request,
 * as registering by hand does, so that the report never tells where a number is registered.
 */
@Service
public class HouseholdImport {

    /** The template's columns, in order. */
    public enum Column {
        GRID("网格编码", "gridCode"),
        BUILDING("楼栋", "building"),
        UNIT("单元", "unit"),
        ROOM("房号", "room"),
        NAME("姓名", "name"),
        ID_NUMBER("身份证号", "idNumber"),
        PHONE("手机号", "phone"),
        ETHNICITY("民族", "ethnicity"),
        RELATION("与户主关系", "relation"),
        TAGS("标签", "tags");

        private final String header;
        private final String field;

        Column(String header, String field) {
            this.header = header;
            this.field = field;
        }

        public String header() {
            return header;
        }

        public String label() {
            return header + " (" + field + ")";
        }
    }

    public static final int MAX_ROWS = 20_000;

    private final People people;
    private final Organization organization;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HouseholdImport(People people, Organization organization, ApplicationEventPublisher events, Clock clock) {
        this.people = people;
        this.organization = organization;
        this.events = events;
        this.clock = clock;
    }

    /** What reading a file found: how many rows, the valid ones, and every broken rule. */
    private record Read(int rowsRead, List<Parsed> valid, List<RowError> errors) {}

    @Transactional
    public ImportReport importFile(byte[] file, ImportMode mode) {
        Actor actor = People.requireRegistryWriter();
        ImportMode chosen = mode == null ? ImportMode.ALL_OR_NOTHING : mode;
        if (file == null || file.length < 4 || !ReadableWorkbook.isOOXMLZipHeader(Arrays.copyOf(file, 8))) {
            throw new InvalidValue(
                    "file",
                    "xlsx.format",
                    "请上传 .xlsx 格式的 Excel 文件（可下载模板）",
                    "upload an .xlsx workbook (download the template)");
        }
        Read read = read(actor, file);
        if (chosen == ImportMode.ALL_OR_NOTHING && !read.errors().isEmpty()) {
            return new ImportReport(chosen, read.rowsRead(), read.valid().size(), 0, 0, 0, false, read.errors());
        }
        return write(actor, chosen, read);
    }

    private Read read(Actor actor, byte[] file) {
        ImportRows rows =
                new ImportRows(organization, clock, id -> people.collision(actor, id) == MoveInRule.Collision.IN_SCOPE);
        List<Parsed> valid = new ArrayList<>();
        int rowsRead = 0;
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file));
                Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            boolean header = true;
            for (Row row : (Iterable<Row>) sheet::iterator) {
                if (header) {
                    ImportRows.checkHeader(row);
                    header = false;
                } else if (!ImportRows.blank(row)) {
                    if (++rowsRead > MAX_ROWS) {
                        throw new InvalidValue(
                                "file",
                                "xlsx.max-rows",
                                "单次导入最多 " + MAX_ROWS + " 行",
                                "at most " + MAX_ROWS + " rows per import");
                    }
                    rows.parse(row).ifPresent(valid::add);
                }
            }
            if (header) throw new InvalidValue("file", "xlsx.empty", "文件没有内容", "the workbook is empty");
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidValue invalid) throw invalid;
            throw new InvalidValue("file", "xlsx.unreadable", "无法读取该 Excel 文件", "the workbook cannot be read");
        }
        return new Read(rowsRead, valid, rows.errors());
    }

    /** Registers the valid rows, one household per address, and audits the import. */
    private ImportReport write(Actor actor, ImportMode mode, Read read) {
        Map<String, Long> households = new HashMap<>();
        int householdsCreated = 0;
        int moveIns = 0;
        for (Parsed row : read.valid()) {
            Long householdId = households.get(row.address());
            if (householdId == null) {
                householdId = people.householdAt(row.gridCode(), row.buildingId(), row.unit(), row.room())
                        .orElse(null);
                if (householdId == null) {
                    householdId = people.insertHousehold(
                            new NewHousehold(row.gridCode(), row.buildingId(), row.unit(), row.room(), null));
                    householdsCreated++;
                }
                households.put(row.address(), householdId);
            }
            if (people.file(actor, people.household(householdId), row.person(), row.idNumber())
                    .filedMoveIn()) {
                moveIns++;
            }
        }
        int persons = read.valid().size() - moveIns;
        events.publishEvent(new AuditRecord(
                "IMPORT",
                "household",
                null,
                read.valid().isEmpty() ? null : read.valid().get(0).gridCode(),
                "mode=" + mode + " rows=" + read.rowsRead() + " persons=" + persons + " moveIns=" + moveIns + " errors="
                        + read.errors().size()));
        return new ImportReport(
                mode, read.rowsRead(), read.valid().size(), householdsCreated, persons, moveIns, true, read.errors());
    }

    /** Writes the template: the header row, one example row, and text format on the code columns. */
    public void writeTemplate(OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Beijiang Red Grid", "1.0");
        Worksheet sheet = workbook.newWorksheet("户籍人口导入");
        Column[] columns = Column.values();
        String[] example = {
            "150105004015001", "1号楼", "1单元", "101", "张三", "11010519491231002X", "13800000000", "汉族", "户主", "业主,党员"
        };
        for (int c = 0; c < columns.length; c++) {
            sheet.value(0, c, columns[c].header());
            sheet.style(0, c).bold().set();
            sheet.value(1, c, example[c]);
            sheet.range(1, c, MAX_ROWS, c).style().format("@").set();
            sheet.width(c, c == 5 ? 22 : 14);
        }
        Worksheet notes = workbook.newWorksheet("填写说明");
        String[] lines = {
            "每行一人；网格、楼栋、单元、房号相同的行归为同一户。",
            "网格编码为 15 位（村/社区 12 位代码 + 3 位序号），须在您的管辖范围内。",
            "楼栋须是该网格已登记的楼栋名称；单元如“1单元”；房号必填。",
            "身份证号须符合 GB 11643（18 位，含校验位），请将该列设为文本格式。",
            "手机号可空；与户主关系：户主、配偶、子女、父母、其他；标签用逗号分隔。",
            "One person per row; rows with the same grid, building, unit and room form one household."
        };
        for (int i = 0; i < lines.length; i++) notes.value(i, 0, lines[i]);
        workbook.finish();
    }
}
