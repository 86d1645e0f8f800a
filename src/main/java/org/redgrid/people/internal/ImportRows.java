package org.redgrid.people.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.dhatim.fastexcel.reader.Row;
import org.redgrid.organization.BuildingView;
import org.redgrid.organization.Organization;
import org.redgrid.people.HouseholdImport.Column;
import org.redgrid.people.ImportReport.RowError;
import org.redgrid.people.NewPerson;
import org.redgrid.people.Relation;
import org.redgrid.shared.IdNumber;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.PhoneNumber;

/**
 * Checks the rows of one import file, one at a time, and collects every broken rule with its row,
 * column and value. Remembers the grids and buildings it has looked up and the ID numbers it has seen.
 */
public final class ImportRows {

    /** A row that broke no rule: its address and the person to register there. */
    public record Parsed(
            int row, String gridCode, Long buildingId, String unit, String room, NewPerson person, IdNumber idNumber) {

        public String address() {
            return gridCode + "|" + buildingId + "|" + unit + "|" + room;
        }
    }

    /** Where a row's building check ended: the building's id, if any. */
    private record Place(Long buildingId, String unit) {}

    private final Organization organization;
    private final Clock clock;
    private final Predicate<IdNumber> registeredInScope;
    private final List<RowError> errors = new ArrayList<>();
    private final Set<String> seenIdNumbers = new HashSet<>();
    private final Map<String, Boolean> grids = new HashMap<>();
    private final Map<String, Optional<BuildingView>> buildings = new HashMap<>();

    /**
     * @param registeredInScope whether an ID number is registered where the importer may see it; one
     *     registered elsewhere is no error (it files a move-in when written)
     */
    public ImportRows(Organization organization, Clock clock, Predicate<IdNumber> registeredInScope) {
        this.organization = organization;
        this.clock = clock;
        this.registeredInScope = registeredInScope;
    }

    public List<RowError> errors() {
        return errors;
    }

    /** The row if it broke no rule; its broken rules are added to {@link #errors()}. */
    public Optional<Parsed> parse(Row row) {
        int before = errors.size();
        int number = row.getRowNum();
        String grid = checkGrid(number, cell(row, Column.GRID));
        Place place = checkBuilding(number, grid, cell(row, Column.BUILDING), cell(row, Column.UNIT));
        String room = checkLength(number, row, Column.ROOM, 20, "房号", "room");
        String name = checkLength(number, row, Column.NAME, 50, "姓名", "name");
        IdNumber idNumber = checkIdNumber(number, cell(row, Column.ID_NUMBER));
        String phone = checkPhone(number, cell(row, Column.PHONE));
        Relation relation = checkRelation(number, cell(row, Column.RELATION));
        String ethnicity = cell(row, Column.ETHNICITY);
        if (ethnicity.length() > 20) {
            error(number, Column.ETHNICITY, ethnicity, "max-length", "民族最多 20 个字符", "ethnicity is longer than 20");
        }
        List<String> tags = Arrays.stream(cell(row, Column.TAGS).split("[,，、;；]"))
                .map(String::trim)
                .filter(tag -> !tag.isEmpty())
                .toList();
        if (idNumber == null || errors.size() != before) return Optional.empty();
        NewPerson person = new NewPerson(null, name, idNumber.value(), phone, ethnicity, relation, tags);
        return Optional.of(new Parsed(number, grid, place.buildingId(), place.unit(), room, person, idNumber));
    }

    private String checkGrid(int number, String grid) {
        if (grid.isEmpty()) {
            error(number, Column.GRID, grid, "required", "网格编码必填", "gridCode is required");
        } else if (!grid.matches("\\d{15}")) {
            error(number, Column.GRID, grid, "grid-code.format", "网格编码须为 15 位数字", "gridCode must be 15 digits");
        } else if (!grids.computeIfAbsent(grid, organization::gridVisible)) {
            error(number, Column.GRID, grid, "grid.in-scope", "网格不存在或不在您的管辖范围内", "no such grid in your scope");
        }
        return grid;
    }

    private Place checkBuilding(int number, String grid, String buildingName, String unit) {
        String unitOrNull = unit.isEmpty() ? null : unit;
        if (buildingName.isEmpty()) {
            if (!unit.isEmpty()) {
                error(number, Column.UNIT, unit, "unit.building", "填写单元时须填写楼栋", "a unit needs a building");
            }
            return new Place(null, unitOrNull);
        }
        if (!grid.matches("\\d{15}") || !grids.getOrDefault(grid, false)) return new Place(null, unitOrNull);
        Optional<BuildingView> building = buildings.computeIfAbsent(
                grid + "|" + buildingName, key -> organization.buildingNamed(grid, buildingName));
        if (building.isEmpty()) {
            error(
                    number,
                    Column.BUILDING,
                    buildingName,
                    "building.exists",
                    "该网格内没有此楼栋",
                    "no such building in the grid");
            return new Place(null, unitOrNull);
        }
        if (!unit.isEmpty() && !building.get().unitNames().contains(unit)) {
            error(number, Column.UNIT, unit, "unit.exists", "该楼栋没有此单元", "no such unit in the building");
        }
        return new Place(building.get().id(), unitOrNull);
    }

    private String checkLength(int number, Row row, Column column, int max, String zh, String en) {
        String value = cell(row, column);
        if (value.isEmpty()) {
            error(number, column, value, "required", zh + "必填", en + " is required");
        } else if (value.length() > max) {
            error(number, column, value, "max-length", zh + "最多 " + max + " 个字符", en + " is longer than " + max);
        }
        return value;
    }

    /** The ID number, or null when it breaks a rule. A number registered in scope is a duplicate. */
    private IdNumber checkIdNumber(int number, String raw) {
        IdNumber idNumber;
        try {
            idNumber = IdNumber.parse("idNumber", raw, clock);
        } catch (InvalidValue e) {
            error(number, Column.ID_NUMBER, masked(raw), e.rule(), e.messageZh(), e.messageEn());
            return null;
        }
        if (!seenIdNumbers.add(idNumber.value())) {
            error(
                    number,
                    Column.ID_NUMBER,
                    masked(raw),
                    "idNumber.unique-in-file",
                    "文件中身份证号重复",
                    "the ID number appears twice in the file");
            return null;
        }
        if (registeredInScope.test(idNumber)) {
            error(
                    number,
                    Column.ID_NUMBER,
                    masked(raw),
                    "idNumber.unique",
                    "该身份证号已登记",
                    "this ID number is already registered");
            return null;
        }
        return idNumber;
    }

    private String checkPhone(int number, String raw) {
        if (raw.isEmpty()) return raw;
        try {
            PhoneNumber.parse("phone", raw);
        } catch (InvalidValue e) {
            error(number, Column.PHONE, raw, e.rule(), e.messageZh(), e.messageEn());
        }
        return raw;
    }

    private Relation checkRelation(int number, String raw) {
        Relation relation = Relation.parse(raw).orElse(null);
        if (!raw.isEmpty() && relation == null) {
            error(
                    number,
                    Column.RELATION,
                    raw,
                    "relation.enum",
                    "与户主关系须为 户主/配偶/子女/父母/其他",
                    "relation must be HEAD, SPOUSE, CHILD, PARENT or OTHER");
        }
        return relation;
    }

    public static void checkHeader(Row row) {
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

    public static boolean blank(Row row) {
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

    private void error(int row, Column column, String value, String rule, String zh, String en) {
        errors.add(new RowError(row, column.label(), value, rule, zh, en));
    }
}
