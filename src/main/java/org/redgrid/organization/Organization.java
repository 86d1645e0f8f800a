package org.redgrid.organization;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.redgrid.organization.internal.Buildings;
import org.redgrid.organization.internal.Divisions;
import org.redgrid.organization.internal.GridLocator;
import org.redgrid.organization.internal.Grids;
import org.redgrid.organization.internal.PartnerUnits;
import org.redgrid.organization.internal.PartyOrgs;
import org.redgrid.organization.internal.PlaceInput;
import org.redgrid.organization.internal.ServicePlaces;
import org.redgrid.shared.Actor;
import org.redgrid.shared.AuditRecord;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.DivisionCode;
import org.redgrid.shared.GridCode;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.PageResult;
import org.redgrid.shared.Paging;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization module's API. Every read is limited to the acting user's data scope in SQL:
 * descendants by a code range, plus the ancestors of the scope so that a worker can see where their
 * grid sits. Anything outside answers as if it did not exist.
 */
@Service
@Transactional(readOnly = true)
public class Organization {

    /** How far from a grid's centre a reported point still finds the grid, by channel. */
    private static final GridLocator REPORTED_POINT = new GridLocator(2_000);

    private static final GridLocator POINT_IN_SCOPE = new GridLocator(3_000);

    private static final ZoneId LOCAL = ZoneId.of("Asia/Shanghai");

    private final Divisions divisions;
    private final Grids grids;
    private final Buildings buildings;
    private final PartyOrgs partyOrgs;
    private final PartnerUnits partnerUnits;
    private final ServicePlaces servicePlaces;
    private final Places places;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Organization(
            Divisions divisions,
            Grids grids,
            Buildings buildings,
            PartyOrgs partyOrgs,
            PartnerUnits partnerUnits,
            ServicePlaces servicePlaces,
            Places places,
            ApplicationEventPublisher events,
            Clock clock) {
        this.divisions = divisions;
        this.grids = grids;
        this.buildings = buildings;
        this.partyOrgs = partyOrgs;
        this.partnerUnits = partnerUnits;
        this.servicePlaces = servicePlaces;
        this.places = places;
        this.events = events;
        this.clock = clock;
    }

    // Divisions

    public DivisionView division(String rawCode) {
        String code = DivisionCode.parse("code", rawCode).value();
        return divisions.find(scope(), code).orElseThrow(() -> new NotFound("division", code));
    }

    public List<DivisionView> children(String rawCode) {
        return divisions.children(scope(), division(rawCode).code());
    }

    /** The visible chain from the region down to {@code code}, for breadcrumbs. */
    /** The divisions from the region down to the code's own (a grid's community), in natural form. */
    public List<DivisionView> path(String rawCode) {
        String code = DivisionCode.parse("code", rawCode.length() == 15 ? rawCode.substring(0, 12) : rawCode)
                .value();
        List<DivisionView> path = new ArrayList<>();
        for (int digits : new int[] {2, 4, 6, 9, 12}) {
            if (digits <= code.length()) path.add(division(code.substring(0, digits)));
        }
        return path;
    }

    public PageResult<DivisionView> searchDivisions(String query, Integer level, Paging paging) {
        return divisions.search(scope(), query, level, paging);
    }

    // Grids

    public PageResult<GridView> grids(String within, String query, Paging paging) {
        return grids.list(scope(), within, query, paging);
    }

    public GridView grid(String rawCode) {
        String code = GridCode.parse("code", rawCode).value();
        return grids.find(scope(), code).orElseThrow(() -> new NotFound("grid", code));
    }

    /** Whether the grid exists inside the actor's scope; other modules check this before writing into it. */
    public boolean gridVisible(String gridCode) {
        return isGridCode(gridCode)
                && grids.find(CurrentActor.orSystem().scope(), gridCode).isPresent();
    }

    /** Whether a grid exists at all; grid codes are public, unlike what lies inside a grid. */
    public boolean gridExists(String gridCode) {
        return isGridCode(gridCode) && grids.exists(gridCode);
    }

