package org.redgrid.representation;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.redgrid.casework.CaseSource;
import org.redgrid.casework.CaseType;
import org.redgrid.casework.CaseView;
import org.redgrid.casework.Casework;
import org.redgrid.casework.NewCase;
import org.redgrid.casework.Urgency;
import org.redgrid.identity.TextMessages;
import org.redgrid.notification.Notifications;
import org.redgrid.representation.internal.Messages;
import org.redgrid.representation.internal.PhoneCodePolicy;
import org.redgrid.representation.internal.PhoneCodes;
import org.redgrid.representation.internal.ReplyDeadline;
import org.redgrid.representation.internal.RepresentationGuards;
import org.redgrid.representation.internal.Stations;
import org.redgrid.shared.Actor;
import org.redgrid.shared.AuditRecord;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.PageResult;
import org.redgrid.shared.Paging;
import org.redgrid.shared.PhoneNumber;
import org.redgrid.shared.PiiCipher;
import org.redgrid.shared.Role;
import org.redgrid.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 码上找代表: residents' messages to a representative, with or without an account (then with a phone
 * code), answered within the {@code ReplyDeadline}, publicly or not, and forwarded as a case with source
 * REPRESENTATIVE; the writer follows the answer and the case's progress.
 */
@Service
@Transactional(readOnly = true)
public class RepresentativeMessages {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Stations stations;
    private final Messages messages;
    private final PhoneCodes codes;
    private final Casework casework;
    private final Notifications notifications;
    private final TextMessages texts;
    private final PiiCipher cipher;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @SuppressWarnings("java:S107") // a coordinator names each part it coordinates
    RepresentativeMessages(
            Stations stations,
            Messages messages,
            PhoneCodes codes,
            Casework casework,
            Notifications notifications,
            TextMessages texts,
            PiiCipher cipher,
            ApplicationEventPublisher events,
            Clock clock) {
        this.stations = stations;
        this.messages = messages;
        this.codes = codes;
        this.casework = casework;
        this.notifications = notifications;
        this.texts = texts;
        this.cipher = cipher;
        this.events = events;
        this.clock = clock;
    }

    /** Sends a code to the phone of a writer without an account; at most one a minute per number. */
    @Transactional
    public void sendPhoneCode(long representativeId, String rawPhone) {
        representative(representativeId);
        PhoneNumber phone = PhoneNumber.mobile("phone", rawPhone);
        String code = codes.issue(phone, clock.instant())
                .orElseThrow(() -> new Conflict(
                        "phone-code.too-soon", "验证码已发送，请一分钟后再试", "a code was sent less than a minute ago"));
        texts.send(phone, "【北疆红色网格】您的验证码是 " + code + "，" + PhoneCodePolicy.VALID_FOR.toMinutes() + " 分钟内有效。");
    }

    @Transactional
    public MessageReceipt write(long representativeId, NewMessage message) {
        Stations.Rep rep = representative(representativeId);
        Optional<Actor> actor = CurrentActor.find();
        String text = Text.required("text", message.text(), 1000);
        String rawPhone = Text.blankToNull(message.phone());
        PhoneNumber phone = rawPhone == null ? null : PhoneNumber.parse("phone", rawPhone);
        if (actor.isEmpty()) {
            if (phone == null) {
                throw new InvalidValue(
                        "phone", "phone.required", "未登录留言须填写手机号并验证", "without an account give a phone and its code");
            }
            PhoneCodePolicy.Outcome outcome = codes.check(phone, message.code(), clock.instant());
            if (outcome != PhoneCodePolicy.Outcome.ACCEPTED) {
                throw new InvalidValue(
                        "code",
                        "phone-code." + outcome.name().toLowerCase().replace('_', '-'),
                        "验证码错误或已失效",
                        "the phone code is wrong or no longer valid");
            }
        }
        Instant now = clock.instant();
        String receipt = HexFormat.of().formatHex(randomBytes());
        long id = messages.insert(
                rep.view().id(),
                actor.map(Actor::username).orElse(null),
                phone == null ? null : cipher.encrypt(phone.value()),
                phone == null ? null : phone.masked(),
                receipt,
                text,
                now,
                ReplyDeadline.dueAt(now));
        if (rep.view().username() != null) {
            notifications.deliverToInbox(rep.view().username(), null, null, "码上找代表：新留言", text);
        }
        events.publishEvent(
                new AuditRecord("REP_MESSAGE_RECEIVED", "rep_message", Long.toString(id), rep.stationScope(), null));
        return new MessageReceipt(id, MessageStatus.NEW, receipt);
    }

    /** A message for its writer, its representative or the office; anyone else is told it does not exist. */
    public MessageView get(long id) {
        Actor actor = CurrentActor.require();
        Messages.Row row = messages.find(id)
                .filter(m ->
                        RepresentationGuards.mayRead(actor, m.author(), m.representativeUsername(), m.stationScope()))
                .orElseThrow(() -> new NotFound("message", id));
        return view(row, actor);
    }

