package org.redgrid.casework;

import java.util.List;

/**
 * The cases one bulk intake took in, announced as one event: each is the {@link CaseActionTaken} a
 * single intake would have published, and a listener treats them so. One event for the batch means
 * one event publication per listener instead of one per case and listener, and one delivery after
 * the commit instead of hundreds.
 */
public record CasesTaken(List<CaseActionTaken> cases) {

    public CasesTaken {
        cases = List.copyOf(cases);
    }
}