    /** The grid a point lies in: the grid whose boundary contains it, else the nearest centre within 2 km. */
    public Optional<String> locateGrid(double lat, double lng) {
        return REPORTED_POINT.locate(grids.near(lat, lng), lat, lng).map(GridLocator.Candidate::code);
    }

    /**
     * The grid of a point inside a scope: the grid whose boundary contains it, else the grid of the
     * scope with the nearest centre within 3 km. Empty when the point lies in a grid outside the scope,
     * when a grid outside the scope is nearer, or when no grid is near.
     */
    public Optional<String> locateGridWithin(double lat, double lng, DataScope scope) {
        return POINT_IN_SCOPE
                .locate(grids.near(lat, lng), lat, lng)
                .map(GridLocator.Candidate::code)
                .filter(scope::contains);
    }

    /**
     * The grid of a written address inside a scope: the grid of the buildings whose address contains
     * the text or is contained in it. Empty when none match or the matches lie in more than one grid.
     */
    public Optional<String> gridOfAddress(String address, DataScope scope) {
        if (address == null || address.isBlank()) return Optional.empty();
        List<String> found = grids.ofAddress(address, scope);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    @Transactional
    public GridView createGrid(NewGrid command) {
        Actor actor = PlaceInput.requireRegistryWriter();
        GridCode code = grids.create(actor, command, clock.instant());
        events.publishEvent(new AuditRecord("GRID_CREATED", "grid", code.value(), code.value(), command.name()));
        return grids.find(actor.scope(), code.value()).orElseThrow();
    }

    /** Draws or replaces a grid's boundary (a GeoJSON Polygon), by staff who may write the registry there. */
    @Transactional
    public GridView changeGridBoundary(String rawCode, String polygon) {
        PlaceInput.requireRegistryWriter();
        GridView grid = grid(rawCode);
        String boundary = GridBoundary.parse("polygon", polygon).toGeoJson();
        grids.changeBoundary(grid.code(), boundary);
        events.publishEvent(new AuditRecord("GRID_BOUNDARY_CHANGED", "grid", grid.code(), grid.code(), grid.name()));
        return grid(grid.code());
    }

    // Buildings

    public PageResult<BuildingView> buildings(String gridCode, Paging paging) {
        return buildings.list(scope(), gridCode, paging);
    }

    public BuildingView building(long id) {
        return buildings.find(scope(), id).orElseThrow(() -> new NotFound("building", id));
    }

    /** Finds a building by name in a grid inside the actor's scope, as spreadsheets name them. */
    public Optional<BuildingView> buildingNamed(String gridCode, String name) {
        return buildings.named(CurrentActor.orSystem().scope(), gridCode, name);
    }

    @Transactional
    public BuildingView createBuilding(NewBuilding command) {
        Actor actor = PlaceInput.requireRegistryWriter();
        String gridCode = GridCode.parse("gridCode", command.gridCode()).value();
        if (!gridVisible(gridCode)) throw new NotFound("grid", gridCode);
        long id = buildings.insert(actor.scope(), gridCode, command);
        events.publishEvent(
                new AuditRecord("BUILDING_CREATED", "building", Long.toString(id), gridCode, command.name()));
        return building(id);
    }

    // Party organisations, partner units, service places

    public List<PartyOrgView> partyOrgs(String within) {
        return partyOrgs.list(scope(), within);
    }

    public PartyOrgView partyOrg(long id) {
        return partyOrgs.find(scope(), id).orElseThrow(() -> new NotFound("party organisation", id));
    }

    /** The id of a party organisation by its key, if it lies inside the actor's scope. */
    public Optional<Long> partyOrgId(String key) {
        return partyOrgs.idOf(CurrentActor.orSystem().scope(), key);
    }

    /** Whether a party organisation serves the actor's scope or a place above it; members join only these. */
    public boolean partyOrgVisible(long id) {
        return partyOrgs.visible(CurrentActor.orSystem().scope(), id);
    }

    @Transactional
    public PartyOrgView createPartyOrg(NewPartyOrg command) {
        Actor actor = PlaceInput.requireRegistryWriter();
        String scope = places.placeWithin("scopeCode", command.scopeCode(), actor.scope());
        long id = partyOrgs.insert(actor.scope(), command, scope);
        events.publishEvent(
                new AuditRecord("PARTY_ORG_CREATED", "party_org", Long.toString(id), scope, command.name()));
        return partyOrgs(scope).stream()
                .filter(org -> org.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFound("party organisation", id));
    }

    /** A partner unit by its credit code, if it serves the actor's scope or a place above it. */
    public Optional<PartnerUnitView> partnerUnit(String creditCode) {
        return partnerUnits.byCreditCode(scope(), creditCode);
    }

    /** A partner unit by its id, if it serves the actor's scope or a place above it. */
    public PartnerUnitView partnerUnit(long id) {
        return partnerUnits.byId(scope(), id).orElseThrow(() -> new NotFound("partner unit", id));
    }

    public PageResult<PartnerUnitView> partnerUnits(String query, Paging paging) {
        return partnerUnits.search(scope(), query, paging);
    }

    @Transactional
    public Saved<PartnerUnitView> createPartnerUnit(NewPartnerUnit command) {
        Actor actor = PlaceInput.requireRegistryWriter();
        Saved<PartnerUnitView> saved = partnerUnits.create(actor, command);
        PartnerUnitView unit = saved.value();
        events.publishEvent(new AuditRecord(
                "PARTNER_UNIT_CREATED",
                "partner_unit",
                Long.toString(unit.id()),
                unit.scopeCode(),
                unit.name() + " " + unit.creditCode()));
        return saved;
    }

    public List<ServicePlaceView> servicePlaces(String within) {
        return servicePlaces.list(scope(), within);
    }

    @Transactional
    public ServicePlaceView createServicePlace(NewServicePlace command) {
        Actor actor = PlaceInput.requireRegistryWriter();
        ServicePlaceView place = servicePlaces.create(actor, command);
        events.publishEvent(new AuditRecord(
                "SERVICE_PLACE_CREATED", "service_place", Long.toString(place.id()), place.scopeCode(), place.name()));
        return place;
    }

    public ServicePlaceView servicePlace(long id) {
        return servicePlaces.find(scope(), id).orElseThrow(() -> new NotFound("service place", id));
    }

    @Transactional
    public ServicePlaceView updateServicePlace(long id, NewServicePlace command) {
        Actor actor = PlaceInput.requireRegistryWriter();
        servicePlaces.find(actor.scope(), id).orElseThrow(() -> new NotFound("service place", id));
        ServicePlaceView place = servicePlaces.update(actor, id, command);
        events.publishEvent(new AuditRecord(
                "SERVICE_PLACE_CHANGED", "service_place", Long.toString(id), place.scopeCode(), place.name()));
        return place;
    }

    /**
     * The service places nearest a point (the 15-minute service circle), nearest first, with whether
     * each is open now in local time. Public facilities: anyone may ask, signed in or not.
     */
    public List<NearbyPlace> nearestServicePlaces(Double lat, Double lng, Integer limit) {
        if (lat == null) throw new InvalidValue("lat", "required", "纬度不能为空", "lat is required");
        if (lng == null) throw new InvalidValue("lng", "required", "经度不能为空", "lng is required");
        PlaceInput.checkPoint("lat", "lng", lat, lng);
        int count = limit == null ? 5 : limit;
        if (count < 1 || count > 50) {
            throw new InvalidValue("limit", "range", "limit 须在 1 到 50 之间", "limit must be between 1 and 50");
        }
        return servicePlaces.nearest(lat, lng, count, LocalDateTime.now(clock.withZone(LOCAL)));
    }

    /** What lies inside the actor's scope, for a home page. */
    public ScopeSummary summary() {
        DataScope scope = scope();
        String rootCode = scope.prefix().length() == 15 ? scope.prefix().substring(0, 12) : scope.prefix();
        return new ScopeSummary(
                division(rootCode),
                divisions.count("division", "code", scope),
                divisions.count("grid", "code", scope),
                divisions.count("building", "grid_code", scope));
    }

    private static DataScope scope() {
        return CurrentActor.require().scope();
    }

    private static boolean isGridCode(String code) {
        return code != null && code.matches("\\d{15}");
    }
}
