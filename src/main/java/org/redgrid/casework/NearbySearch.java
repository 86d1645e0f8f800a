package org.redgrid.casework;

import org.redgrid.shared.GeoPoint;
import org.redgrid.shared.InvalidValue;

/**
 * 附近已有的相似问题: where a resident is about to report, how far around to look and for which category.
 * The point is required and on the globe; the radius defaults to {@value #DEFAULT_RADIUS} m and is capped
 * at {@value #MAX_RADIUS} m, so that the answer stays a neighbourhood's and never a map of the region.
 */
public record NearbySearch(double lat, double lng, String category, int radiusMetres) {

    public static final int DEFAULT_RADIUS = 300;
    public static final int MAX_RADIUS = 1000;
    /** At most this many cases are listed, nearest first. */
    public static final int LIMIT = 10;

    /** The search the caller asked for, or a 400 naming the field and the rule it breaks. */
    public static NearbySearch of(Double lat, Double lng, String category, Integer radius) {
        if (lat == null) throw new InvalidValue("lat", "required", "须提供纬度", "lat is required");
        if (lng == null) throw new InvalidValue("lng", "required", "须提供经度", "lng is required");
        GeoPoint.check("lat", "lng", lat, lng);
        int metres = radius == null ? DEFAULT_RADIUS : radius;
        if (metres < 1 || metres > MAX_RADIUS) {
            throw new InvalidValue(
                    "radius",
                    "range",
                    "范围须在 1 到 " + MAX_RADIUS + " 米之间",
                    "radius must lie between 1 and " + MAX_RADIUS + " metres");
        }
        String code = category == null || category.isBlank() ? null : category.trim();
        if (code != null && code.length() > 48) {
            throw new InvalidValue("category", "max-length", "类别代码过长", "category code is too long");
        }
        return new NearbySearch(lat, lng, code, metres);
    }
}
