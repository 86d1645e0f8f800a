package org.redgrid.archives;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.redgrid.archives.internal.AccessGrant;
import org.redgrid.archives.internal.AccessLog;
import org.redgrid.archives.internal.ArchiveRoles;
import org.redgrid.archives.internal.Catalogue;
import org.redgrid.archives.internal.Figures;
import org.redgrid.archives.internal.FileRecords;
import org.redgrid.archives.internal.Part;
import org.redgrid.archives.internal.ReadingGrants;
import org.redgrid.archives.internal.RequestDeadline;
import org.redgrid.archives.internal.RequestRecords;
import org.redgrid.shared.Actor;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.Role;
import org.redgrid.shared.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading without a letter from every level (不再逐级开介绍信): a unit with a delegation reads at once;
 * anyone else requests named parts with a purpose and the holding keeper answers within the limit.
 * Also the centre's figures: online reading rate, handling times, requests by unit and purpose.
 */
@Service
@Transactional(readOnly = true)
public class ArchiveRequests {

    private final FileRecords files;
    private final RequestRecords requests;
    private final ReadingGrants grants;
    private final Catalogue catalogue;
    private final Figures figures;
    private final AccessLog log;
    private final Clock clock;

    ArchiveRequests(
            FileRecords files,
            RequestRecords requests,
            ReadingGrants grants,
            Catalogue catalogue,
            Figures figures,
            AccessLog log,
            Clock clock) {
        this.files = files;
        this.requests = requests;
        this.grants = grants;
        this.catalogue = catalogue;
        this.figures = figures;
        this.log = log;
        this.clock = clock;
    }

    /** Files a request for named parts of a file the reader may see; the holder's keeper answers it. */
    @Transactional
    public RequestView request(NewRequest command) {
        Actor actor = CurrentActor.require();
        Instant now = clock.instant();
        if (command.file() == null) throw new InvalidValue("file", "required", "须指定档案", "file is required");
        FileRecords.Row file = files.visible(actor, command.file(), now)
                .orElseThrow(() -> new NotFound("archive file", command.file()));
        List<Part> parts = parts(file.id(), command.parts(), true);
        String purpose = Text.required("purpose", command.purpose(), 200);
        String item = Text.optional("serviceItem", command.serviceItem(), 60);
        if (item != null && catalogue.item(item).isEmpty()) {
            throw new InvalidValue("serviceItem", "archives.service-item", "服务目录中无此事项", "no such service item");
        }
        long id = requests.insert(file.id(), actor, parts, purpose, item, now, RequestDeadline.ONE_HOUR.dueAt(now));
        log.record(
                file.id(),
                file.holderCode(),
                actor,
                "REQUESTED",
                null,
                null,
                Part.storeForLog(parts) + ": " + purpose,
                now);
        return get(actor, id, now);
    }

    /** The keeper approves: the reader may read the requested parts for the days chosen, download only if said. */
    @Transactional
    public RequestView approve(long id, Approval approval) {
        Actor actor = CurrentActor.require();
        Instant now = clock.instant();
        RequestRecords.Row r = decidable(actor, id);
        AccessGrant grant = AccessGrant.approved(
                id,
                r.parts(),
                now,
                approval == null ? null : approval.days(),
                approval == null ? null : approval.download());
        if (!requests.approve(id, grant, actor.username())) throw answered();
        log.record(
                r.file(),
                r.holder(),
                actor,
                "APPROVED",
                null,
                null,
                "request " + id + " for " + r.reader() + " until " + grant.until()
                        + (grant.download() ? ", download" : ""),
                now);
        return get(actor, id, now);
    }

    @Transactional
    public RequestView decline(long id, Decline decline) {
        Actor actor = CurrentActor.require();
        Instant now = clock.instant();
        RequestRecords.Row r = decidable(actor, id);
        String reason = Text.required("reason", decline == null ? null : decline.reason(), 500);
        if (!requests.decline(id, reason, actor.username(), now)) throw answered();
        log.record(r.file(), r.holder(), actor, "DECLINED", null, null, "request " + id + ": " + reason, now);
        return get(actor, id, now);
    }

