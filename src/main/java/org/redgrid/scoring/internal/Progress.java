package org.redgrid.scoring.internal;

/** How far one unit's assessment has gone: each stage closes for the unit when the next one begins. */
public enum Progress {
    SELF,
    PEER,
    FINAL,
    DONE
}
