package org.redgrid.casework.internal;

import org.redgrid.shared.Forbidden;

/** A bulk intake item placed in a grid outside the caller's scope (403), naming the field that placed it. */
public class OutsideScope extends Forbidden {

    private final String field;

    public OutsideScope(String field) {
        super("该网格不在您的管辖范围内", "the grid is outside your scope");
        this.field = field;
    }

    public String field() {
        return field;
    }
}
