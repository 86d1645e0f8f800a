package org.redgrid.organization.internal;

import java.util.List;
import java.util.Optional;
import org.redgrid.organization.GridBoundary;

/**
 * Which grid a point lies in (网格定位): the grid whose boundary contains it, else the grid with the
 * nearest centre within a radius. A plain rule over candidate grids; finding the candidates is SQL's job.
 */
public record GridLocator(double radiusMetres) {

    private static final double EARTH_RADIUS_METRES = 6_371_000;

    /** A grid that may hold the point: its code, centre and (optional) GeoJSON boundary. */
    public record Candidate(String code, double lat, double lng, String polygon) {}

    public GridLocator {
        if (radiusMetres < 0) throw new IllegalArgumentException("radius must not be negative");
    }

    /** The candidate containing the point, else the nearest centre within the radius, else empty. */
    public Optional<Candidate> locate(List<Candidate> candidates, double lat, double lng) {
        for (Candidate grid : candidates) {
            if (grid.polygon() != null
                    && GridBoundary.parse("polygon", grid.polygon()).contains(lat, lng)) {
                return Optional.of(grid);
            }
        }
        Candidate nearest = null;
        double best = radiusMetres;
        for (Candidate grid : candidates) {
            double metres = distanceMetres(lat, lng, grid.lat(), grid.lng());
            if (metres <= best) {
                best = metres;
                nearest = grid;
            }
        }
        return Optional.ofNullable(nearest);
    }

    /** Great-circle distance by the haversine formula; metres matter here, not millimetres. */
    public static double distanceMetres(double lat1, double lng1, double lat2, double lng2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLng = Math.toRadians(lng2 - lng1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1))
                        * Math.cos(Math.toRadians(lat2))
                        * Math.sin(dLng / 2)
                        * Math.sin(dLng / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.sqrt(a));
    }
}
