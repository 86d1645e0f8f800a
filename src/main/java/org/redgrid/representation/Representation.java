package org.redgrid.representation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.redgrid.representation.internal.Mailboxes;
import org.redgrid.representation.internal.Messages;
import org.redgrid.representation.internal.RepresentationGuards;
import org.redgrid.representation.internal.ReviewPeriod;
import org.redgrid.representation.internal.Stations;
import org.redgrid.shared.Actor;
import org.redgrid.shared.AuditRecord;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.DivisionCode;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.GridCode;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The representation module's API for the street's people's-congress office: homes and stations, their
 * representatives, annual plans, reception schedules and logs, review mailboxes, and each
 * representative's public profile (what a resident sees after scanning 码上找代表).
 */
@Service
@Transactional(readOnly = true)
public class Representation {

    static final ZoneId LOCAL = ZoneId.of("Asia/Shanghai");

    private final Stations stations;
    private final Messages messages;
    private final Mailboxes mailboxes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Representation(
            Stations stations, Messages messages, Mailboxes mailboxes, ApplicationEventPublisher events, Clock clock) {
        this.stations = stations;
        this.messages = messages;
        this.mailboxes = mailboxes;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Station createStation(NewStation station) {
        Actor actor = CurrentActor.require();
        if (station.kind() == null)
            throw new InvalidValue("kind", "required", "须指定类型：HOME 或 STATION", "kind is required");
        String scope = DivisionCode.parse("scopeCode", station.scopeCode()).value();
        organising(actor, scope);
        Station saved = stations.insertStation(
                station.kind(),
                Text.required("name", station.name(), 100),
                scope,
                Text.optional("address", station.address(), 200),
                actor.username(),
                clock.instant());
        audit("REP_STATION_CREATED", "rep_station", saved.id(), scope, saved.name());
        return saved;
    }

    public List<Station> stations() {
        return stations.stations(CurrentActor.require().scope());
    }

    public Station station(long id) {
        return stations().stream()
                .filter(station -> station.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFound("representative station", id));
    }

    public List<RepresentativeView> representatives() {
        return stations.representatives(CurrentActor.require().scope());
    }

    @Transactional
    public RepresentativeView register(NewRepresentative rep) {
        Actor actor = CurrentActor.require();
        if (rep.stationId() == null)
            throw new InvalidValue("stationId", "required", "须指定代表之家或联络站", "stationId is required");
        Station station = visibleStation(actor, rep.stationId());
        organising(actor, station.scopeCode());
        if (rep.kind() == null) throw new InvalidValue("kind", "required", "须指定代表类型：NPC 或 PARTY", "kind is required");
        String name = Text.required("name", rep.name(), 50);
        String grid = GridCode.parse("gridCode", rep.gridCode()).value();
        if (!actor.scope().contains(grid)) {
            throw new InvalidValue("gridCode", "grid.in-scope", "网格不在您的管辖范围内", "the grid is outside your scope");
        }
        String username = Text.optional("username", rep.username(), 64);
        if (username != null && stations.usernameTaken(username)) {
            throw new Conflict("username.taken", "该账号已登记为代表", "this account is already a representative");
        }
        var normalised = new NewRepresentative(
                station.id(),
                rep.kind(),
                name,
                username,
                grid,
                Text.optional("team", rep.team(), 100),
                Text.optional("intro", rep.intro(), 500));
        long id = stations.insertRepresentative(normalised, name, grid, clock.instant());
        audit("REPRESENTATIVE_REGISTERED", "representative", id, station.scopeCode(), name);
        return stations.representative(id).orElseThrow().view();
    }

    /** The public profile behind a representative's code: open to anyone, with no personal data. */
    public PublicProfile profile(long id) {
        var rep = stations.representative(id)
                .orElseThrow(() -> new NotFound("representative", id))
                .view();
        Station station = stations.station(rep.stationId()).orElseThrow();
        Instant now = clock.instant();
        return new PublicProfile(
                rep.id(),
                rep.name(),
                rep.kind(),
                rep.team(),
                rep.intro(),
                station,
                stations.receptions(station.id(), now, false, 5).stream()
                        .filter(r -> r.representativeId() == id)
                        .toList(),
                stations.plan(station.id(), LocalDate.ofInstant(now, LOCAL).getYear()),
                messages.publicAnswers(id, 20));
    }

    @Transactional
    public PlanItem addPlanItem(long stationId, NewPlanItem item) {
        Actor actor = CurrentActor.require();
        Station station = visibleStation(actor, stationId);
        organising(actor, station.scopeCode());
        int year = item.year() == null
                ? LocalDate.ofInstant(clock.instant(), LOCAL).getYear()
                : item.year();
        if (year < 2000 || year > 2100)
            throw new InvalidValue("year", "range", "年份须在 2000–2100 之间", "year must be 2000–2100");
        if (item.month() == null || item.month() < 1 || item.month() > 12) {
            throw new InvalidValue("month", "range", "月份须在 1–12 之间", "month must be 1–12");
        }
        PlanItem saved =
                stations.insertPlanItem(station.id(), year, item.month(), Text.required("title", item.title(), 200));
        audit("REP_PLAN_ITEM_ADDED", "rep_station", station.id(), station.scopeCode(), saved.title());
        return saved;
    }

    @Transactional
    public Reception schedule(long stationId, NewReception reception) {
        Actor actor = CurrentActor.require();
        Station station = visibleStation(actor, stationId);
        organising(actor, station.scopeCode());
        if (reception.representativeId() == null) {
            throw new InvalidValue("representativeId", "required", "须指定接待代表", "representativeId is required");
        }
        var rep = stations.representative(reception.representativeId())
                .filter(r -> r.view().stationId() == station.id())
                .orElseThrow(() -> new InvalidValue(
                        "representativeId",
                        "representative.station",
                        "该代表不属于这个站点",
                        "the representative is not at this station"));
        if (reception.startsAt() == null)
            throw new InvalidValue("startsAt", "required", "须指定开始时间", "startsAt is required");
        if (reception.endsAt() == null || !reception.endsAt().isAfter(reception.startsAt())) {
            throw new InvalidValue("endsAt", "reception.order", "结束时间须晚于开始时间", "endsAt must come after startsAt");
        }
        Reception saved =
                stations.insertReception(station.id(), rep.view().id(), reception.startsAt(), reception.endsAt());
        audit(
                "REP_RECEPTION_SCHEDULED",
                "rep_reception",
                saved.id(),
                station.scopeCode(),
                rep.view().name());
        return saved;
    }

    public List<Reception> receptions(long stationId, boolean past) {
        Station station = visibleStation(CurrentActor.require(), stationId);
        return stations.receptions(station.id(), clock.instant(), past, 100);
    }

    /** 接待记录: who came, what they raised and what followed. */
    @Transactional
    public Reception logReception(long id, ReceptionLog log) {
        Actor actor = CurrentActor.require();
        Reception reception = stations.reception(id).orElseThrow(() -> new NotFound("reception", id));
        Station station = visibleStation(actor, reception.stationId());
        String username = stations.representative(reception.representativeId())
                .orElseThrow()
                .view()
                .username();
        if (!RepresentationGuards.mayLogReception(actor, username, station.scopeCode())) {
            throw new Forbidden("只有接待代表和人大工委可以登记接待情况", "only the representative or the office logs a reception");
        }
        if (log.visitors() == null || log.visitors() < 0 || log.visitors() > 10_000) {
            throw new InvalidValue("visitors", "range", "接待人数须在 0–10000 之间", "visitors must be 0–10000");
        }
        stations.logReception(
                id,
                log.visitors(),
                Text.required("raised", log.raised(), 1000),
                Text.optional("followed", log.followed(), 1000),
                clock.instant());
        audit("REP_RECEPTION_LOGGED", "rep_reception", id, station.scopeCode(), log.visitors() + " visitors");
        return stations.reception(id).orElseThrow();
    }

    @Transactional
    public ReviewMailbox openMailbox(NewReviewMailbox mailbox) {
        Actor actor = CurrentActor.require();
        if (mailbox.subject() == null) {
            throw new InvalidValue("subject", "required", "须指定评议对象类型：DEPARTMENT 或 PROJECT", "subject is required");
        }
        String scope = DivisionCode.parse("scopeCode", mailbox.scopeCode()).value();
        organising(actor, scope);
        if (mailbox.opensOn() == null) throw new InvalidValue("opensOn", "required", "须指定开始日期", "opensOn is required");
        if (mailbox.closesOn() == null || mailbox.closesOn().isBefore(mailbox.opensOn())) {
            throw new InvalidValue("closesOn", "period.order", "截止日期不能早于开始日期", "closesOn must not come before opensOn");
        }
        String name = Text.required("name", mailbox.name(), 100);
        long id = mailboxes.insert(
                mailbox.subject(),
                name,
                scope,
                mailbox.opensOn(),
                mailbox.closesOn(),
                actor.username(),
                clock.instant());
        audit("REVIEW_MAILBOX_OPENED", "review_mailbox", id, scope, name);
        return mailboxes.find(id, today()).orElseThrow();
    }

    public List<ReviewMailbox> mailboxes() {
        return mailboxes.visible(CurrentActor.require().scope(), today());
    }

    public ReviewMailbox mailbox(long id) {
        return mailboxes().stream()
                .filter(mailbox -> mailbox.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFound("review mailbox", id));
    }

    /** Leaves an opinion while the mailbox's {@code ReviewPeriod} is open. */
    @Transactional
    public Opinion leaveOpinion(long mailboxId, NewOpinion opinion) {
        Actor actor = CurrentActor.require();
        ReviewMailbox mailbox = visibleMailbox(actor, mailboxId);
        if (!new ReviewPeriod(mailbox.opensOn(), mailbox.closesOn()).isOpenOn(today())) {
            throw new Conflict("review.closed", "意见征集不在进行中", "the mailbox is not open today");
        }
        String text = Text.required("text", opinion.text(), 1000);
        long id = mailboxes.insertOpinion(mailbox.id(), actor.username(), text, clock.instant());
        audit("REVIEW_OPINION_LEFT", "review_mailbox", mailbox.id(), mailbox.scopeCode(), null);
        return new Opinion(id, actor.username(), text, clock.instant());
    }

    /** The opinions, for the office that opened the mailbox. */
    public List<Opinion> opinions(long mailboxId) {
        Actor actor = CurrentActor.require();
        ReviewMailbox mailbox = visibleMailbox(actor, mailboxId);
        organising(actor, mailbox.scopeCode());
        return mailboxes.opinions(mailbox.id());
    }

    private ReviewMailbox visibleMailbox(Actor actor, long id) {
        return mailboxes
                .find(id, today())
                .filter(m -> actor.scope().sees(m.scopeCode()))
                .orElseThrow(() -> new NotFound("review mailbox", id));
    }

    private Station visibleStation(Actor actor, long id) {
        return stations.station(id)
                .filter(s -> actor.scope().contains(s.scopeCode()))
                .orElseThrow(() -> new NotFound("station", id));
    }

    private static void organising(Actor actor, String scope) {
        if (!RepresentationGuards.mayOrganise(actor, scope)) {
            throw new Forbidden("只有辖区街道人大工委（街道工作人员）或管理员可以办理", "only the street's office or administrators do this");
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LOCAL);
    }

    private void audit(String action, String type, long id, String scope, String detail) {
        events.publishEvent(new AuditRecord(action, type, Long.toString(id), scope, detail));
    }
}
