package org.redgrid.engagement;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.redgrid.engagement.internal.Members;
import org.redgrid.engagement.internal.Places;
import org.redgrid.engagement.internal.Registrations;
import org.redgrid.identity.Identity;
import org.redgrid.organization.BuildingView;
import org.redgrid.organization.Organization;
import org.redgrid.organization.PartnerUnitView;
import org.redgrid.people.People;
import org.redgrid.people.PersonView;
import org.redgrid.shared.Actor;
import org.redgrid.shared.AuditRecord;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.GridCode;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engagement API for people and places: who is who, 双报到 and its approval, 三进两认岗 posts,
 * 党员包户. Teams and activities live in {@link Volunteering}, points in {@link Points}; every write is
 * audited, every read scoped.
 */
@Service
@Transactional(readOnly = true)
public class Engagement {

    private final Members members;
    private final Registrations registrations;
    private final People people;
    private final Organization organization;
    private final Identity identity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @SuppressWarnings("java:S107") // a coordinator names each part it coordinates
    Engagement(
            Members members,
            Registrations registrations,
            People people,
            Organization organization,
            Identity identity,
            ApplicationEventPublisher events,
            Clock clock) {
        this.members = members;
        this.registrations = registrations;
        this.people = people;
        this.organization = organization;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
    }

    // Who is who

    /**
     * Links a login (optional) to a person of the registry inside the actor's scope, copying the party
     * membership; an in-service member's employer is a partner unit named by its credit code.
     */
    @Transactional
    public MemberView link(NewLink command) {
        Actor actor = CurrentActor.require();
        if (command.person() == null) throw new InvalidValue("person", "required", "须指定人员", "person is required");
        PersonView person = people.person(command.person());
        if (!EngagementGuards.mayOrganise(actor, person.gridCode())) {
            throw new Forbidden("只有社区及以上工作人员可以关联账号", "only community staff and above link logins");
        }
        String username = Text.optional("username", command.username(), 64);
        if (username != null && identity.actorOf(username).isEmpty()) {
            throw new InvalidValue("username", "user.exists", "账号不存在", "no such login");
        }
        if (username != null && members.usernameTaken(username, person.id())) {
            throw new Conflict("member.login-linked", "该账号已关联其他人员", "this login is linked to another person");
        }
        var membership = person.partyMembership();
        PartnerUnitView employer = employer(command.employer());
        MemberView member = new MemberView(
                person.id(),
                username,
                person.name(),
                person.gridCode(),
                person.phoneMasked(),
                membership != null,
                membership != null && membership.inService(),
                membership == null ? null : membership.partyOrgId(),
                employer == null ? null : employer.creditCode(),
                employer != null ? employer.name() : membership == null ? null : membership.employer());
        members.link(member, actor.username(), clock.instant());
        events.publishEvent(
                new AuditRecord("MEMBER_LINKED", "person", Long.toString(person.id()), person.gridCode(), username));
        return member;
    }

    private PartnerUnitView employer(String creditCode) {
        String code = Text.optional("employer", creditCode, 18);
        if (code == null) return null;
        return organization
                .partnerUnit(code)
                .orElseThrow(
                        () -> new InvalidValue("employer", "partner-unit.exists", "共建单位不存在", "no such partner unit"));
    }

    /** The member a login is linked to, if any. */
    public Optional<MemberView> me() {
        return CurrentActor.find().flatMap(actor -> members.ofLogin(actor.username()));
    }

    /** A member the actor may see: in scope, themself, or (for an employer) one of its own. */
    public MemberView member(long person) {
        Actor actor = CurrentActor.require();
        Long own = me().map(MemberView::person).orElse(null);
        boolean staff = EngagementGuards.mayOrganise(actor, actor.scope().prefix());
        String unit = actor.has(org.redgrid.shared.Role.DEPARTMENT) ? actor.partnerUnit() : null;
        return members.readable(person, actor.scope(), staff, own, unit)
                .filter(m -> EngagementGuards.mayReadRecord(actor, own, m.person(), m.gridCode(), m.employerCode()))
                .orElseThrow(() -> new NotFound("member", person));
    }

    public List<MemberView> members() {
        Actor actor = CurrentActor.require();
        if (actor.has(org.redgrid.shared.Role.DEPARTMENT) && actor.partnerUnit() != null) {
            return members.ofEmployer(actor.partnerUnit());
        }
        return actor.managesRegistry()
                ? members.within(actor.scope(), false)
                : me().stream().toList();
    }

    /** 党员包户: a member looks after a household of the actor's area. */
    @Transactional
    public List<Long> assignHousehold(long person, Long household) {
        Actor actor = CurrentActor.require();
        MemberView member = member(person);
        if (household == null) throw new InvalidValue("household", "required", "须指定户", "household is required");
        var assigned = people.household(household);
        if (!EngagementGuards.mayOrganise(actor, assigned.gridCode())) {
            throw new Forbidden("只有社区及以上工作人员可以分配包户", "only community staff and above assign households");
        }
        members.assignHousehold(member.person(), assigned.id(), assigned.gridCode(), actor.username(), clock.instant());
        events.publishEvent(new AuditRecord(
                "MEMBER_HOUSEHOLD_ASSIGNED",
                "person",
                Long.toString(person),
                assigned.gridCode(),
                "household " + household));
        return members.households(member.person());
    }

    // 双报到