    /** The request if the actor keeps its file; the reader who asked learns 403, anyone else 404. */
    private RequestRecords.Row decidable(Actor actor, long id) {
        RequestRecords.Row r = requests.find(id).orElseThrow(() -> new NotFound("archive request", id));
        if (ArchiveRoles.keeps(actor, r.holder())) {
            if (r.status() != RequestStatus.PENDING) throw answered();
            return r;
        }
        if (r.reader().equals(actor.username())) throw Archives.notKeeper();
        throw new NotFound("archive request", id);
    }

    public RequestView get(long id) {
        Actor actor = CurrentActor.require();
        return get(actor, id, clock.instant());
    }

    private RequestView get(Actor actor, long id, Instant now) {
        return requests.find(id)
                .filter(r -> r.reader().equals(actor.username()) || ArchiveRoles.keeps(actor, r.holder()))
                .map(r -> RequestRecords.view(r, actor, now))
                .orElseThrow(() -> new NotFound("archive request", id));
    }

    /** The actor's own requests and, for a keeper, those to answer; open ones first. */
    public List<RequestView> requests() {
        Actor actor = CurrentActor.require();
        Instant now = clock.instant();
        return requests.of(actor, 200).stream()
                .map(r -> RequestRecords.view(r, actor, now))
                .toList();
    }

    /** 权限下放: the holding keeper lets a unit read a file online without asking each time. */
    @Transactional
    public DelegationView delegate(NewDelegation command) {
        Actor actor = CurrentActor.require();
        Instant now = clock.instant();
        if (command.file() == null) throw new InvalidValue("file", "required", "须指定档案", "file is required");
        FileRecords.Row file = files.visible(actor, command.file(), now)
                .orElseThrow(() -> new NotFound("archive file", command.file()));
        if (!ArchiveRoles.keeps(actor, file.holderCode())) throw Archives.notKeeper();
        String unit = command.unit() == null ? "" : command.unit().strip();
        if (!unit.matches("\\d{2}|\\d{4}|\\d{6}|\\d{9}|\\d{12}")) {
            throw new InvalidValue("unit", "archives.reader-unit", "查阅单位应为区划代码", "the reading unit is a division code");
        }
        AccessGrant grant = AccessGrant.delegated(
                parts(file.id(), command.parts(), false), now, command.days(), command.download());
        long id = grants.delegate(file.id(), unit, grant, actor.username());
        log.record(
                file.id(),
                file.holderCode(),
                actor,
                "DELEGATED",
                null,
                null,
                "to " + unit + " until " + grant.until(),
                now);
        return grants.delegations(file.id()).stream()
                .filter(d -> d.id() == id)
                .findFirst()
                .orElseThrow();
    }

    public List<DelegationView> delegations(long fileId) {
        Actor actor = CurrentActor.require();
        FileRecords.Row file =
                files.visible(actor, fileId, clock.instant()).orElseThrow(() -> new NotFound("archive file", fileId));
        if (!ArchiveRoles.oversees(actor, file.holderCode())) throw Archives.notKeeper();
        return grants.delegations(file.id());
    }

    /** The figures of the files held inside the actor's scope, for keepers and the organisation department. */
    public ArchiveFigures figures() {
        Actor actor = CurrentActor.require();
        if (!actor.has(Role.ARCHIVE_KEEPER) && !actor.administers()) {
            throw new Forbidden(
                    "只有档案中心和组织部门可以查看统计", "only archive centres and organisation departments see the figures");
        }
        return figures.of(actor.scope(), clock.instant());
    }

    /** Parts named for a file (by id, class or title): every material named must be one of the file's. */
    private List<Part> parts(long file, List<?> values, boolean required) {
        List<Part> parts = Part.parse("parts", Part.byTitle(values, files.materials(file)), required);
        for (Part p : parts) {
            if (p.material() != null && files.material(file, p.material()).isEmpty()) {
                throw new InvalidValue("parts", "archives.part-unknown", "该档案中无此材料", "no such material in this file");
            }
        }
        return parts;
    }

    private static Conflict answered() {
        return new Conflict("archives.answered", "该申请已处理", "this request was already answered");
    }
}
