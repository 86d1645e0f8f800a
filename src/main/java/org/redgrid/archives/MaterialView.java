package org.redgrid.archives;

import java.time.Instant;

/** One material of a file's catalogue: its class, title, page count and whether the scan was checked. */
public record MaterialView(
        long id, MaterialClass materialClass, String title, int pages, String checkedBy, Instant checkedAt) {

    public boolean checked() {
        return checkedAt != null;
    }
}
