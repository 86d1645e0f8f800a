package org.redgrid.casework;

/** 限时办结 lights: no clock yet, in time, yellow warning, red line passed. */
public enum DeadlineState {
    NONE,
    GREEN,
    YELLOW,
    RED
}
