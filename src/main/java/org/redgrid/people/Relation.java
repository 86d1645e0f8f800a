package org.redgrid.people;

import java.util.Arrays;
import java.util.Optional;

/** 与户主关系: a person's relation to the head of the household. */
public enum Relation {
    HEAD("户主"),
    SPOUSE("配偶"),
    CHILD("子女"),
    PARENT("父母"),
    OTHER("其他");

    private final String nameZh;

    Relation(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    /** Accepts the English constant or the Chinese name, as spreadsheets use either. */
    public static Optional<Relation> parse(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        String value = text.trim();
        return Arrays.stream(values())
                .filter(r -> r.name().equalsIgnoreCase(value) || r.nameZh.equals(value))
                .findFirst();
    }
}
