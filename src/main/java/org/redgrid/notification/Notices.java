package org.redgrid.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.redgrid.identity.Identity;
import org.redgrid.notification.internal.GroupRobots;
import org.redgrid.notification.internal.NoticeBook;
import org.redgrid.notification.internal.NoticeRules;
import org.redgrid.notification.internal.OutboundAddressPolicy;
import org.redgrid.notification.internal.Outbox;
import org.redgrid.organization.Organization;
import org.redgrid.organization.ServicePlaceKind;
import org.redgrid.shared.Actor;
import org.redgrid.shared.AuditRecord;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.PageResult;
import org.redgrid.shared.Paging;
import org.redgrid.shared.Role;
import org.redgrid.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices (上传下达) and the group robots they reach: staff send a notice to the residents' inboxes in a
 * grid or community and to the robot bound to that group (or to a meal point's group); building heads
 * relay it and see who has read it.
 */
@Service
@Transactional(readOnly = true)
public class Notices {

    private final NoticeBook book;
    private final GroupRobots robots;
    private final Outbox outbox;
    private final OutboundAddressPolicy outbound;
    private final Identity identity;
    private final Organization organization;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @SuppressWarnings("java:S107") // a coordinator names each part it coordinates
    Notices(
            NoticeBook book,
            GroupRobots robots,
            Outbox outbox,
            OutboundAddressPolicy outbound,
            Identity identity,
            Organization organization,
            ApplicationEventPublisher events,
            Clock clock) {
        this.book = book;
        this.robots = robots;
        this.outbox = outbox;
        this.outbound = outbound;
        this.identity = identity;
        this.organization = organization;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public NoticeView send(NewNotice notice) {
        Actor actor = CurrentActor.require();
        String scope = scope(notice.scope());
        if (!NoticeRules.maySend(actor, scope)) {
            throw new Forbidden("只能向本人管辖范围内发送通知", "you send notices only inside your scope");
        }
        Long place = mealPoint(scope, notice.place());
        String title = Text.required("title", notice.title(), 200);
        String body = Text.required("body", notice.body(), 2000);
        if (notice.channels() == null
                || notice.channels().isEmpty()
                || notice.channels().stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidValue(
                    "channels", "channels.required", "须选择至少一个渠道：INBOX 或 GROUP", "choose INBOX and/or GROUP");
        }
        List<NoticeChannel> channels = List.copyOf(new LinkedHashSet<>(notice.channels()));
        Instant now = clock.instant();
        long id = book.insert(scope, place, title, body, channels, actor.username(), now);
        if (channels.contains(NoticeChannel.INBOX)) {
            DataScope area = DataScope.of(scope);
            Set<String> heads = Set.copyOf(identity.usernamesWithin(area, Role.BUILDING_HEAD));
            for (String username : identity.usernamesWithin(area, Role.RESIDENT, Role.BUILDING_HEAD)) {
                if (!username.equals(actor.username())) {
                    book.deliver(id, username, heads.contains(username), "【通知】" + title, body, now);
                }
            }
        }
        if (channels.contains(NoticeChannel.GROUP)) {
            outbox.toGroup(scope, place, "【通知】" + title + "\n" + body, id);
        }
        events.publishEvent(new AuditRecord("NOTICE_SENT", "notice", Long.toString(id), scope, title));
        return get(id);
    }

    public NoticeView get(long id) {
        Actor actor = CurrentActor.require();
        return book.find(id, NoticeRules.areaSeenBy(actor), actor.username())
                .orElseThrow(() -> new NotFound("notice", id));
    }

    public PageResult<NoticeView> list(Paging paging) {
        Actor actor = CurrentActor.require();
        return book.list(NoticeRules.areaSeenBy(actor), actor.username(), paging);
    }

    /** Who received the notice and who has read it: for its sender, staff over its scope and its building heads. */
    public NoticeReads reads(long id) {
        Actor actor = CurrentActor.require();
        NoticeView notice = get(id);
        boolean head = book.isBuildingHeadRecipient(id, actor.username());
        if (!NoticeRules.maySeeReads(actor, notice.scope(), notice.sender(), head)) {
            throw new Forbidden("只有发送人、辖区工作人员和楼栋长可以查看阅读情况", "only the sender, staff and building heads see reads");
        }
        var readers = book.readers(id).stream()
                .map(r -> new NoticeReads.Reader(
                        r.username(),
                        identity.actorOf(r.username()).map(Actor::displayName).orElse(r.username()),
                        r.buildingHead(),
                        r.readAt(),
                        r.relayedAt()))
                .toList();
        return new NoticeReads(id, notice.recipients(), notice.read(), readers);
    }

    /** 楼栋长转发: a building head the notice reached records that they passed it on to their building. */
    @Transactional
    public NoticeReads relay(long id) {
        Actor actor = CurrentActor.require();
        NoticeView notice = get(id);
        if (!NoticeRules.mayRelay(actor, book.isBuildingHeadRecipient(id, actor.username()))) {
            throw new Forbidden("只有收到通知的楼栋长可以转发", "only a building head who received the notice relays it");
        }
        book.relayed(id, actor.username(), clock.instant());
        events.publishEvent(new AuditRecord("NOTICE_RELAYED", "notice", Long.toString(id), notice.scope(), null));
        return reads(id);
    }

    public List<GroupRobot> robots() {
        return robots.within(CurrentActor.require().scope());
    }

    /** Binds the robot of a grid, community or meal point's group; its URL obeys the outbound address policy. */
    @Transactional
    public GroupRobot bindRobot(NewGroupRobot robot) {
        Actor actor = CurrentActor.require();
        String scope = scope(robot.scope());
        if (!NoticeRules.mayBindRobot(actor, scope)) {
            throw new Forbidden("只能为本人管辖范围内的群绑定机器人", "you bind robots only for groups inside your scope");
        }
        Long place = mealPoint(scope, robot.place());
        if (robot.channel() == null || robot.channel() == Channel.SMS) {
            throw new InvalidValue(
                    "channel", "channel.robot", "群机器人须为 WECOM 或 DINGTALK", "a group robot is WECOM or DINGTALK");
        }
        String url = outbound.accept(robot.url());
        String name = Text.required("name", robot.name(), 100);
        String secret = Text.optional("secret", robot.secret(), 200);
        GroupRobot bound = robots.bind(
                scope,
                place,
                name,
                robot.channel(),
                url,
                secret,
                !Boolean.FALSE.equals(robot.enabled()),
                actor.username(),
                clock.instant());
        events.publishEvent(new AuditRecord("GROUP_ROBOT_BOUND", "group_robot", Long.toString(bound.id()), scope, url));
        return bound;
    }

    /** A grid (15 digits) or community (12 digits) code. */
    private static String scope(String raw) {
        String scope = raw == null ? "" : raw.strip();
        if (!scope.matches("\\d{12}|\\d{15}")) {
            throw new InvalidValue(
                    "scope",
                    "scope.group",
                    "须为社区（12 位）或网格（15 位）编码",
                    "give a community (12 digits) or grid (15 digits) code");
        }
        return scope;
    }

    /** The meal point given, which must lie inside the scope; null when none is given. */
    private Long mealPoint(String scope, Long place) {
        if (place == null) return null;
        boolean found = organization.servicePlaces(scope).stream()
                .anyMatch(p -> p.id() == place && p.kind() == ServicePlaceKind.MEAL_POINT);
        if (!found) {
            throw new InvalidValue("place", "place.meal-point", "该范围内没有这个助餐点", "no such meal point inside the scope");
        }
        return place;
    }
}
