package org.redgrid.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.redgrid.shared.InvalidValue;

class GridBoundaryTest {

    /** A square around 桃园社区's first grid with a square hole in its middle. */
    static final String SQUARE_WITH_HOLE = """
            {"type":"Polygon","coordinates":[
              [[111.700,40.800],[111.710,40.800],[111.710,40.810],[111.700,40.810],[111.700,40.800]],
              [[111.704,40.804],[111.706,40.804],[111.706,40.806],[111.704,40.806],[111.704,40.804]]]}""";

    @Test
    void aPointInsideTheOuterRingAndOutsideTheHoleIsInside() {
        GridBoundary boundary = GridBoundary.parse("polygon", SQUARE_WITH_HOLE);
        assertThat(boundary.contains(40.802, 111.702)).isTrue();
        assertThat(boundary.contains(40.805, 111.705)).isFalse();
        assertThat(boundary.contains(40.820, 111.705)).isFalse();
        assertThat(boundary.contains(40.805, 111.690)).isFalse();
    }

    @Test
    void theStoredFormKeepsEveryPosition() {
        String stored = GridBoundary.parse("polygon", SQUARE_WITH_HOLE).toGeoJson();
        assertThat(GridBoundary.parse("polygon", stored).rings()).hasSize(2);
        assertThat(stored).startsWith("{\"type\":\"Polygon\"");
    }

    @Test
    void anOpenRingIsRejectedNamingTheRule() {
        assertThatThrownBy(() -> GridBoundary.parse(
                        "polygon", "{\"type\":\"Polygon\",\"coordinates\":[[[1,1],[2,1],[2,2],[1,2]]]}"))
                .isInstanceOf(InvalidValue.class)
                .extracting(e -> ((InvalidValue) e).rule())
                .isEqualTo("geojson.closed");
    }

    @Test
    void otherGeometriesAndBrokenJsonAreRejected() {
        assertThatThrownBy(() -> GridBoundary.parse("polygon", "{\"type\":\"Point\",\"coordinates\":[1,1]}"))
                .extracting(e -> ((InvalidValue) e).rule())
                .isEqualTo("geojson.polygon");
        assertThatThrownBy(() -> GridBoundary.parse("polygon", "{not json"))
                .extracting(e -> ((InvalidValue) e).rule())
                .isEqualTo("geojson.syntax");
        assertThatThrownBy(() -> GridBoundary.parse(
                        "polygon", "{\"type\":\"Polygon\",\"coordinates\":[[[1,91],[2,1],[2,2],[1,91]]]}"))
                .extracting(e -> ((InvalidValue) e).rule())
                .isEqualTo("geojson.range");
    }
}
