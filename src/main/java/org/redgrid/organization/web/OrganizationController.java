package org.redgrid.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.redgrid.organization.BuildingView;
import org.redgrid.organization.DivisionView;
import org.redgrid.organization.GridView;
import org.redgrid.organization.NearbyPlace;
import org.redgrid.organization.NewBuilding;
import org.redgrid.organization.NewGrid;
import org.redgrid.organization.NewPartnerUnit;
import org.redgrid.organization.NewPartyOrg;
import org.redgrid.organization.NewServicePlace;
import org.redgrid.organization.Organization;
import org.redgrid.organization.PartnerUnitView;
import org.redgrid.organization.PartyOrgView;
import org.redgrid.organization.Saved;
import org.redgrid.organization.ServicePlaceView;
import org.redgrid.shared.PageResult;
import org.redgrid.shared.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(
        name = "Organization",
        description =
                "区划、网格、楼栋、党组织、共建单位、服务场所 / divisions, grids, buildings, party organisations, partner units, service places")
class OrganizationController {

    private final Organization organization;

    OrganizationController(Organization organization) {
        this.organization = organization;
    }

    @GetMapping("/divisions")
    @Operation(summary = "Search divisions inside the caller's scope by name or code prefix")
    PageResult<DivisionView> divisions(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer level,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return organization.searchDivisions(q, level, Paging.of(page, size));
    }

    @GetMapping("/divisions/{code}")
    @Operation(summary = "One division (2/4/6/9/12-digit code, or the padded 12-digit form); 404 outside scope")
    DivisionView division(@PathVariable String code) {
        return organization.division(code);
    }

    @GetMapping("/divisions/{code}/children")
    @Operation(summary = "The visible children of a division")
    List<DivisionView> children(@PathVariable String code) {
        return organization.children(code);
    }

    @GetMapping("/grids")
    @Operation(summary = "Grids inside the caller's scope, optionally under a division code and by name")
    PageResult<GridView> grids(
            @RequestParam(required = false) String division,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return organization.grids(division, q, Paging.of(page, size));
    }

    @GetMapping("/grids/{code}")
    @Operation(summary = "One grid; 404 outside scope")
    GridView grid(@PathVariable String code) {
        return organization.grid(code);
    }

    @PostMapping("/grids")
    @Operation(summary = "Create a grid in a community of the caller's scope")
    ResponseEntity<GridView> createGrid(@RequestBody NewGrid body) {
        GridView grid = organization.createGrid(body);
        return ResponseEntity.created(URI.create("/api/v1/grids/" + grid.code()))
                .body(grid);
    }

    @PutMapping("/grids/{code}/boundary")
    @Operation(summary = "Draw or replace a grid's boundary: a GeoJSON Polygon in WGS 84 ([lng, lat], rings closed)")
    GridView changeGridBoundary(@PathVariable String code, @RequestBody String polygon) {
        return organization.changeGridBoundary(code, polygon);
    }

    @GetMapping("/buildings")
    @Operation(summary = "Buildings inside the caller's scope, optionally of one grid")
    PageResult<BuildingView> buildings(
            @RequestParam(required = false) String grid,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return organization.buildings(grid, Paging.of(page, size));
    }

    @GetMapping("/buildings/{id}")
    @Operation(summary = "One building; 404 outside scope")
    BuildingView building(@PathVariable long id) {
        return organization.building(id);
    }

    @PostMapping("/buildings")
    @Operation(summary = "Create a building with its units in a grid of the caller's scope")
    ResponseEntity<BuildingView> createBuilding(@RequestBody NewBuilding body) {
        BuildingView building = organization.createBuilding(body);
        return ResponseEntity.created(URI.create("/api/v1/buildings/" + building.id()))
                .body(building);
    }

    @GetMapping("/party-orgs")
    @Operation(summary = "Party organisations inside the caller's scope")
    List<PartyOrgView> partyOrgs(@RequestParam(required = false) String within) {
        return organization.partyOrgs(within);
    }

    @GetMapping("/party-orgs/{id}")
    @Operation(summary = "One party organisation inside the caller's scope")
    PartyOrgView partyOrg(@PathVariable long id) {
        return organization.partyOrg(id);
    }

    @PostMapping("/party-orgs")
    @Operation(summary = "Create a party organisation")
    ResponseEntity<PartyOrgView> createPartyOrg(@RequestBody NewPartyOrg body) {
        PartyOrgView org = organization.createPartyOrg(body);
        return ResponseEntity.created(URI.create("/api/v1/party-orgs/" + org.id()))
                .body(org);
    }

    @GetMapping("/partner-units")
    @Operation(summary = "Partner units serving the caller's scope, by name or exact credit code")
    PageResult<PartnerUnitView> partnerUnits(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return organization.partnerUnits(q, Paging.of(page, size));
    }

    @GetMapping("/partner-units/{id}")
    @Operation(summary = "One partner unit serving the caller's scope or a place above it")
    PartnerUnitView partnerUnit(@PathVariable long id) {
        return organization.partnerUnit(id);
    }

    @PostMapping("/partner-units")
    @Operation(
            summary = "Register a partner unit",
            description =
                    "A credit code with a wrong GB 32100 check character is accepted with a warning in `warnings`.")
    ResponseEntity<Saved<PartnerUnitView>> createPartnerUnit(@RequestBody NewPartnerUnit body) {
        Saved<PartnerUnitView> saved = organization.createPartnerUnit(body);
        return ResponseEntity.created(
                        URI.create("/api/v1/partner-units/" + saved.value().id()))
                .body(saved);
    }

    @GetMapping("/service-places")
    @Operation(summary = "Service places inside the caller's scope")
    List<ServicePlaceView> servicePlaces(@RequestParam(required = false) String within) {
        return organization.servicePlaces(within);
    }

    @GetMapping("/service-places/nearest")
    @Operation(
            summary = "The service places nearest a point, nearest first (15-minute service circle)",
            description = "Walking distance in metres (great-circle distance times 1.3) and whether each place is"
                    + " open now by its opening hours in Asia/Shanghai time; any signed-in user, residents included.")
    List<NearbyPlace> nearestServicePlaces(
            @RequestParam(required = false) Double lat,
            @RequestParam(required = false) Double lng,
            @RequestParam(required = false) Integer limit) {
        return organization.nearestServicePlaces(lat, lng, limit);
    }

    @GetMapping("/service-places/{id}")
    @Operation(summary = "One service place; 404 outside scope")
    ServicePlaceView servicePlace(@PathVariable long id) {
        return organization.servicePlace(id);
    }

    @PutMapping("/service-places/{id}")
    @Operation(summary = "Change a service place: kind, name, address, position, opening hours, services, contact")
    ServicePlaceView updateServicePlace(@PathVariable long id, @RequestBody NewServicePlace body) {
        return organization.updateServicePlace(id, body);
    }

    @PostMapping("/service-places")
    @Operation(summary = "Register a service place")
    ResponseEntity<ServicePlaceView> createServicePlace(@RequestBody NewServicePlace body) {
        ServicePlaceView place = organization.createServicePlace(body);
        return ResponseEntity.created(URI.create("/api/v1/service-places/" + place.id()))
                .body(place);
    }
}