    /** A message followed by its receipt, for a writer without an account. */
    public MessageView byReceipt(String receipt) {
        return messages.byReceipt(receipt == null ? "" : receipt.strip())
                .map(row -> view(row, null))
                .orElseThrow(() -> new NotFound("message", receipt));
    }

    /** The reader's messages: written by them, addressed to them, or (for the office) in their scope. */
    public PageResult<MessageView> list(Paging paging) {
        Actor actor = CurrentActor.require();
        boolean office = actor.has(Role.STREET_STAFF) || actor.administers();
        return messages.visibleTo(actor.username(), office ? actor.scope() : null, paging)
                .map(row -> view(row, actor));
    }

    @Transactional
    public MessageView reply(long id, Reply reply) {
        Actor actor = CurrentActor.require();
        Messages.Row row = readable(actor, id);
        if (!RepresentationGuards.mayAnswer(actor, row.representativeUsername())) {
            throw new Forbidden("只有收信代表本人可以答复", "only the representative written to answers");
        }
        String text = Text.required("text", reply.text(), 1000);
        messages.reply(id, text, Boolean.TRUE.equals(reply.isPublic()), clock.instant());
        if (row.author() != null) {
            notifications.deliverToInbox(row.author(), null, null, "代表已答复您的留言", text);
        }
        events.publishEvent(
                new AuditRecord("REP_MESSAGE_ANSWERED", "rep_message", Long.toString(id), row.stationScope(), null));
        return get(id);
    }

    /** 代表转办: files the message as a case with source REPRESENTATIVE in the representative's grid. */
    @Transactional
    public CaseView forward(long id, Forwarding forwarding) {
        Actor actor = CurrentActor.require();
        Messages.Row row = readable(actor, id);
        if (!RepresentationGuards.mayAnswer(actor, row.representativeUsername())) {
            throw new Forbidden("只有收信代表本人可以转办", "only the representative written to forwards a message");
        }
        if (!RepresentationGuards.mayTurnIntoCase(actor, row.representativeUsername(), row.caseId())) {
            throw new Conflict(
                    "message.forwarded",
                    "该留言已转为诉求 " + row.caseNumber(),
                    "the message is already case " + row.caseNumber());
        }
        Forwarding how = forwarding == null ? new Forwarding(null, null, null) : forwarding;
        String grid = stations.representative(row.representativeId())
                .orElseThrow()
                .view()
                .gridCode();
        String title = Text.optional("title", how.title(), 200);
        CaseView created = casework.create(
                        new NewCase(
                                how.type() == null ? CaseType.PROBLEM : how.type(),
                                how.category(),
                                Urgency.GENERAL,
                                CaseSource.REPRESENTATIVE,
                                grid,
                                null,
                                null,
                                null,
                                title == null ? "代表转办：" + abbreviate(row.text()) : title,
                                row.text()),
                        "rep-message:" + id)
                .view();
        if (!messages.linkCase(
                id, created.id(), created.number(), created.status().name())) {
            throw new Conflict("message.forwarded", "该留言已转为诉求", "the message is already a case");
        }
        events.publishEvent(new AuditRecord(
                "REP_MESSAGE_FORWARDED", "rep_message", Long.toString(id), row.stationScope(), created.number()));
        return created;
    }

    private Messages.Row readable(Actor actor, long id) {
        return messages.find(id)
                .filter(m ->
                        RepresentationGuards.mayRead(actor, m.author(), m.representativeUsername(), m.stationScope()))
                .orElseThrow(() -> new NotFound("message", id));
    }

    private Stations.Rep representative(long id) {
        return stations.representative(id).orElseThrow(() -> new NotFound("representative", id));
    }

    private MessageView view(Messages.Row row, Actor reader) {
        boolean answer = reader != null && RepresentationGuards.mayAnswer(reader, row.representativeUsername());
        MessageStatus status = row.caseId() != null
                ? MessageStatus.CASE
                : row.reply() != null ? MessageStatus.ANSWERED : MessageStatus.NEW;
        return new MessageView(
                row.id(),
                row.representativeId(),
                row.representativeName(),
                row.text(),
                reader == null ? null : row.author(),
                reader == null ? null : row.phoneMasked(),
                row.receivedAt(),
                row.replyDueAt(),
                ReplyDeadline.state(row.receivedAt(), row.repliedAt(), clock.instant()),
                status,
                row.reply(),
                row.replyPublic(),
                row.repliedAt(),
                reader == null ? null : row.caseId(),
                row.caseNumber(),
                row.caseStatus(),
                answer,
                answer && RepresentationGuards.mayTurnIntoCase(reader, row.representativeUsername(), row.caseId()));
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }
}
