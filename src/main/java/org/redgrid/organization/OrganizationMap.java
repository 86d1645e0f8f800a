package org.redgrid.organization;

import java.util.List;
import java.util.Map;
import org.redgrid.organization.internal.DivisionMaps;
import org.redgrid.organization.internal.Grids;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.Paging;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 一张图: the map of a division inside the actor's scope — its children (or a community's grids) as
 * GeoJSON features with the value of one indicator each. Upper levels use outlines prepared once from
 * the packaged county boundaries; lower levels the grids the platform itself holds. A division outside
 * the scope, including the ancestors a user may name in breadcrumbs, answers 404.
 */
@Service
@Transactional(readOnly = true)
public class OrganizationMap {

    private final Organization organization;
    private final DivisionMaps maps;
    private final Grids grids;
    private final ObjectProvider<AreaIndicators> indicators;

    OrganizationMap(
            Organization organization, DivisionMaps maps, Grids grids, ObjectProvider<AreaIndicators> indicators) {
        this.organization = organization;
        this.maps = maps;
        this.grids = grids;
        this.indicators = indicators;
    }

    /** The map of a division (2 to 12 digits) or of one grid (15 digits) as GeoJSON text. */
    public String divisionMap(String rawCode, String rawIndicator) {
        MapIndicator indicator = MapIndicator.of(rawIndicator);
        DataScope scope = CurrentActor.require().scope();
        String code = rawCode == null ? "" : rawCode.trim();
        if (!code.matches("\\d{2}|\\d{4}|\\d{6}|\\d{9}|\\d{12}|\\d{15}")) {
            throw new InvalidValue(
                    "code",
                    "map-code.format",
                    "应为 2、4、6、9、12 位行政区划代码或 15 位网格编码",
                    "must be a division code of 2, 4, 6, 9 or 12 digits or a grid code of 15 digits");
        }
        if (code.length() == 15) {
            GridView grid = organization.grid(code);
            var area = maps.children(scope, code, List.of(), List.of(grid), values(code, indicator));
            return DivisionMaps.featureCollection(code, grid.name(), indicator.parameter(), area);
        }
        DivisionView division = organization.division(code);
        if (!scope.contains(division.code())) throw new NotFound("division", division.code());
        List<DivisionView> children =
                division.code().length() < 12 ? organization.children(division.code()) : List.of();
        List<GridView> gridsOfCommunity = division.code().length() == 12
                ? grids.list(scope, division.code(), null, new Paging(0, Paging.MAX_SIZE))
                        .items()
                : List.of();
        var areas =
                maps.children(scope, division.code(), children, gridsOfCommunity, values(division.code(), indicator));
        return DivisionMaps.featureCollection(division.code(), division.name(), indicator.parameter(), areas);
    }

    /**
     * The grids of a community as GeoJSON without values, for picking a place on the report page: grid
     * codes, names and outlines are public (they are printed on the QR codes), nothing inside a grid is.
     */
    public String gridOutlines(String rawCommunity) {
        String community = rawCommunity == null ? "" : rawCommunity.trim();
        if (!community.matches("\\d{12}")) throw new NotFound("community", community);
        DataScope everywhere = DataScope.of(community);
        List<GridView> all = grids.list(everywhere, community, null, new Paging(0, Paging.MAX_SIZE))
                .items();
        if (all.isEmpty()) throw new NotFound("community", community);
        var areas = maps.children(everywhere, community, List.of(), all, Map.of());
        return DivisionMaps.featureCollection(community, community, null, areas);
    }

    private Map<String, Double> values(String code, MapIndicator indicator) {
        AreaIndicators source = indicators.getIfAvailable();
        return source == null ? Map.of() : source.valuesBelow(code, indicator);
    }
}
