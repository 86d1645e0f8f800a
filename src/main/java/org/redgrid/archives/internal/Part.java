package org.redgrid.archives.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.redgrid.archives.MaterialClass;
import org.redgrid.archives.MaterialView;
import org.redgrid.shared.InvalidValue;

/** A named part of a file that a grant covers: one material, or every material of one class. */
public record Part(Long material, MaterialClass materialClass) {

    private static final int MAX_PARTS = 50;

    public static Part of(long material) {
        return new Part(material, null);
    }

    public static Part of(MaterialClass materialClass) {
        return new Part(null, materialClass);
    }

    public boolean covers(long materialId, MaterialClass cls) {
        return material != null ? material == materialId : materialClass == cls;
    }

    /** How a part is written in the API and stored: the material id, or the class name. */
    @Override
    public String toString() {
        return material != null ? material.toString() : materialClass.name();
    }

    /** Parts as the API takes them: material ids (numbers) or class names ({@code PARTY}). */
    public static List<Part> parse(String field, List<String> values, boolean required) {
        if (values == null || values.isEmpty()) {
            if (!required) return List.of();
            throw new InvalidValue(field, "required", "请指定查阅的材料或类别", "name the materials or classes to read");
        }
        if (values.size() > MAX_PARTS) {
            throw new InvalidValue(field, "archives.parts-size", "一次最多 50 项", "at most 50 parts at once");
        }
        List<Part> parts = new ArrayList<>();
        for (String value : values) {
            String v = value == null ? "" : value.strip();
            if (v.matches("\\d{1,18}")) {
                parts.add(Part.of(Long.parseLong(v)));
            } else if (v.matches("[A-Za-z]{1,20}")) {
                parts.add(Part.of(MaterialClass.parse(field, v)));
            } else {
                throw new InvalidValue(
                        field,
                        "archives.part",
                        "每一项应为材料编号或材料类别名称（如 PARTY）",
                        "each part is a material id or a material class name such as PARTY");
            }
        }
        return parts.stream().distinct().toList();
    }

    /**
     * Parts as a person names them: a material's title as the catalogue shows it (入党志愿书) stands for
     * that material, a class's Chinese name for the class; anything else is left for {@link #parse}.
     */
    public static List<String> byTitle(List<?> values, List<MaterialView> materials) {
        if (values == null) return null;
        return values.stream()
                .map(value -> {
                    String v = text(value);
                    String name = v.strip();
                    for (MaterialView m : materials) if (m.title().equals(name)) return Long.toString(m.id());
                    for (MaterialClass c : MaterialClass.values())
                        if (c.nameZh().equals(name)) return c.name();
                    return v;
                })
                .toList();
    }

    /** A part as JSON gives it: a material id as a number, or text; anything else is refused by name. */
    private static String text(Object value) {
        if (value instanceof String s) return s;
        if (value instanceof Integer || value instanceof Long) return value.toString();
        throw new InvalidValue(
                "parts",
                "archives.part",
                "每一项应为材料编号或材料类别名称（如 PARTY）",
                "each part is a material id or a material class name such as PARTY");
    }

    /** Parts only by class, as the service catalogue proposes them. */
    public static List<String> classes(String field, List<String> values) {
        if (values == null) return List.of();
        return values.stream()
                .map(v -> MaterialClass.parse(field, v).name())
                .distinct()
                .toList();
    }

    /** The parts as the access history names them. */
    public static String storeForLog(List<Part> parts) {
        return parts.isEmpty() ? "whole file" : store(parts);
    }

    static String store(List<Part> parts) {
        return parts.isEmpty()
                ? null
                : String.join(",", parts.stream().map(Part::toString).toList());
    }

    static List<Part> load(String stored) {
        if (stored == null || stored.isBlank()) return List.of();
        return Arrays.stream(stored.split(","))
                .map(s -> s.chars().allMatch(Character::isDigit)
                        ? Part.of(Long.parseLong(s))
                        : Part.of(MaterialClass.valueOf(s)))
                .toList();
    }
}
