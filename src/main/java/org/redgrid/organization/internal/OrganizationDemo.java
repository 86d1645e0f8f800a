package org.redgrid.organization.internal;

import java.util.HashMap;
import java.util.Map;
import org.redgrid.organization.GridKind;
import org.redgrid.organization.NewBuilding;
import org.redgrid.organization.NewGrid;
import org.redgrid.organization.NewPartnerUnit;
import org.redgrid.organization.NewPartyOrg;
import org.redgrid.organization.NewServicePlace;
import org.redgrid.organization.Organization;
import org.redgrid.organization.PartnerUnitKind;
import org.redgrid.organization.PartyOrgKind;
import org.redgrid.organization.ServicePlaceKind;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.DemoDataset;
import org.redgrid.shared.PlatformMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * In demo mode, loads the places of the source articles through the module's own API (so the demo
 * obeys the same rules as users): grids, buildings, party organisations, partner units, service places.
 * Runs once: a second start finds the data and skips.
 */
@Component
@Order(20)
class OrganizationDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OrganizationDemo.class);

    private final Organization organization;
    private final PlatformMode mode;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    OrganizationDemo(Organization organization, PlatformMode mode, JdbcClient jdbc, TransactionTemplate transactions) {
        this.organization = organization;
        this.mode = mode;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.demo()) return;
        boolean loaded = jdbc.sql("select count(*) from grid").query(Long.class).single() > 0;
        if (loaded) return;
        JsonNode data = DemoDataset.load();
        CurrentActor.runAsSystem(() -> transactions.execute(tx -> {
            load(data);
            return null;
        }));
        log.info("Loaded the demo places of the source articles");
    }

    private void load(JsonNode data) {
        for (JsonNode community : data.path("communities")) {
            community.path("grids").forEach(this::loadGrid);
        }
        loadPartyOrgs(data);
        loadUnitsAndPlaces(data);
    }

    private void loadGrid(JsonNode grid) {
        organization.createGrid(new NewGrid(
                grid.path("code").asString(),
                grid.path("name").asString(),
                GridKind.valueOf(grid.path("kind").asString("ORDINARY")),
                grid.path("households").asInt(0),
                grid.path("centre").isObject() ? grid.path("centre").path("lat").asDouble() : null,
                grid.path("centre").isObject() ? grid.path("centre").path("lng").asDouble() : null,
                null));
        for (JsonNode building : grid.path("buildings")) {
            organization.createBuilding(new NewBuilding(
                    grid.path("code").asString(),
                    building.path("name").asString(),
                    building.path("address").asString(null),
                    building.path("units").asInt(1)));
        }
    }

    private void loadPartyOrgs(JsonNode data) {
        Map<String, Long> partyOrgs = new HashMap<>();
        for (JsonNode org : data.path("partyOrganizations")) {
            String parentKey =
                    org.path("parentKey").isString() ? org.path("parentKey").asString() : null;
            var created = organization.createPartyOrg(new NewPartyOrg(
                    org.path("key").asString(),
                    parentKey == null ? null : partyOrgs.get(parentKey),
                    PartyOrgKind.valueOf(org.path("kind").asString()),
                    org.path("name").asString(),
                    org.path("scopeCode").asString()));
            partyOrgs.put(created.key(), created.id());
        }
    }

    private void loadUnitsAndPlaces(JsonNode data) {
        for (JsonNode unit : data.path("partnerUnits")) {
            organization.createPartnerUnit(new NewPartnerUnit(
                    unit.path("key").asString(),
                    unit.path("name").asString(),
                    unit.path("creditCode").asString(),
                    PartnerUnitKind.valueOf(unit.path("kind").asString()),
                    unit.path("scopeCode").asString()));
        }
        for (JsonNode place : data.path("servicePlaces")) {
            organization.createServicePlace(new NewServicePlace(
                    ServicePlaceKind.valueOf(place.path("kind").asString()),
                    place.path("name").asString(),
                    place.path("address").asString(null),
                    place.path("scopeCode").asString(),
                    place.path("lat").isNumber() ? place.path("lat").asDouble() : null,
                    place.path("lng").isNumber() ? place.path("lng").asDouble() : null,
                    place.path("openingHours").asString(null),
                    place.path("services").asString(null),
                    place.path("contact").asString(null)));
        }
    }
}
