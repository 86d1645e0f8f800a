package org.redgrid.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redgrid.organization.internal.GridLocator.Candidate;

class GridLocatorTest {

    /** A square of about 840 m × 1.1 km around (40.805, 111.705). */
    static final String SQUARE = """
            {"type":"Polygon","coordinates":[
              [[111.700,40.800],[111.710,40.800],[111.710,40.810],[111.700,40.810],[111.700,40.800]]]}""";

    static final GridLocator WITHIN_2_KM = new GridLocator(2_000);

    @Test
    void aPointInsideABoundaryBelongsToThatGridEvenWhenAnotherCentreIsNearer() {
        Candidate bounded = new Candidate("150105004015001", 40.809, 111.709, SQUARE);
        Candidate nearCentre = new Candidate("150105004015002", 40.8011, 111.7011, null);

        assertThat(WITHIN_2_KM.locate(List.of(nearCentre, bounded), 40.801, 111.701))
                .contains(bounded);
    }

    @Test
    void withoutAContainingBoundaryTheNearestCentreWins() {
        Candidate far = new Candidate("150105004015001", 40.820, 111.705, null);
        Candidate near = new Candidate("150105004015002", 40.806, 111.705, null);

        assertThat(WITHIN_2_KM.locate(List.of(far, near), 40.805, 111.705)).contains(near);
    }

    @Test
    void aCentreBeyondTheRadiusDoesNotClaimThePoint() {
        Candidate threeKmNorth = new Candidate("150105004015001", 40.832, 111.705, null);

        assertThat(WITHIN_2_KM.locate(List.of(threeKmNorth), 40.805, 111.705)).isEmpty();
        assertThat(new GridLocator(3_500).locate(List.of(threeKmNorth), 40.805, 111.705))
                .contains(threeKmNorth);
    }

    @Test
    void noCandidatesMeansNoGrid() {
        assertThat(WITHIN_2_KM.locate(List.of(), 40.805, 111.705)).isEmpty();
    }

    @Test
    void aThousandthOfADegreeOfLatitudeIsAbout111Metres() {
        assertThat(GridLocator.distanceMetres(40.805, 111.705, 40.806, 111.705)).isBetween(110.0, 112.0);
    }

    @Test
    void aNegativeRadiusIsAProgrammingError() {
        assertThatIllegalArgumentException().isThrownBy(() -> new GridLocator(-1));
    }
}
