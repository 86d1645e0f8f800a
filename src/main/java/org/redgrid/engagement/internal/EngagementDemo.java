package org.redgrid.engagement.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.redgrid.engagement.Engagement;
import org.redgrid.engagement.NewActivity;
import org.redgrid.engagement.NewAward;
import org.redgrid.engagement.NewLink;
import org.redgrid.engagement.NewPost;
import org.redgrid.engagement.NewRegistration;
import org.redgrid.engagement.NewTeam;
import org.redgrid.engagement.PointRule;
import org.redgrid.engagement.Points;
import org.redgrid.engagement.PostKind;
import org.redgrid.engagement.TeamKind;
import org.redgrid.engagement.TeamView;
import org.redgrid.engagement.Volunteering;
import org.redgrid.organization.Organization;
import org.redgrid.people.HouseholdView;
import org.redgrid.people.NewHousehold;
import org.redgrid.people.NewPartyMember;
import org.redgrid.people.NewPerson;
import org.redgrid.people.People;
import org.redgrid.people.PersonQuery;
import org.redgrid.people.PersonView;
import org.redgrid.people.Relation;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.Paging;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * In demo mode, once: the in-service members of 团结社区 (突泉县), the links of the articles' members of
 * 桃园社区 and 团结社区, their 双报到 (one left pending), the teams, and the last four weeks of activities
 * with sign-ups and check-ins, all through the module's own API (so the points trace to their sources).
 */
