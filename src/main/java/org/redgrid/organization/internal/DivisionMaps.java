package org.redgrid.organization.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.redgrid.organization.DivisionView;
import org.redgrid.organization.GridBoundary;
import org.redgrid.organization.GridView;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The map of a division as a GeoJSON FeatureCollection of its children: leagues and counties by their
 * prepared outlines, streets and communities by the convex hull of their grids (or a grid's centre
 * when that is all there is), grids by their drawn boundary or else their centre. Areas with no
 * geometry at all are features with a null geometry, so the list stays complete.
 */
@Component
public class DivisionMaps {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BoundaryAtlas atlas;
    private final JdbcClient jdbc;

    DivisionMaps(BoundaryAtlas atlas, JdbcClient jdbc) {
        this.atlas = atlas;
        this.jdbc = jdbc;
    }

    /** One feature of the map: code, name, the value to colour it by, and its geometry text or null. */
    public record Area(String code, String name, Double value, String geometry) {}

    /** The map of the children of a division (2 to 9 digits) or of a community's grids. */
    public List<Area> children(
            DataScope scope,
            String code,
            List<DivisionView> divisions,
            List<GridView> grids,
            Map<String, Double> values) {
        List<Area> areas = new ArrayList<>();
        if (code.length() <= 4) {
            for (DivisionView child : divisions) {
                areas.add(new Area(
                        child.code(),
                        child.name(),
                        values.get(child.code()),
                        atlas.outline(child.code()).orElse(null)));
            }
            return areas;
        }
        if (code.length() <= 9) {
            Map<String, List<Geometry>> shapes = gridShapesBelow(scope, code, code.length() == 6 ? 9 : 12);
            for (DivisionView child : divisions) {
                List<Geometry> parts = shapes.get(child.code());
                String geometry = parts == null ? null : GeoJsonText.of(hull(parts), 5);
                areas.add(new Area(child.code(), child.name(), values.get(child.code()), geometry));
            }
            return areas;
        }
        for (GridView grid : grids) {
            String geometry = grid.polygon();
            if (geometry == null) {
                Geometry centre = shape(null, grid.centreLat(), grid.centreLng());
                geometry = centre == null ? null : GeoJsonText.of(centre, 6);
            }
            areas.add(new Area(grid.code(), grid.name(), values.get(grid.code()), geometry));
        }
        return areas;
    }

    /** The map as GeoJSON text. */
    public static String featureCollection(String code, String name, String indicator, List<Area> areas) {
        StringBuilder out = new StringBuilder("{\"type\":\"FeatureCollection\",\"code\":")
                .append(JSON.writeValueAsString(code))
                .append(",\"name\":")
                .append(JSON.writeValueAsString(name))
                .append(",\"indicator\":")
                .append(JSON.writeValueAsString(indicator))
                .append(",\"features\":[");
        for (int i = 0; i < areas.size(); i++) {
            Area area = areas.get(i);
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("code", area.code());
            properties.put("name", area.name());
            properties.put("value", area.value());
            if (i > 0) out.append(',');
            out.append("{\"type\":\"Feature\",\"id\":")
                    .append(JSON.writeValueAsString(area.code()))
                    .append(",\"properties\":")
                    .append(JSON.writeValueAsString(properties))
                    .append(",\"geometry\":")
                    .append(area.geometry() == null ? "null" : area.geometry())
                    .append('}');
        }
        return out.append("]}").toString();
    }

    /** The shapes of the grids below a division, grouped by the child each lies in. */
    private Map<String, List<Geometry>> gridShapesBelow(DataScope scope, String code, int childDigits) {
        Map<String, List<Geometry>> shapes = new LinkedHashMap<>();
        ScopedSql.bind(
                        jdbc.sql("select code, polygon, centre_lat, centre_lng from grid where code like :prefix and "
                                + ScopedSql.within("code")),
                        scope)
                .param("prefix", code + "%")
                .query((rs, row) -> {
                    Geometry shape = shape(rs.getString("polygon"), (Double) rs.getObject("centre_lat"), (Double)
                            rs.getObject("centre_lng"));
                    if (shape != null) {
                        shapes.computeIfAbsent(rs.getString("code").substring(0, childDigits), key -> new ArrayList<>())
                                .add(shape);
                    }
                    return null;
                })
                .list();
        return shapes;
    }

    private static Geometry hull(List<Geometry> parts) {
        return GEOMETRY.buildGeometry(parts).convexHull();
    }

    private static Geometry shape(String polygon, Double lat, Double lng) {
        if (polygon != null) {
            GridBoundary boundary = GridBoundary.parse("polygon", polygon);
            List<Coordinate> outer = new ArrayList<>();
            for (double[] position : boundary.rings().get(0)) outer.add(new Coordinate(position[0], position[1]));
            return GEOMETRY.createPolygon(outer.toArray(Coordinate[]::new));
        }
        if (lat != null && lng != null) return GEOMETRY.createPoint(new Coordinate(lng, lat));
        return null;
    }
}
