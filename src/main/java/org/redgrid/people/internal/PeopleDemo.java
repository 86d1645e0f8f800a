package org.redgrid.people.internal;

import java.util.ArrayList;
import java.util.List;
import org.redgrid.organization.Organization;
import org.redgrid.people.HouseholdView;
import org.redgrid.people.LedgerKind;
import org.redgrid.people.Ledgers;
import org.redgrid.people.NewHousehold;
import org.redgrid.people.NewLedgerEntry;
import org.redgrid.people.NewPartyMember;
import org.redgrid.people.NewPerson;
import org.redgrid.people.People;
import org.redgrid.people.PersonView;
import org.redgrid.people.Relation;
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

/** In demo mode, registers the invented households and persons of the demo data set, once. */
@Component
@Order(30)
class PeopleDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PeopleDemo.class);

    private final People people;
    private final Ledgers ledgers;
    private final Organization organization;
    private final PlatformMode mode;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    PeopleDemo(
            People people,
            Ledgers ledgers,
            Organization organization,
            PlatformMode mode,
            JdbcClient jdbc,
            TransactionTemplate transactions) {
        this.people = people;
        this.ledgers = ledgers;
        this.organization = organization;
        this.mode = mode;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.demo()) return;
        if (jdbc.sql("select count(*) from person").query(Long.class).single() > 0) return;
        JsonNode data = DemoDataset.load();
        int persons = CurrentActor.runAsSystem(() -> transactions.execute(tx -> load(data)));
        log.info("Registered {} demo persons", persons);
    }

    private int load(JsonNode data) {
        int persons = 0;
        for (JsonNode household : data.path("households")) {
            String grid = household.path("gridCode").asString();
            Long buildingId = organization
                    .buildingNamed(grid, household.path("building").asString())
                    .map(building -> building.id())
                    .orElse(null);
            HouseholdView created = people.createHousehold(new NewHousehold(
                    grid,
                    buildingId,
                    buildingId == null ? null : household.path("unit").asString(null),
                    household.path("room").asString(),
                    null));
            for (JsonNode member : household.path("members")) {
                loadMember(created, member);
                persons++;
            }
        }
        return persons;
    }

    private void loadMember(HouseholdView created, JsonNode member) {
        List<String> tags = new ArrayList<>();
        member.path("tags").forEach(tag -> tags.add(tag.asString()));
        PersonView person = people.register(new NewPerson(
                        created.id(),
                        member.path("name").asString(),
                        member.path("idNumber").asString(),
                        member.path("phone").isString() ? member.path("phone").asString() : null,
                        member.path("ethnicity").asString(null),
                        Relation.valueOf(member.path("relation").asString("OTHER")),
                        tags))
                .person();
        for (JsonNode ledger : member.path("ledgers")) {
            ledgers.enrol(new NewLedgerEntry(
                    person.id(),
                    LedgerKind.valueOf(ledger.path("kind").asString()),
                    ledger.path("visitCycleDays").asInt(0) > 0
                            ? ledger.path("visitCycleDays").asInt()
                            : null,
                    ledger.path("note").asString(null)));
        }
        JsonNode party = member.path("partyMember");
        if (party.isObject()) {
            people.registerPartyMember(new NewPartyMember(
                    person.id(),
                    organization.partyOrgId(party.path("orgKey").asString()).orElse(null),
                    party.path("inService").asBoolean(false),
                    party.path("employer").isString() ? party.path("employer").asString() : null));
        }
    }
}
