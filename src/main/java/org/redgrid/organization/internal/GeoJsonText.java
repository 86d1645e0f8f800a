package org.redgrid.organization.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** A JTS geometry written as compact GeoJSON geometry text, positions rounded to a number of decimals. */
final class GeoJsonText {

    private GeoJsonText() {}

    static String of(Geometry geometry, int decimals) {
        StringBuilder out = new StringBuilder();
        if (geometry instanceof Point point) {
            out.append("{\"type\":\"Point\",\"coordinates\":");
            position(out, point.getCoordinate(), decimals);
        } else if (geometry instanceof Polygon polygon) {
            out.append("{\"type\":\"Polygon\",\"coordinates\":");
            polygon(out, polygon, decimals);
        } else {
            out.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
            boolean first = true;
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                if (!(geometry.getGeometryN(i) instanceof Polygon polygon) || polygon.isEmpty()) continue;
                if (!first) out.append(',');
                polygon(out, polygon, decimals);
                first = false;
            }
            out.append(']');
        }
        return out.append('}').toString();
    }

    private static void polygon(StringBuilder out, Polygon polygon, int decimals) {
        out.append('[');
        ring(out, polygon.getExteriorRing(), decimals);
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            out.append(',');
            ring(out, polygon.getInteriorRingN(i), decimals);
        }
        out.append(']');
    }

    private static void ring(StringBuilder out, LineString ring, int decimals) {
        out.append('[');
        Coordinate[] coordinates = ring.getCoordinates();
        for (int i = 0; i < coordinates.length; i++) {
            if (i > 0) out.append(',');
            position(out, coordinates[i], decimals);
        }
        out.append(']');
    }

    private static void position(StringBuilder out, Coordinate coordinate, int decimals) {
        out.append('[')
                .append(round(coordinate.x, decimals))
                .append(',')
                .append(round(coordinate.y, decimals))
                .append(']');
    }

    private static String round(double value, int decimals) {
        return BigDecimal.valueOf(value)
                .setScale(decimals, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }
}