@Component
@Order(60)
class EngagementDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EngagementDemo.class);
    private static final String RESOURCE = "demo/engagement-demo.json";

    private final Engagement engagement;
    private final Volunteering volunteering;
    private final Points points;
    private final People people;
    private final Organization organization;
    private final PlatformMode mode;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Map<String, Long> persons = new HashMap<>();

    @SuppressWarnings("java:S107") // the demo replays work across the module's API and the registry
    EngagementDemo(
            Engagement engagement,
            Volunteering volunteering,
            Points points,
            People people,
            Organization organization,
            PlatformMode mode,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Clock clock) {
        this.engagement = engagement;
        this.volunteering = volunteering;
        this.points = points;
        this.people = people;
        this.organization = organization;
        this.mode = mode;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.demo()) return;
        if (jdbc.sql("select count(*) from engagement_member").query(Long.class).single() > 0) return;
        JsonNode data = load();
        int activities = CurrentActor.runAsSystem(() -> transactions.execute(tx -> replay(data)));
        log.info("Loaded demo engagement: {} members, {} activities", persons.size(), activities);
    }

    private int replay(JsonNode data) {
        for (JsonNode household : data.path("households")) registerHousehold(household);
        JsonNode employers = data.path("employers");
        JsonNode logins = data.path("logins");
        for (JsonNode group : data.path("members")) {
            String grid = group.path("grid").asString();
            for (JsonNode name : group.path("names")) {
                PersonView person = personNamed(grid, name.asString());
                String employer = employers.path(person.name()).isString()
                        ? employers.path(person.name()).asString()
                        : null;
                String login = logins.path(person.name()).asString(null);
                engagement.link(new NewLink(login, person.id(), employer));
                persons.put(person.name(), person.id());
            }
        }
        for (JsonNode registration : data.path("registrations")) register(registration);
        int activities = 0;
        for (JsonNode team : data.path("teams")) activities += team(team);
        for (JsonNode session : data.path("learning")) {
            for (JsonNode name : session.path("names")) {
                points.award(new NewAward(
                        persons.get(name.asString()),
                        PointRule.LEARNING,
                        session.path("source").asString(),
                        null,
                        null));
            }
        }
        data.path("households_assigned").properties().forEach(entry -> {
            for (JsonNode name : entry.getValue()) {
                Long household = people.person(persons.get(name.asString())).householdId();
                engagement.assignHousehold(persons.get(entry.getKey()), household);
            }
        });
        return activities;
    }

    private void registerHousehold(JsonNode household) {
        String grid = household.path("gridCode").asString();
        Long building = organization
                .buildingNamed(grid, household.path("building").asString())
                .map(b -> b.id())
                .orElse(null);
        HouseholdView created = people.createHousehold(new NewHousehold(
                grid,
                building,
                building == null ? null : household.path("unit").asString(),
                household.path("room").asString(),
                null));
        for (JsonNode member : household.path("members")) {
            PersonView person = people.register(new NewPerson(
                            created.id(),
                            member.path("name").asString(),
                            member.path("idNumber").asString(),
                            member.path("phone").isString()
                                    ? member.path("phone").asString()
                                    : null,
                            member.path("ethnicity").asString(),
                            Relation.valueOf(member.path("relation").asString()),
                            List.of()))
                    .person();
            String employer =
                    member.path("employer").isString() ? member.path("employer").asString() : null;
            people.registerPartyMember(new NewPartyMember(person.id(), null, employer != null, employer));
        }
    }

    private PersonView personNamed(String grid, String name) {
        return people.persons(new PersonQuery(grid, null, name, null, null, null), Paging.of(0, 10)).items().stream()
                .filter(person -> person.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("demo person missing: " + name));
    }

    private void register(JsonNode registration) {
        String community = registration.path("community").asString();
        List<NewPost> posts = new ArrayList<>();
        for (JsonNode post : registration.path("posts")) {
            Long building = post.has("building")
                    ? organization
                            .buildingNamed(
                                    registration.path("grid").asString(),
                                    post.path("building").asString())
                            .orElseThrow()
                            .id()
                    : null;
            posts.add(new NewPost(
                    PostKind.valueOf(post.path("kind").asString()),
                    building,
                    post.path("unit").asString(null)));
        }
        boolean unit = registration.has("unit");
        long id = engagement
                .register(new NewRegistration(
                        unit ? null : persons.get(registration.path("member").asString()),
                        unit ? registration.path("unit").asString() : null,
                        community,
                        registration.path("grid").asString(null),
                        registration.path("serviceCentre").asString(null),
                        registration.path("residentsGroup").asString(null),
                        posts))
                .id();
        if (!registration.path("pending").asBoolean(false)) engagement.decide(id, true);
    }

    /** The team and its activities, one a week over the last four weeks, and one coming up. */
    private int team(JsonNode data) {
        List<Long> members = new ArrayList<>();
        data.path("members").forEach(name -> members.add(persons.get(name.asString())));
        TeamView team = volunteering.createTeam(new NewTeam(
                data.path("name").asString(),
                TeamKind.valueOf(data.path("kind").asString()),
                data.path("community").asString(),
                data.path("duties").asString(),
                persons.get(data.path("leader").asString()),
                members,
                1));
        List<Long> everyone = new ArrayList<>(members);
        everyone.add(0, persons.get(data.path("leader").asString()));
        LocalDate today = LocalDate.now(clock.withZone(Ledger.LOCAL));
        int week = 4;
        int held = 0;
        for (JsonNode title : data.path("activities")) {
            LocalDate day = today.minusWeeks(week--).plusDays(team.id() % 3);
            Instant starts = day.atTime(LocalTime.of(9, 0)).atZone(Ledger.LOCAL).toInstant();
            long activity = volunteering
                    .createActivity(new NewActivity(
                            team.id(),
                            team.community(),
                            title.asString(),
                            starts,
                            starts.plusSeconds(7200),
                            data.path("place").asString(),
                            30))
                    .id();
            // Someone is always away: the last member misses every other activity.
            for (int i = 0; i < everyone.size(); i++) {
                if (i == everyone.size() - 1 && held % 2 == 1) continue;
                volunteering.signUp(activity, everyone.get(i));
                volunteering.checkIn(activity, everyone.get(i), starts.plusSeconds(300), null);
            }
            held++;
        }
        if (held > 0) {
            Instant next = today.plusDays(3)
                    .atTime(LocalTime.of(9, 0))
                    .atZone(Ledger.LOCAL)
                    .toInstant();
            volunteering.createActivity(new NewActivity(
                    team.id(),
                    team.community(),
                    data.path("activities").get(0).asString(),
                    next,
                    next.plusSeconds(5400),
                    data.path("place").asString(),
                    20));
        }
        return held;
    }

    private static JsonNode load() {
        try (InputStream in = EngagementDemo.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing " + RESOURCE);
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
