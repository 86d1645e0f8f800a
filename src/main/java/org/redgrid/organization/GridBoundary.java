package org.redgrid.organization;

import java.util.ArrayList;
import java.util.List;
import org.redgrid.shared.InvalidValue;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A grid's boundary: a GeoJSON Polygon in WGS 84 ({@code [lng, lat]} positions), outer ring first,
 * each ring closed. Knows whether a point lies inside, so that a reported location finds its grid.
 */
public record GridBoundary(List<List<double[]>> rings) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public GridBoundary {
        rings = List.copyOf(rings);
    }

    /** Parses and checks a GeoJSON Polygon; errors name {@code field} and the rule broken. */
    public static GridBoundary parse(String field, String geoJson) {
        JsonNode root;
        try {
            root = JSON.readTree(geoJson);
        } catch (JacksonException e) {
            throw invalid(field, "geojson.syntax", "边界须为 GeoJSON 格式", "the boundary must be GeoJSON");
        }
        if (root == null || !"Polygon".equals(root.path("type").asString(""))) {
            throw invalid(field, "geojson.polygon", "边界须为 GeoJSON Polygon", "the boundary must be a GeoJSON Polygon");
        }
        JsonNode coordinates = root.path("coordinates");
        if (!coordinates.isArray() || coordinates.isEmpty()) {
            throw invalid(field, "geojson.rings", "多边形至少需要一个环", "a polygon needs at least one ring");
        }
        List<List<double[]>> rings = new ArrayList<>();
        for (JsonNode ring : coordinates) {
            if (!ring.isArray() || ring.size() < 4) {
                throw invalid(field, "geojson.ring-size", "每个环至少 4 个点（首尾相同）", "each ring needs at least 4 positions");
            }
            List<double[]> positions = new ArrayList<>();
            for (JsonNode position : ring) {
                if (!position.isArray()
                        || position.size() < 2
                        || !position.get(0).isNumber()
                        || !position.get(1).isNumber()) {
                    throw invalid(
                            field, "geojson.position", "坐标须为 [经度, 纬度]", "positions must be [longitude, latitude]");
                }
                double lng = position.get(0).asDouble();
                double lat = position.get(1).asDouble();
                if (lng < -180 || lng > 180 || lat < -90 || lat > 90) {
                    throw invalid(field, "geojson.range", "经纬度超出范围", "longitude or latitude out of range");
                }
                positions.add(new double[] {lng, lat});
            }
            double[] first = positions.get(0);
            double[] last = positions.get(positions.size() - 1);
            if (first[0] != last[0] || first[1] != last[1]) {
                throw invalid(field, "geojson.closed", "环须首尾闭合", "each ring must end where it starts");
            }
            rings.add(positions);
        }
        return new GridBoundary(rings);
    }

    /** Even-odd rule over all rings: inside the outer ring and outside every hole. */
    public boolean contains(double lat, double lng) {
        boolean inside = false;
        for (List<double[]> ring : rings) {
            for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
                double[] a = ring.get(i);
                double[] b = ring.get(j);
                if ((a[1] > lat) != (b[1] > lat) && lng < (b[0] - a[0]) * (lat - a[1]) / (b[1] - a[1]) + a[0]) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }

    /** The boundary as compact GeoJSON, as it is stored. */
    public String toGeoJson() {
        var polygon = JSON.createObjectNode().put("type", "Polygon");
        var coordinates = polygon.putArray("coordinates");
        for (List<double[]> ring : rings) {
            var out = coordinates.addArray();
            for (double[] position : ring) out.addArray().add(position[0]).add(position[1]);
        }
        return polygon.toString();
    }

    private static InvalidValue invalid(String field, String rule, String zh, String en) {
        return new InvalidValue(field, rule, zh, en);
    }
}
