package org.redgrid.deliberation;

/**
 * The count of one motion: votes for, against and abstaining, the voters entitled (on the roll) and those
 * present. Whoever is entitled and cast no vote is absent or silent; the rule decides what that means.
 */
public record Tally(int inFavour, int against, int abstain, int entitled, int present) {

    public Tally {
        if (inFavour < 0 || against < 0 || abstain < 0) throw new IllegalArgumentException("negative votes");
        if (inFavour + against + abstain > present) throw new IllegalArgumentException("more votes than present");
        if (present > entitled) throw new IllegalArgumentException("more present than entitled");
    }
}
