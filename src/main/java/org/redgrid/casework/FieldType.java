package org.redgrid.casework;

import java.util.Locale;

/** The datatypes of Open311 GeoReport v2 service attributes, which our intake forms use as they are. */
public enum FieldType {
    STRING,
    NUMBER,
    DATETIME,
    TEXT,
    SINGLEVALUELIST,
    MULTIVALUELIST;

    /** The name as GeoReport v2 writes it, lower case. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isList() {
        return this == SINGLEVALUELIST || this == MULTIVALUELIST;
    }
}
