package org.redgrid.casework.internal;

/** The great-circle distance in metres between a case's point and a given one, as SQL. */
public final class Distance {

    private Distance() {}

    /** Metres from {@code c.lat, c.lng} to the point bound as {@code :lat, :lng} (haversine). */
    public static final String METRES = "6371000 * 2 * asin(sqrt(power(sin(radians(c.lat - :lat) / 2), 2)"
            + " + cos(radians(:lat)) * cos(radians(c.lat)) * power(sin(radians(c.lng - :lng) / 2), 2)))";

    /** A box of about {@code :box} degrees around the point, so the distance is computed for few rows. */
    public static final String NEAR =
            "c.lat between :lat - :box and :lat + :box" + " and c.lng between :lng - :box * 1.5 and :lng + :box * 1.5";
}
