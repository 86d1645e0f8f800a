package org.redgrid.casework;

/** The resident's verdict after closing: 满意 / 基本满意 / 不满意. */
public enum Satisfaction {
    SATISFIED,
    BASICALLY_SATISFIED,
    DISSATISFIED
}
