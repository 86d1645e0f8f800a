package org.redgrid.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.redgrid.shared.Actor;
import org.redgrid.shared.AuditRecord;
import org.redgrid.shared.CreditCode;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.DivisionCode;
import org.redgrid.shared.DivisionLevel;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.GridCode;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.PageResult;
import org.redgrid.shared.Paging;
import org.redgrid.shared.ScopedSql;
import org.redgrid.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Organization(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    // Divisions

    public DivisionView division(String rawCode) {
        String code = DivisionCode.parse("code", rawCode).value();
        DataScope scope = CurrentActor.require().scope();
        return visibleDivisions(scope, "d.code = :code")
                .param("code", code)
                .query(Organization::division)
                .optional()
                .orElseThrow(() -> new NotFound("division", code));
    }

    public List<DivisionView> children(String rawCode) {
        DivisionView parent = division(rawCode);
        DataScope scope = CurrentActor.require().scope();
        return visibleDivisions(scope, "d.parent_code = :code")
                .param("code", parent.code())
                .query(Organization::division)
                .list();
    }

    /** The visible chain from the region down to {@code code}, for breadcrumbs. */
    public List<DivisionView> path(String rawCode) {
        String code = rawCode.length() == 15 ? rawCode.substring(0, 12) : rawCode;
        List<DivisionView> path = new ArrayList<>();
        for (int digits : new int[] {2, 4, 6, 9, 12}) {
            if (digits <= code.length()) path.add(division(code.substring(0, digits)));
        }
        return path;
    }

    public PageResult<DivisionView> searchDivisions(String query, Integer level, Paging paging) {
        DataScope scope = CurrentActor.require().scope();
        String q = query == null ? "" : query.trim();
        String filter = "(:q = '' or d.name like :like or d.code like :prefix) and (:level = 0 or d.level = :level)";
        var items = visibleDivisions(scope, filter + " order by d.code limit :limit offset :offset")
                .param("q", q)
                .param("like", "%" + q + "%")
                .param("prefix", q + "%")
                .param("level", level == null ? 0 : level)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(Organization::division)
                .list();
        long total = ScopedSql.bind(
                        jdbc.sql("select count(*) from division d where (" + ScopedSql.within("d.code")
                                + " or d.code = any(:ancestors)) and " + filter),
                        scope)
                .param("ancestors", ancestors(scope))
                .param("q", q)
                .param("like", "%" + q + "%")
                .param("prefix", q + "%")
                .param("level", level == null ? 0 : level)
                .query(Long.class)
                .single();
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }

    // Grids

    public PageResult<GridView> grids(String within, String query, Paging paging) {
        DataScope scope = CurrentActor.require().scope();
        String prefix = within == null || within.isBlank() ? "" : within.trim();
        String q = query == null ? "" : query.trim();
        String filter = ScopedSql.within("code") + " and code like :within and (:q = '' or name like :like)";
        var items = ScopedSql.bind(
                        jdbc.sql("select * from grid where " + filter + " order by code limit :limit offset :offset"),
                        scope)
                .param("within", prefix + "%")
                .param("q", q)
                .param("like", "%" + q + "%")
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(Organization::grid)
                .list();
        long total = ScopedSql.bind(jdbc.sql("select count(*) from grid where " + filter), scope)
                .param("within", prefix + "%")
                .param("q", q)
                .param("like", "%" + q + "%")
                .query(Long.class)
                .single();
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }

    public GridView grid(String rawCode) {
        String code = GridCode.parse("code", rawCode).value();
        return findGrid(CurrentActor.require().scope(), code).orElseThrow(() -> new NotFound("grid", code));
    }

    /** Whether the grid exists inside the actor's scope; other modules check this before writing into it. */
    public boolean gridVisible(String gridCode) {
        return gridCode != null
                && gridCode.matches("\\d{15}")
                && findGrid(CurrentActor.orSystem().scope(), gridCode).isPresent();
    }

    /** Whether a grid exists at all; grid codes are public, unlike what lies inside a grid. */
    public boolean gridExists(String gridCode) {
        return gridCode != null
                && gridCode.matches("\\d{15}")
                && jdbc.sql("select count(*) from grid where code = :code")
                                .param("code", gridCode)
                                .query(Long.class)
                                .single()
                        > 0;
    }

    /**
     * The grid a point lies in: the grid whose boundary contains it, else the grid with the nearest
     * centre within 2 km. Candidates come from an index-friendly box around the point.
     */
    public Optional<String> locateGrid(double lat, double lng) {
        return placeAmong(gridsNear(lat, lng), lat, lng, 2_000).map(Place::code);
    }

    /**
     * The grid of a point inside a scope: the grid whose boundary contains it, else the grid of the
     * scope with the nearest centre within 3 km. Empty when the point lies in a grid outside the scope,
     * when a grid outside the scope is nearer, or when no grid is near.
     */
    public Optional<String> locateGridWithin(double lat, double lng, DataScope scope) {
        return placeAmong(gridsNear(lat, lng), lat, lng, 3_000).map(Place::code).filter(scope::contains);
    }

    private record Place(String code, double lat, double lng, String polygon) {}

    private List<Place> gridsNear(double lat, double lng) {
        return jdbc.sql("""
                        select code, centre_lat, centre_lng, polygon from grid
                         where centre_lat between :lat - 0.2 and :lat + 0.2
                           and centre_lng between :lng - 0.3 and :lng + 0.3""")
                .param("lat", lat)
                .param("lng", lng)
                .query((rs, n) -> new Place(
                        rs.getString("code"),
                        rs.getDouble("centre_lat"),
                        rs.getDouble("centre_lng"),
                        rs.getString("polygon")))
                .list();
    }

    /** The grid whose boundary contains the point, else the one with the nearest centre within the radius. */
    private static Optional<Place> placeAmong(List<Place> grids, double lat, double lng, double radiusMetres) {
        for (Place grid : grids) {
            if (grid.polygon() != null
                    && GridBoundary.parse("polygon", grid.polygon()).contains(lat, lng)) {
                return Optional.of(grid);
            }
        }
        Place nearest = null;
        double best = radiusMetres;
        for (Place grid : grids) {
            double metres = distanceMetres(lat, lng, grid.lat(), grid.lng());
            if (metres <= best) {
                best = metres;
                nearest = grid;
            }
        }
        return Optional.ofNullable(nearest);
    }

    /**
     * The grid of a written address inside a scope: the grid of the buildings whose address contains
     * the text or is contained in it. Empty when none match or the matches lie in more than one grid.
     */
    public Optional<String> gridOfAddress(String address, DataScope scope) {
        if (address == null || address.isBlank()) return Optional.empty();
        var grids = ScopedSql.bind(
                        jdbc.sql("select distinct grid_code from building where " + ScopedSql.within("grid_code")
                                + " and address is not null"
                                + " and (strpos(address, :text) > 0 or strpos(:text, address) > 0) limit 2"),
                        scope)
                .param("text", address.trim())
                .query(String.class)
                .list();
        return grids.size() == 1 ? Optional.of(grids.get(0)) : Optional.empty();
    }

    static double distanceMetres(double lat1, double lng1, double lat2, double lng2) {
        double earth = 6_371_000;
        double dLat = Math.toRadians(lat2 - lat1);
        double dLng = Math.toRadians(lng2 - lng1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1))
                        * Math.cos(Math.toRadians(lat2))
                        * Math.sin(dLng / 2)
                        * Math.sin(dLng / 2);
        return 2 * earth * Math.asin(Math.sqrt(a));
    }

    @Transactional
    public GridView createGrid(NewGrid command) {
        Actor actor = requireRegistryWriter();
        GridCode code = GridCode.parse("code", command.code());
        if (!actor.scope().contains(code.value()) || actor.scope().prefix().length() > 12) {
            throw new NotFound("community", code.community().value());
        }
        if (jdbc.sql("select count(*) from division where code = :code and level = 12")
                        .param("code", code.community().value())
                        .query(Long.class)
                        .single()
                == 0) {
            throw new InvalidValue(
                    "code",
                    "grid-code.community",
                    "网格编码的前 12 位不是已知的村/社区",
                    "the first 12 digits are not a known community");
        }
        Text.required("name", command.name(), 100);
        GridKind kind = command.kind() == null ? GridKind.ORDINARY : command.kind();
        int households = command.households() == null ? 0 : command.households();
        if (households < 0) throw new InvalidValue("households", "min", "户数不能为负数", "households must not be negative");
        checkPoint("centreLat", "centreLng", command.centreLat(), command.centreLng());
        jdbc.sql("""
                        insert into grid (code, community_code, name, kind, households, centre_lat, centre_lng, polygon, created_at)
                        values (:code, :community, :name, :kind, :households, :lat, :lng, :polygon, :now)""")
                .param("code", code.value())
                .param("community", code.community().value())
                .param("name", command.name().trim())
                .param("kind", kind.name())
                .param("households", households)
                .param("lat", command.centreLat())
                .param("lng", command.centreLng())
                .param(
                        "polygon",
                        command.polygon() == null || command.polygon().isBlank()
                                ? null
                                : GridBoundary.parse("polygon", command.polygon())
                                        .toGeoJson(),
                        java.sql.Types.VARCHAR)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(new AuditRecord("GRID_CREATED", "grid", code.value(), code.value(), command.name()));
        return findGrid(actor.scope(), code.value()).orElseThrow();
    }

    // Buildings

    public PageResult<BuildingView> buildings(String gridCode, Paging paging) {
        DataScope scope = CurrentActor.require().scope();
        String within = gridCode == null ? "" : gridCode.trim();
        String filter = ScopedSql.within("grid_code") + " and grid_code like :within";
        List<BuildingView> items = ScopedSql.bind(
                        jdbc.sql("select * from building where " + filter
                                + " order by grid_code, length(name), name limit :limit offset :offset"),
                        scope)
                .param("within", within + "%")
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(Organization::building)
                .list();
        long total = ScopedSql.bind(jdbc.sql("select count(*) from building where " + filter), scope)
                .param("within", within + "%")
                .query(Long.class)
                .single();
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }

    public BuildingView building(long id) {
        return ScopedSql.bind(
                        jdbc.sql("select * from building where id = :id and " + ScopedSql.within("grid_code")),
                        CurrentActor.require().scope())
                .param("id", id)
                .query(Organization::building)
                .optional()
                .orElseThrow(() -> new NotFound("building", id));
    }

    /** Finds a building by name in a grid inside the actor's scope, as spreadsheets name them. */
    public Optional<BuildingView> buildingNamed(String gridCode, String name) {
        return ScopedSql.bind(
                        jdbc.sql("select * from building where grid_code = :grid and name = :name and "
                                + ScopedSql.within("grid_code")),
                        CurrentActor.orSystem().scope())
                .param("grid", gridCode)
                .param("name", name)
                .query(Organization::building)
                .optional();
    }

    @Transactional
    public BuildingView createBuilding(NewBuilding command) {
        requireRegistryWriter();
        String gridCode = GridCode.parse("gridCode", command.gridCode()).value();
        if (!gridVisible(gridCode)) throw new NotFound("grid", gridCode);
        Text.required("name", command.name(), 100);
        int units = command.units() == null ? 1 : command.units();
        if (units < 1 || units > 99) {
            throw new InvalidValue("units", "range", "单元数须在 1 到 99 之间", "units must be between 1 and 99");
        }
        if (buildingNamed(gridCode, command.name().trim()).isPresent()) {
            throw new InvalidValue("name", "unique", "该网格内已有同名楼栋", "a building with this name exists in the grid");
        }
        long id = jdbc.sql(
                        "insert into building (grid_code, name, address, units) values (:grid, :name, :address, :units) returning id")
                .param("grid", gridCode)
                .param("name", command.name().trim())
                .param("address", command.address())
                .param("units", units)
                .query(Long.class)
                .single();
        for (int unit = 1; unit <= units; unit++) {
            jdbc.sql("insert into building_unit (building_id, grid_code, name) values (:building, :grid, :name)")
                    .param("building", id)
                    .param("grid", gridCode)
                    .param("name", unit + "单元")
                    .update();
        }
        events.publishEvent(
                new AuditRecord("BUILDING_CREATED", "building", Long.toString(id), gridCode, command.name()));
        return building(id);
    }

    // Party organisations, partner units, service places

    public List<PartyOrgView> partyOrgs(String within) {
        return ScopedSql.bind(
                        jdbc.sql("select * from party_org where " + ScopedSql.within("scope_code")
                                + " and scope_code like :within order by scope_code, id"),
                        CurrentActor.require().scope())
                .param("within", (within == null ? "" : within.trim()) + "%")
                .query((rs, n) -> new PartyOrgView(
                        rs.getLong("id"),
                        rs.getString("org_key"),
                        (Long) rs.getObject("parent_id"),
                        PartyOrgKind.valueOf(rs.getString("kind")),
                        rs.getString("name"),
                        rs.getString("scope_code")))
                .list();
    }

    /** A partner unit by its credit code, if it serves the actor's scope or a place above it. */
    public Optional<PartnerUnitView> partnerUnit(String creditCode) {
        DataScope scope = CurrentActor.require().scope();
        return ScopedSql.bind(
                        jdbc.sql("select * from partner_unit where credit_code = :code and ("
                                + ScopedSql.within("scope_code") + " or scope_code = any(:ancestors))"),
                        scope)
                .param("code", creditCode == null ? "" : creditCode.trim().toUpperCase())
                .param("ancestors", ancestors(scope))
                .query(Organization::partnerUnit)
                .optional();
    }

    /** The id of a party organisation by its key, if it lies inside the actor's scope. */
    public Optional<Long> partyOrgId(String key) {
        return ScopedSql.bind(
                        jdbc.sql("select id from party_org where org_key = :key and " + ScopedSql.within("scope_code")),
                        CurrentActor.orSystem().scope())
                .param("key", key)
                .query(Long.class)
                .optional();
    }

    @Transactional
    public PartyOrgView createPartyOrg(NewPartyOrg command) {
        Actor actor = requireRegistryWriter();
        if (command.kind() == null) throw new InvalidValue("kind", "required", "组织类型不能为空", "kind is required");
        Text.required("name", command.name(), 150);
        String scope = scopeCodeWithin(actor, "scopeCode", command.scopeCode());
        long id = jdbc.sql("""
                        insert into party_org (org_key, parent_id, kind, name, scope_code)
                        values (:key, :parent, :kind, :name, :scope) returning id""")
                .param("key", command.key())
                .param("parent", command.parentId())
                .param("kind", command.kind().name())
                .param("name", command.name().trim())
                .param("scope", scope)
                .query(Long.class)
                .single();
        events.publishEvent(
                new AuditRecord("PARTY_ORG_CREATED", "party_org", Long.toString(id), scope, command.name()));
        return partyOrgs(scope).stream()
                .filter(org -> org.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFound("party organisation", id));
    }

    public PageResult<PartnerUnitView> partnerUnits(String query, Paging paging) {
        DataScope scope = CurrentActor.require().scope();
        String q = query == null ? "" : query.trim();
        String filter = "(" + ScopedSql.within("scope_code") + " or scope_code = any(:ancestors))"
                + " and (:q = '' or name like :like or credit_code = :upper)";
        var items = ScopedSql.bind(
                        jdbc.sql("select * from partner_unit where " + filter
                                + " order by name limit :limit offset :offset"),
                        scope)
                .param("ancestors", ancestors(scope))
                .param("q", q)
                .param("like", "%" + q + "%")
                .param("upper", q.toUpperCase())
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(Organization::partnerUnit)
                .list();
        long total = ScopedSql.bind(jdbc.sql("select count(*) from partner_unit where " + filter), scope)
                .param("ancestors", ancestors(scope))
                .param("q", q)
                .param("like", "%" + q + "%")
                .param("upper", q.toUpperCase())
                .query(Long.class)
                .single();
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }

    @Transactional
    public Saved<PartnerUnitView> createPartnerUnit(NewPartnerUnit command) {
        Actor actor = requireRegistryWriter();
        Text.required("name", command.name(), 150);
        CreditCode creditCode = CreditCode.parse("creditCode", command.creditCode());
        if (command.kind() == null) throw new InvalidValue("kind", "required", "单位类型不能为空", "kind is required");
        String scope = scopeCodeWithin(actor, "scopeCode", command.scopeCode());
        List<Warning> warnings = new ArrayList<>();
        if (!creditCode.checkCharacterValid()) {
            warnings.add(new Warning(
                    "creditCode",
                    "gb32100.check-character",
                    "统一社会信用代码校验位应为 " + creditCode.expectedCheckCharacter() + "，请核实",
                    "the check character should be " + creditCode.expectedCheckCharacter()
                            + "; please verify the code"));
        }
        long id = jdbc.sql("""
                        insert into partner_unit (unit_key, name, credit_code, credit_code_checked, kind, scope_code)
                        values (:key, :name, :code, :checked, :kind, :scope) returning id""")
                .param("key", command.key())
                .param("name", command.name().trim())
                .param("code", creditCode.value())
                .param("checked", creditCode.checkCharacterValid())
                .param("kind", command.kind().name())
                .param("scope", scope)
                .query(Long.class)
                .single();
        events.publishEvent(new AuditRecord(
                "PARTNER_UNIT_CREATED",
                "partner_unit",
                Long.toString(id),
                scope,
                command.name() + " " + creditCode.value()));
        PartnerUnitView view = jdbc.sql("select * from partner_unit where id = :id")
                .param("id", id)
                .query(Organization::partnerUnit)
                .single();
        return new Saved<>(view, warnings);
    }

    public List<ServicePlaceView> servicePlaces(String within) {
        return ScopedSql.bind(
                        jdbc.sql("select * from service_place where " + ScopedSql.within("scope_code")
                                + " and scope_code like :within order by scope_code, kind, name"),
                        CurrentActor.require().scope())
                .param("within", (within == null ? "" : within.trim()) + "%")
                .query(Organization::servicePlace)
                .list();
    }

    @Transactional
    public ServicePlaceView createServicePlace(NewServicePlace command) {
        Actor actor = requireRegistryWriter();
        if (command.kind() == null) throw new InvalidValue("kind", "required", "场所类型不能为空", "kind is required");
        Text.required("name", command.name(), 150);
        String scope = scopeCodeWithin(actor, "scopeCode", command.scopeCode());
        checkPoint("lat", "lng", command.lat(), command.lng());
        long id = jdbc.sql("""
                        insert into service_place (kind, name, address, scope_code, lat, lng)
                        values (:kind, :name, :address, :scope, :lat, :lng) returning id""")
                .param("kind", command.kind().name())
                .param("name", command.name().trim())
                .param("address", command.address())
                .param("scope", scope)
                .param("lat", command.lat())
                .param("lng", command.lng())
                .query(Long.class)
                .single();
        events.publishEvent(
                new AuditRecord("SERVICE_PLACE_CREATED", "service_place", Long.toString(id), scope, command.name()));
        return jdbc.sql("select * from service_place where id = :id")
                .param("id", id)
                .query(Organization::servicePlace)
                .single();
    }

    /** What lies inside the actor's scope, for a home page. */
    public ScopeSummary summary() {
        DataScope scope = CurrentActor.require().scope();
        String rootCode = scope.prefix().length() == 15 ? scope.prefix().substring(0, 12) : scope.prefix();
        DivisionView root = division(rootCode);
        long divisions = count("division", "code", scope);
        long grids = count("grid", "code", scope);
        long buildings = count("building", "grid_code", scope);
        return new ScopeSummary(root, divisions, grids, buildings);
    }

    // Helpers

    private long count(String table, String column, DataScope scope) {
        return ScopedSql.bind(jdbc.sql("select count(*) from " + table + " where " + ScopedSql.within(column)), scope)
                .query(Long.class)
                .single();
    }

    private JdbcClient.StatementSpec visibleDivisions(DataScope scope, String condition) {
        return ScopedSql.bind(
                        jdbc.sql("select d.code, d.name, d.level, d.parent_code from division d where ("
                                + ScopedSql.within("d.code") + " or d.code = any(:ancestors)) and " + condition),
                        scope)
                .param("ancestors", ancestors(scope));
    }

    /** The division codes above a scope: a grid worker may see the names of the places that contain their grid. */
    static String[] ancestors(DataScope scope) {
        String prefix = scope.prefix();
        return IntStream.of(2, 4, 6, 9, 12)
                .filter(digits -> digits < prefix.length())
                .mapToObj(digits -> prefix.substring(0, digits))
                .toArray(String[]::new);
    }

    private Optional<GridView> findGrid(DataScope scope, String code) {
        return ScopedSql.bind(jdbc.sql("select * from grid where code = :code and " + ScopedSql.within("code")), scope)
                .param("code", code)
                .query(Organization::grid)
                .optional();
    }

    private static Actor requireRegistryWriter() {
        Actor actor = CurrentActor.orSystem();
        if (!actor.managesRegistry()) {
            throw new Forbidden("当前角色不能维护基础信息", "your role may not change the registry");
        }
        return actor;
    }

    private static String scopeCodeWithin(Actor actor, String field, String raw) {
        if (raw == null || !raw.trim().matches("\\d{2}|\\d{4}|\\d{6}|\\d{9}|\\d{12}|\\d{15}")) {
            throw new InvalidValue(
                    field,
                    "scope-code.format",
                    "须为 2、4、6、9、12 位区划代码或 15 位网格编码",
                    "must be a 2/4/6/9/12-digit division code or a 15-digit grid code");
        }
        String code = raw.trim();
        if (!actor.scope().contains(code)) throw new NotFound("division", code);
        return code;
    }

    private static void checkPoint(String latField, String lngField, Double lat, Double lng) {
        if ((lat == null) != (lng == null)) {
            throw new InvalidValue(latField, "point.pair", "经纬度须同时提供", "latitude and longitude go together");
        }
        if (lat != null && (lat < -90 || lat > 90)) {
            throw new InvalidValue(latField, "range", "纬度须在 -90 到 90 之间", "latitude must be between -90 and 90");
        }
        if (lng != null && (lng < -180 || lng > 180)) {
            throw new InvalidValue(lngField, "range", "经度须在 -180 到 180 之间", "longitude must be between -180 and 180");
        }
    }

    private static DivisionView division(ResultSet rs, int row) throws SQLException {
        int level = rs.getInt("level");
        return new DivisionView(
                rs.getString("code"),
                rs.getString("name"),
                level,
                DivisionLevel.ofDigits(level).nameZh(),
                rs.getString("parent_code"));
    }

    private static GridView grid(ResultSet rs, int row) throws SQLException {
        return new GridView(
                rs.getString("code"),
                rs.getString("community_code"),
                rs.getString("name"),
                GridKind.valueOf(rs.getString("kind")),
                rs.getInt("households"),
                (Double) rs.getObject("centre_lat"),
                (Double) rs.getObject("centre_lng"),
                rs.getString("polygon"));
    }

    private static BuildingView building(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        int units = rs.getInt("units");
        List<String> unitNames =
                IntStream.rangeClosed(1, units).mapToObj(n -> n + "单元").toList();
        return new BuildingView(
                id, rs.getString("grid_code"), rs.getString("name"), rs.getString("address"), units, unitNames);
    }

    private static PartnerUnitView partnerUnit(ResultSet rs, int row) throws SQLException {
        return new PartnerUnitView(
                rs.getLong("id"),
                rs.getString("unit_key"),
                rs.getString("name"),
                rs.getString("credit_code"),
                rs.getBoolean("credit_code_checked"),
                PartnerUnitKind.valueOf(rs.getString("kind")),
                rs.getString("scope_code"));
    }

    private static ServicePlaceView servicePlace(ResultSet rs, int row) throws SQLException {
        return new ServicePlaceView(
                rs.getLong("id"),
                ServicePlaceKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getString("address"),
                rs.getString("scope_code"),
                (Double) rs.getObject("lat"),
                (Double) rs.getObject("lng"));
    }
}
