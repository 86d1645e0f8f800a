package org.redgrid.people;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.redgrid.organization.BuildingView;
import org.redgrid.organization.Organization;
import org.redgrid.people.ImportReport.RowError;
import org.redgrid.people.internal.MoveInRule;
import org.redgrid.shared.Actor;
import org.redgrid.shared.AuditRecord;
import org.redgrid.shared.IdNumber;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.PhoneNumber;
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

        String label() {
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

    private record Parsed(
            int row,
            String gridCode,
            Long buildingId,
            String unit,
            String room,
            NewPerson person,
            IdNumber idNumber,
            PhoneNumber phone) {}

    @Transactional
    public ImportReport importFile(byte[] file, ImportMode mode) {
        Actor actor = People.requireRegistryWriter();
        if (mode == null) mode = ImportMode.ALL_OR_NOTHING;
        if (file == null || file.length < 4 || !ReadableWorkbook.isOOXMLZipHeader(Arrays.copyOf(file, 8))) {
            throw new InvalidValue(
                    "file",
                    "xlsx.format",
                    "请上传 .xlsx 格式的 Excel 文件（可下载模板）",
                    "upload an .xlsx workbook (download the template)");
        }
        List<RowError> errors = new ArrayList<>();
        List<Parsed> valid = new ArrayList<>();
        int rowsRead = 0;
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file));
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            Set<String> seenIdNumbers = new HashSet<>();
            Map<String, Boolean> grids = new HashMap<>();
            Map<String, Optional<BuildingView>> buildings = new HashMap<>();
            boolean header = true;
            for (Row row : (Iterable<Row>) rows::iterator) {
                if (header) {
                    checkHeader(row);
                    header = false;
                    continue;
                }
                if (blank(row)) continue;
                if (++rowsRead > MAX_ROWS) {
                    throw new InvalidValue(
                            "file",
                            "xlsx.max-rows",
                            "单次导入最多 " + MAX_ROWS + " 行",
                            "at most " + MAX_ROWS + " rows per import");
                }
                int before = errors.size();
                Parsed parsed = parse(actor, row, grids, buildings, seenIdNumbers, errors);
                if (errors.size() == before && parsed != null) valid.add(parsed);
            }
            if (header) {
                throw new InvalidValue("file", "xlsx.empty", "文件没有内容", "the workbook is empty");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidValue invalid) throw invalid;
            throw new InvalidValue("file", "xlsx.unreadable", "无法读取该 Excel 文件", "the workbook cannot be read");
        }
        if (mode == ImportMode.ALL_OR_NOTHING && !errors.isEmpty()) {
            return new ImportReport(mode, rowsRead, valid.size(), 0, 0, 0, false, errors);
        }
        Map<String, Long> households = new HashMap<>();
        int householdsCreated = 0;
        int moveIns = 0;
        for (Parsed row : valid) {
            String address = row.gridCode() + "|" + row.buildingId() + "|" + row.unit() + "|" + row.room();
            Long householdId = households.get(address);
            if (householdId == null) {
                householdId = people.householdAt(row.gridCode(), row.buildingId(), row.unit(), row.room())
                        .orElse(null);
                if (householdId == null) {
                    householdId = people.insertHousehold(
                            new NewHousehold(row.gridCode(), row.buildingId(), row.unit(), row.room(), null));
                    householdsCreated++;
                }
                households.put(address, householdId);
            }
            if (people.file(actor, people.household(householdId), row.person(), row.idNumber())
                    .filedMoveIn()) {
                moveIns++;
            }
        }
        events.publishEvent(new AuditRecord(
                "IMPORT",
                "household",
                null,
                valid.isEmpty() ? null : valid.get(0).gridCode(),
                "mode=" + mode + " rows=" + rowsRead + " persons=" + (valid.size() - moveIns) + " moveIns=" + moveIns
                        + " errors=" + errors.size()));
        return new ImportReport(
                mode, rowsRead, valid.size(), householdsCreated, valid.size() - moveIns, moveIns, true, errors);
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

    private Parsed parse(
            Actor actor,
            Row row,
            Map<String, Boolean> grids,
            Map<String, Optional<BuildingView>> buildings,
            Set<String> seenIdNumbers,
            List<RowError> errors) {
        int number = row.getRowNum();
        String grid = cell(row, Column.GRID);
        if (grid.isEmpty()) {
            error(errors, number, Column.GRID, grid, "required", "网格编码必填", "gridCode is required");
        } else if (!grid.matches("\\d{15}")) {
            error(errors, number, Column.GRID, grid, "grid-code.format", "网格编码须为 15 位数字", "gridCode must be 15 digits");
        } else if (!grids.computeIfAbsent(grid, organization::gridVisible)) {
            error(errors, number, Column.GRID, grid, "grid.in-scope", "网格不存在或不在您的管辖范围内", "no such grid in your scope");
        }
        Long buildingId = null;
        String buildingName = cell(row, Column.BUILDING);
        String unit = cell(row, Column.UNIT);
        if (!buildingName.isEmpty() && grid.matches("\\d{15}") && grids.getOrDefault(grid, false)) {
            Optional<BuildingView> building = buildings.computeIfAbsent(
                    grid + "|" + buildingName, key -> organization.buildingNamed(grid, buildingName));
            if (building.isEmpty()) {
                error(
                        errors,
                        number,
                        Column.BUILDING,
                        buildingName,
                        "building.exists",
                        "该网格内没有此楼栋",
                        "no such building in the grid");
            } else {
                buildingId = building.get().id();
                if (!unit.isEmpty() && !building.get().unitNames().contains(unit)) {
                    error(errors, number, Column.UNIT, unit, "unit.exists", "该楼栋没有此单元", "no such unit in the building");
                }
            }
        } else if (buildingName.isEmpty() && !unit.isEmpty()) {
            error(errors, number, Column.UNIT, unit, "unit.building", "填写单元时须填写楼栋", "a unit needs a building");
        }
        String room = cell(row, Column.ROOM);
        if (room.isEmpty()) error(errors, number, Column.ROOM, room, "required", "房号必填", "room is required");
        else if (room.length() > 20)
            error(errors, number, Column.ROOM, room, "max-length", "房号最多 20 个字符", "room is longer than 20");
        String name = cell(row, Column.NAME);
        if (name.isEmpty()) error(errors, number, Column.NAME, name, "required", "姓名必填", "name is required");
        else if (name.length() > 50)
            error(errors, number, Column.NAME, name, "max-length", "姓名最多 50 个字符", "name is longer than 50");
        IdNumber idNumber = null;
        String rawId = cell(row, Column.ID_NUMBER);
        try {
            idNumber = IdNumber.parse("idNumber", rawId, clock);
            if (!seenIdNumbers.add(idNumber.value())) {
                error(
                        errors,
                        number,
                        Column.ID_NUMBER,
                        masked(rawId),
                        "idNumber.unique-in-file",
                        "文件中身份证号重复",
                        "the ID number appears twice in the file");
                idNumber = null;
            } else if (people.collision(actor, idNumber) == MoveInRule.Collision.IN_SCOPE) {
                error(
                        errors,
                        number,
                        Column.ID_NUMBER,
                        masked(rawId),
                        "idNumber.unique",
                        "该身份证号已登记",
                        "this ID number is already registered");
                idNumber = null;
            }
        } catch (InvalidValue e) {
            error(errors, number, Column.ID_NUMBER, masked(rawId), e.rule(), e.messageZh(), e.messageEn());
        }
        PhoneNumber phone = null;
        String rawPhone = cell(row, Column.PHONE);
        if (!rawPhone.isEmpty()) {
            try {
                phone = PhoneNumber.parse("phone", rawPhone);
            } catch (InvalidValue e) {
                error(errors, number, Column.PHONE, rawPhone, e.rule(), e.messageZh(), e.messageEn());
            }
        }
        String rawRelation = cell(row, Column.RELATION);
        Relation relation = Relation.parse(rawRelation).orElse(null);
        if (!rawRelation.isEmpty() && relation == null) {
            error(
                    errors,
                    number,
                    Column.RELATION,
                    rawRelation,
                    "relation.enum",
                    "与户主关系须为 户主/配偶/子女/父母/其他",
                    "relation must be HEAD, SPOUSE, CHILD, PARENT or OTHER");
        }
        String ethnicity = cell(row, Column.ETHNICITY);
        if (ethnicity.length() > 20) {
            error(
                    errors,
                    number,
                    Column.ETHNICITY,
                    ethnicity,
                    "max-length",
                    "民族最多 20 个字符",
                    "ethnicity is longer than 20");
        }
        List<String> tags = Arrays.stream(cell(row, Column.TAGS).split("[,，、;；]"))
                .map(String::trim)
                .filter(tag -> !tag.isEmpty())
                .toList();
        if (idNumber == null) return null;
        return new Parsed(
                number,
                grid,
                buildingId,
                unit.isEmpty() ? null : unit,
                room,
                new NewPerson(null, name, idNumber.value(), rawPhone, ethnicity, relation, tags),
                idNumber,
                phone);
    }

    private static void checkHeader(Row row) {
        for (Column column : Column.values()) {
            String text = cell(row, column);
            if (!text.startsWith(column.header())) {
                throw new InvalidValue(
                        "file",
                        "xlsx.template",
                        "第 1 行第 " + (column.ordinal() + 1) + " 列应为“" + column.header() + "”，请使用导入模板",
                        "row 1 column " + (column.ordinal() + 1) + " must be '" + column.header()
                                + "'; use the template");
            }
        }
    }

    private static boolean blank(Row row) {
        return Arrays.stream(Column.values())
                .allMatch(column -> cell(row, column).isEmpty());
    }

    private static String cell(Row row, Column column) {
        int index = column.ordinal();
        if (index >= row.getCellCount()) return "";
        String text = row.getCellText(index);
        return text == null ? "" : text.trim();
    }

    /** Reports keep ID numbers masked: an error report is often forwarded. */
    private static String masked(String raw) {
        if (raw == null || raw.length() < 8) return raw;
        return raw.substring(0, 3) + "*".repeat(raw.length() - 7) + raw.substring(raw.length() - 4);
    }

    private static void error(
            List<RowError> errors, int row, Column column, String value, String rule, String zh, String en) {
        errors.add(new RowError(row, column.label(), value, rule, zh, en));
    }
}
