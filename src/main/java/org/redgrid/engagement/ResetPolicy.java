package org.redgrid.engagement;

/** Whether a member's points total starts again each calendar year or runs on. */
public enum ResetPolicy {
    YEARLY,
    NEVER
}
