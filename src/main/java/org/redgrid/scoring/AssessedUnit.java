package org.redgrid.scoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.redgrid.shared.InvalidValue;

/**
 * One unit assessed in a round — a school, a section-level unit, a branch, a community or a grid — with
 * its class (the ranking group) and the login bound to it, who fills its self-assessment. {@code area}
 * is the division or grid code the unit stands for, which measured facts are read for (may be null);
 * a unit with an area and no account is bound to the one staff login whose scope is exactly that area.
 */
public record AssessedUnit(
        String unit, String name, @JsonProperty("class") String unitClass, String account, String area) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public AssessedUnit {
        if (unit == null || !unit.strip().matches("[\\p{L}\\p{N}._-]{1,64}")) {
            throw new InvalidValue(
                    "assessed.unit",
                    "unit.format",
                    "被考评单位编码须为 1 到 64 个字母、数字、点、下划线或连字符",
                    "a unit code is 1 to 64 letters, digits, dots, underscores or hyphens");
        }
        unit = unit.strip();
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidValue(
                    "assessed.name",
                    "required",
                    "被考评单位须有名称（至多 200 字）",
                    "a unit needs a name of at most 200 characters");
        }
        name = name.strip();
        unitClass = unitClass == null || unitClass.isBlank() ? "" : unitClass.strip();
        account = account == null || account.isBlank() ? null : account.strip();
        area = area == null || area.isBlank() ? null : area.strip();
        if (area != null && !area.matches("\\d{2,15}")) {
            throw new InvalidValue(
                    "assessed.area",
                    "division-code.format",
                    "area 须为区划代码或网格编码",
                    "area must be a division or grid code");
        }
    }

    /**
     * A unit given by its code alone: a division or grid code stands for that place (its name, its area);
     * its class is empty and its login is the one person bound exactly to that place, if there is one.
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AssessedUnit of(String code) {
        String stripped = code == null ? null : code.strip();
        boolean place = stripped != null && stripped.matches("\\d{2,15}");
        return new AssessedUnit(stripped, stripped, null, null, place ? stripped : null);
    }

    /** The same unit bound to a login. */
    public AssessedUnit boundTo(String login) {
        return new AssessedUnit(unit, name, unitClass, login, area);
    }
}