    /** Files a registration of a member (themself, or by staff) or of the actor's own unit; PENDING. */
    @Transactional
    public RegistrationView register(NewRegistration command) {
        Actor actor = CurrentActor.require();
        String community = Places.community("community", command.community());
        String grid = null;
        if (command.grid() != null && !command.grid().isBlank()) {
            grid = GridCode.parse("grid", command.grid()).value();
            if (!grid.startsWith(community) || !organization.gridExists(grid)) {
                throw new InvalidValue(
                        "grid", "grid.in-community", "网格须属于报到社区", "the grid must belong to the community");
            }
        }
        Registrations.Filing filing;
        if (command.partyMember() != null) {
            MemberView member = member(command.partyMember());
            Long own = me().map(MemberView::person).orElse(null);
            if (!EngagementGuards.mayActFor(actor, own, member.person(), member.gridCode())) {
                throw new Forbidden("党员本人或社区工作人员可以报到", "members register themselves, or staff for them");
            }
            if (!member.partyMember()) {
                throw new InvalidValue("partyMember", "member.party", "该人员不是党员", "this person is not a party member");
            }
            filing = new Registrations.Filing(
                    member.person(),
                    null,
                    null,
                    community,
                    grid,
                    Text.optional("serviceCentre", command.serviceCentre(), 150),
                    Text.optional("residentsGroup", command.residentsGroup(), 100),
                    posts(command.posts(), community));
        } else {
            PartnerUnitView unit = unitOf(actor, command.unit(), community);
            filing = new Registrations.Filing(
                    null, unit.creditCode(), unit.name(), community, null, null, null, List.of());
        }
        long id = registrations
                .file(filing, actor.username(), clock.instant())
                .orElseThrow(() -> new Conflict(
                        "registration.exists", "已在该社区报到或待审核", "already registered or pending at this community"));
        events.publishEvent(new AuditRecord(
                "REGISTRATION_FILED",
                "registration",
                Long.toString(id),
                community,
                filing.person() != null ? "member " + filing.person() : "unit " + filing.unit()));
        return registration(id);
    }

    /** 单位双报到: the unit's own login, or staff of the community for it. */
    private PartnerUnitView unitOf(Actor actor, String rawUnit, String community) {
        String code = Text.optional("unit", rawUnit, 18);
        if (code == null) {
            throw new InvalidValue("partyMember", "required", "须指定报到党员或单位", "partyMember or unit is required");
        }
        boolean ownUnit = code.equals(actor.partnerUnit());
        if (!ownUnit && !EngagementGuards.mayOrganise(actor, community)) {
            throw new Forbidden("共建单位本单位账号或社区工作人员可以报到", "a unit registers through its own login, or staff for it");
        }
        return organization
                .partnerUnit(code)
                .orElseThrow(() -> new InvalidValue("unit", "partner-unit.exists", "共建单位不存在", "no such partner unit"));
    }

    private List<NewPost> posts(List<NewPost> posts, String community) {
        if (posts == null) return List.of();
        if (posts.size() > 10) throw new InvalidValue("posts", "posts.count", "最多申请 10 个岗位", "at most 10 posts");
        List<NewPost> checked = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) {
            NewPost post = posts.get(i);
            String field = "posts[" + i + "]";
            if (post == null || post.kind() == null) {
                throw new InvalidValue(field + ".kind", "required", "须指定岗位类型", "post kind is required");
            }
            if (!post.kind().boundToBuilding()) {
                checked.add(new NewPost(post.kind(), null, null));
                continue;
            }
            if (post.building() == null) {
                throw new InvalidValue(field + ".building", "required", "楼栋长、单元长须指定楼栋", "a head post needs a building");
            }
            BuildingView building = buildingOf(field, post.building(), community);
            String unit = Text.optional(field + ".unit", post.unit(), 50);
            if (post.kind() == PostKind.UNIT_HEAD
                    && (unit == null || !building.unitNames().contains(unit))) {
                throw new InvalidValue(
                        field + ".unit", "post.unit", "单元长须指定该楼的单元", "a unit head needs a unit of the building");
            }
            checked.add(new NewPost(post.kind(), building.id(), post.kind() == PostKind.UNIT_HEAD ? unit : null));
        }
        return checked;
    }

    private BuildingView buildingOf(String field, long id, String community) {
        // The member's own scope may be one grid; the building is looked up as the platform, in the community.
        BuildingView building;
        try {
            building = CurrentActor.runAsSystem(() -> organization.building(id));
        } catch (NotFound missing) {
            building = null;
        }
        if (building == null || !building.gridCode().startsWith(community)) {
            throw new InvalidValue(
                    field + ".building", "post.building", "楼栋须在报到社区内", "the building must lie in the community");
        }
        return building;
    }

    public RegistrationView registration(long id) {
        Actor actor = CurrentActor.require();
        return registrations
                .find(actor, me().map(MemberView::person).orElse(null), id)
                .orElseThrow(() -> new NotFound("registration", id));
    }

    public List<RegistrationView> registrations(RegistrationStatus status) {
        return registrations.list(
                CurrentActor.require(), me().map(MemberView::person).orElse(null), status);
    }

    /** The community approves (or declines) a pending registration, and with it the posts applied for. */
    @Transactional
    public RegistrationView decide(long id, boolean approve) {
        Actor actor = CurrentActor.require();
        RegistrationView registration = registration(id);
        if (!EngagementGuards.mayOrganise(actor, registration.community())) {
            throw new Forbidden("只有报到社区及以上工作人员可以审核", "only staff of the community and above decide");
        }
        RegistrationStatus status = approve ? RegistrationStatus.APPROVED : RegistrationStatus.DECLINED;
        if (!registrations.decide(id, status, actor.username(), clock.instant())) {
            throw new Conflict("registration.decided", "该报到已审核", "this registration has been decided");
        }
        events.publishEvent(new AuditRecord(
                "REGISTRATION_" + status, "registration", Long.toString(id), registration.community(), null));
        return registration(id);
    }
}
