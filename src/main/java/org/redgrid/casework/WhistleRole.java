package org.redgrid.casework;

/** 主办 leads the handling, 协办 assists. */
public enum WhistleRole {
    LEAD,
    ASSIST
}
