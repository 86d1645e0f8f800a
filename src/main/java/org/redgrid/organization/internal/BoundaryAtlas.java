package org.redgrid.organization.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outlines of the leagues and counties from the packaged boundary files (see
 * {@code boundaries/SOURCE.md}), matched by name to the county-level divisions, simplified once on first
 * use and kept as GeoJSON text: a county at about 300 m for a league's map, a league as the union of its
 * counties at about 2 km for the region's map. Requests only copy the prepared text.
 */
@Component
public class BoundaryAtlas {

    /** Douglas–Peucker tolerances in degrees, with the topology kept (no ring crosses itself). */
    static final double COUNTY_TOLERANCE = 0.003;

    static final double LEAGUE_TOLERANCE = 0.02;

    private static final Logger log = LoggerFactory.getLogger(BoundaryAtlas.class);
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private volatile Map<String, String> outlines;

    BoundaryAtlas(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.json = JsonMapper.builder().build();
    }

    /** Prepares the outlines in the background once the platform has started, so no request waits for it. */
    @EventListener(ApplicationReadyEvent.class)
    void prepareInBackground() {
        Thread preparing = new Thread(this::outlines, "boundary-outlines");
        preparing.setDaemon(true);
        preparing.start();
    }

    /** The outline of a league (4 digits) or county (6 digits) as GeoJSON geometry text. */
    public Optional<String> outline(String code) {
        return Optional.ofNullable(outlines().get(code));
    }

    private Map<String, String> outlines() {
        Map<String, String> prepared = outlines;
        if (prepared == null) {
            synchronized (this) {
                prepared = outlines == null ? prepare() : outlines;
                // Kept only once the division tree is loaded; before that nothing matches.
                if (!prepared.isEmpty()) outlines = prepared;
            }
        }
        return prepared;
    }

    private Map<String, String> prepare() {
        long started = System.nanoTime();
        Map<String, String> countyCodes = countyCodesByLeagueAndName();
        Map<String, List<Geometry>> countiesOfLeague = new HashMap<>();
        Map<String, String> result = new HashMap<>();
        int unmatched = 0;
        for (JsonNode feature : features()) {
            String name = feature.path("properties").path("name").asString("");
            String id = feature.path("id").asString("");
            String league = id.length() >= 4 ? id.substring(0, 4) : "";
            String code = countyCodes.get(league + "/" + name);
            if (code == null) {
                unmatched++;
                continue;
            }
            Geometry county =
                    TopologyPreservingSimplifier.simplify(geometry(feature.path("geometry")), COUNTY_TOLERANCE);
            countiesOfLeague.computeIfAbsent(league, key -> new ArrayList<>()).add(county);
            result.put(code, GeoJsonText.of(county, 4));
        }
        countiesOfLeague.forEach((league, counties) -> {
            Geometry outline = outerRings(union(counties));
            result.put(league, GeoJsonText.of(TopologyPreservingSimplifier.simplify(outline, LEAGUE_TOLERANCE), 3));
        });
        log.info(
                "Prepared {} boundary outlines ({} unmatched features) in {} ms",
                result.size(),
                unmatched,
                (System.nanoTime() - started) / 1_000_000);
        return Map.copyOf(result);
    }

    /** County-level division codes keyed by league code and name, as the boundary files name them. */
    private Map<String, String> countyCodesByLeagueAndName() {
        Map<String, String> codes = new HashMap<>();
        jdbc.sql("select code, name from division where level = 6")
                .query((rs, row) -> codes.put(
                        rs.getString("code").substring(0, 4) + "/" + rs.getString("name"), rs.getString("code")))
                .list();
        return codes;
    }

    private List<JsonNode> features() {
        List<JsonNode> features = new ArrayList<>();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:boundaries/*.geojson");
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    json.readTree(in).path("features").forEach(features::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return features;
    }

    private static Geometry union(List<Geometry> counties) {
        try {
            return UnaryUnionOp.union(counties);
        } catch (TopologyException e) {
            return UnaryUnionOp.union(
                    counties.stream().map(county -> county.buffer(0)).toList());
        }
    }

    /**
     * A league without holes: the union of simplified counties leaves slivers along shared borders, and
     * no league encloses land of another.
     */
    private static Geometry outerRings(Geometry union) {
        List<Polygon> polygons = new ArrayList<>();
        for (int i = 0; i < union.getNumGeometries(); i++) {
            if (union.getGeometryN(i) instanceof Polygon polygon) {
                polygons.add(GEOMETRY.createPolygon(polygon.getExteriorRing().getCoordinates()));
            }
        }
        return polygons.size() == 1 ? polygons.get(0) : GEOMETRY.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    private static Geometry geometry(JsonNode geometry) {
        JsonNode coordinates = geometry.path("coordinates");
        if ("MultiPolygon".equals(geometry.path("type").asString())) {
            List<Polygon> polygons = new ArrayList<>();
            coordinates.forEach(polygon -> polygons.add(polygon(polygon)));
            return valid(GEOMETRY.createMultiPolygon(polygons.toArray(Polygon[]::new)));
        }
        return valid(polygon(coordinates));
    }

    /** The shape as drawn, repaired only when a ring crosses itself (buffer 0 is costly on large shapes). */
    private static Geometry valid(Geometry shape) {
        return shape.isValid() ? shape : shape.buffer(0);
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) holes[i - 1] = ring(rings.get(i));
        return GEOMETRY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions) {
        List<Coordinate> coordinates = new ArrayList<>();
        positions.forEach(p ->
                coordinates.add(new Coordinate(p.get(0).asDouble(), p.get(1).asDouble())));
        if (!coordinates.get(0).equals2D(coordinates.get(coordinates.size() - 1))) {
            coordinates.add(new Coordinate(coordinates.get(0)));
        }
        return GEOMETRY.createLinearRing(coordinates.toArray(Coordinate[]::new));
    }
}
