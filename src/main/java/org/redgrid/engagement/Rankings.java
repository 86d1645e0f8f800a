package org.redgrid.engagement;

/** What a ranking groups members by: their community, their party branch or their employer. */
public enum Rankings {
    COMMUNITY,
    BRANCH,
    EMPLOYER
}
