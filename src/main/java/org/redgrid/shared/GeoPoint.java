package org.redgrid.shared;

/** A point on the globe as latitude and longitude, given together or not at all. */
public final class GeoPoint {

    private GeoPoint() {}

    /**
     * Refuses a latitude without a longitude (or the reverse) and a coordinate off the globe; NaN and the
     * infinities are off it too, since they compare false against both limits.
     */
    public static void check(String latField, String lngField, Double lat, Double lng) {
        if ((lat == null) != (lng == null)) {
            throw new InvalidValue(
                    lat == null ? latField : lngField, "location.pair", "经纬度须成对提供", "give both latitude and longitude");
        }
        if (lat != null && !(lat >= -90 && lat <= 90)) {
            throw new InvalidValue(latField, "range", "纬度须在 -90 与 90 之间", "latitude must lie between -90 and 90");
        }
        if (lng != null && !(lng >= -180 && lng <= 180)) {
            throw new InvalidValue(lngField, "range", "经度须在 -180 与 180 之间", "longitude must lie between -180 and 180");
        }
    }
}
